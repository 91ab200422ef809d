/**
 * Issue 9: the fast cycle evaluation (one placement per credential, one pass over the
 * cycles, explanations merged by date) gives exactly what the straightforward one gives.
 */
import { describe, expect, it } from 'vitest';
import { cyclesFor } from '../../../../shared/domain/credentials';
import {
  evaluateCurrentCycle,
  evaluateCycles,
  type CycleInputs,
} from '../../../../shared/domain/credits';
import {
  evaluateCycleSpan,
  evaluateInputs,
} from '../../../../shared/domain/credits/evaluate-cycle';
import { requirementFor } from '../../../../shared/domain/credits/requirement';
import { course, givingBack, holding } from './fixtures';
import { career, GENERATED_TODAY } from './generated';
import { referenceCycles } from './reference-evaluate';

const today = GENERATED_TODAY;

describe('fast cycle evaluation equals the straightforward one', () => {
  it.each([
    { seed: 1, name: 'small' as const, asOf: today },
    { seed: 7, name: 'small' as const, asOf: '2024-03-01' },
    { seed: 3, name: 'medium' as const, asOf: today },
  ])(
    'seed $seed, $name preset, on $asOf',
    ({ seed, name, asOf }) => {
      const { held, activities } = career(seed, name);
      const context = { alsoHeld: held };
      let cycles = 0;
      for (const h of held) {
        const expected = referenceCycles(h.rule, h.credential, activities, asOf, context);
        const fast = evaluateCycles(h.rule, h.credential, activities, asOf, context);
        expect(fast).toEqual(expected);
        const current = evaluateCurrentCycle(h.rule, h.credential, activities, asOf, context);
        const latest = expected.filter((e) => e.start <= asOf).at(-1) ?? null;
        if (current) expect(current).toEqual(latest);
        cycles += expected.length;
      }
      expect(cycles).toBeGreaterThan(0);
      // A medium career judged twice (the reference is slow on purpose): seconds when busy.
    },
    30_000,
  );

  it('a log shuffled out of date order explains the same activities in the same places', () => {
    const { held, activities } = career(5, 'small');
    const shuffled = [...activities].reverse();
    const h = held[0]!;
    const context = { alsoHeld: held };
    expect(evaluateCycles(h.rule, h.credential, shuffled, today, context)).toEqual(
      referenceCycles(h.rule, h.credential, shuffled, today, context),
    );
  });
});

describe('fast and straightforward agree on the boundary days (days compared as numbers)', () => {
  // PMP earned 3 Feb 2020: cycle 1 runs to 2 Feb 2023, its carry-over window from 3 Feb 2022.
  const pmp = holding('pmp', '2020-02-03');
  const days = [
    '2020-02-02', // the day before the certification: not counted
    '2020-02-03', // the certification day
    '2022-02-02', // the day before the carry-over window
    '2022-02-03', // the window's first day
    '2023-02-02', // the cycle's (and the window's) last day
    '2023-02-03', // the next cycle's first day
  ];
  it.each(days)('a course and a volunteer day dated %s', (day) => {
    const log = [
      ...Array.from({ length: 12 }, (_, k) =>
        course(`2021-0${1 + (k % 9)}-1${k % 9}`, { powerSkills: 3, waysOfWorking: 3 }),
      ),
      course(day, { powerSkills: 5, businessAcumen: 4 }),
      givingBack(day, 'volunteer', 6),
    ];
    const asOf = '2024-06-01';
    const context = { alsoHeld: [pmp] };
    expect(evaluateCycles(pmp.rule, pmp.credential, log, asOf, context)).toEqual(
      referenceCycles(pmp.rule, pmp.credential, log, asOf, context),
    );
  });
});

describe('explanations worked out when first read (issue 9)', () => {
  it('are the same list on every read, in copies, and when stored', () => {
    const { held, activities } = career(2, 'small');
    const context = { alsoHeld: held };
    const h = held.find(
      (x) => evaluateCycles(x.rule, x.credential, activities, today, context).length > 1,
    )!;
    const expected = referenceCycles(h.rule, h.credential, activities, today, context);
    const fast = evaluateCycles(h.rule, h.credential, activities, today, context);
    const shown = fast.at(-1)!;
    expect(shown.activities.length).toBeGreaterThan(0);
    expect(shown.activities).toBe(shown.activities);
    expect({ ...shown }.activities).toEqual(expected.at(-1)!.activities);
    expect(structuredClone(fast)).toEqual(expected);
    expect(JSON.parse(JSON.stringify(fast[0]))).toEqual(JSON.parse(JSON.stringify(expected[0])));
  });

  it('can be replaced like any other field', () => {
    const { held, activities } = career(2, 'small');
    const h = held[0]!;
    const [first] = evaluateCycles(h.rule, h.credential, activities, today, { alsoHeld: held });
    first!.activities = [];
    expect(first!.activities).toEqual([]);
    expect({ ...first! }.activities).toEqual([]);
  });
});

/** Freezes a value and everything it holds, so any change to it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('judging never changes what a cycle is judged from (entries are shared)', () => {
  it.each([1, 4, 9])('seed %i: frozen inputs give the reference figures', (seed) => {
    const { held, activities } = career(seed, 'small');
    const context = { alsoHeld: held };
    let capped = 0;
    let judged = 0;
    for (const h of held) {
      const cycles = cyclesFor(h.credential, h.rule, today, context);
      const req = requirementFor(h.rule, h.credential, today, context);
      const expected = referenceCycles(h.rule, h.credential, activities, today, context);
      for (const cycle of cycles) {
        let inputs: CycleInputs | null = null;
        const [got] = evaluateCycleSpan(
          h.rule,
          h.credential,
          cycles,
          { from: cycle.index, to: cycle.index },
          activities,
          today,
          context,
          { inputs: { of: cycle.index, got: (i) => (inputs = deepFreeze(i)) } },
        );
        expect(got).toEqual(expected[cycle.index]);
        // Judged again from the same (frozen) entries, as after an edit: the same figures.
        const again = evaluateInputs(h.rule, h.credential.id, cycle, req, today, inputs!);
        expect(again).toEqual({ ...expected[cycle.index]!, activities: [] });
        judged++;
        capped += got!.activities.filter((a) =>
          a.reasons.some((r) => r.code.endsWith('_CAP')),
        ).length;
      }
    }
    expect(judged).toBeGreaterThan(0);
    // The careers do hit caps, so copies were made along the way.
    expect(capped).toBeGreaterThan(0);
  });
});
