/**
 * A university course logged with its semester credits (domain-facts §4, A/B: ISACA counts
 * 15 CPE hours per semester credit; §5.6: PMI's old "semester credit = 15 PDU" was dropped in
 * 2011, PMI and every other body count the hours entered). Every figure is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  activityTypes,
  credentialCatalog,
  takesSemesterCredits,
  type ActivityType,
} from '../../../../shared/catalog/credentials';
import {
  applyActivity,
  evaluateCycles,
  SEMESTER_CREDITS_MAX,
  validateActivity,
  type Activity,
} from '../../../../shared/domain/credits';
import { preparedLog, SPECIAL, VALID } from '../../../../shared/domain/credits/prepared-log';
import { activity, evaluate, holding } from './fixtures';
import { career, GENERATED_TODAY } from './generated';
import { referenceCycles } from './reference-evaluate';

const asOf = '2024-06-01';

/** A 40-hour university course, split into Power Skills for PMI, worth `credits` credits. */
const universityCourse = (semesterCredits: number | undefined, extra: Partial<Activity> = {}) =>
  activity({
    date: '2024-03-01',
    title: 'Information security governance (university)',
    amount: 40,
    split: { waysOfWorking: 0, powerSkills: 40, businessAcumen: 0 },
    ...(semesterCredits === undefined ? {} : { semesterCredits }),
    ...extra,
  });

describe('the catalogue: 15 CPE hours per semester credit on the ISACA rules only (§4)', () => {
  it('every ISACA credential carries 15, sourced from ISACA’s CPE policy', () => {
    const isaca = credentialCatalog.filter((r) => r.body === 'ISACA');
    expect(isaca.map((r) => r.id)).toEqual(['cisa', 'cism', 'crisc', 'cgeit']);
    for (const r of isaca) {
      expect(r.cpePerSemesterCredit).toMatchObject({
        value: 15,
        confidence: 'B',
        source: 'ISACA CPE policy and annual CPE audit page',
      });
    }
  });

  it('no other credential counts semester credits', () => {
    const others = credentialCatalog.filter((r) => r.body !== 'ISACA');
    expect(others.filter((r) => r.cpePerSemesterCredit !== undefined)).toEqual([]);
  });

  it('only "Course or training" may carry semester credits', () => {
    expect(activityTypes.filter(takesSemesterCredits)).toEqual(['course-or-training']);
  });
});

/** Partly relevant, without a split (the split of a PMI activity adds up to its counted hours). */
const partly = (relevantPercent: number): Partial<Activity> => ({ relevantPercent, split: null });

describe('what a university course counts for each credential (§4 ISACA, §1 and §5.6 PMI)', () => {
  it.each<[string, string, number | undefined, Partial<Activity>, number]>([
    ['ISACA CISA: 3 credits × 15', 'cisa', 3, {}, 45],
    ['ISACA CISM: 3 credits × 15', 'cism', 3, {}, 45],
    ['ISACA CISA: half a credit × 15', 'cisa', 0.5, {}, 7.5],
    ['ISACA CISA: 2.25 credits × 15 (quarter credits stay exact)', 'cisa', 2.25, {}, 33.75],
    ['ISACA CISA: 3 credits × 15 at 50 % relevant', 'cisa', 3, partly(50), 22.5],
    ['ISACA CISA: 3 credits × 15 at 33 %, rounded down', 'cisa', 3, partly(33), 14.75],
    ['ISACA CISA: 30 credits (the most) × 15', 'cisa', 30, {}, 450],
    ['ISACA CISA: no credits entered, the hours', 'cisa', undefined, {}, 40],
    ['PMI PMP: the hours entered, whatever the credits', 'pmp', 3, {}, 40],
    ['IIBA CBAP: the hours entered', 'cbap', 3, {}, 40],
    ['Scrum Alliance CSM: the hours entered', 'csm', 3, {}, 40],
    ['PeopleCert PRINCE2 Practitioner: the hours entered', 'prince2-practitioner', 3, {}, 40],
  ])('%s → %s', (_name, credentialId, credits, extra, total) => {
    const h = holding(credentialId, '2023-01-10');
    const [app] = applyActivity(universityCourse(credits, extra), [h], asOf);
    expect(app?.outcome).toBe('counts');
    expect(app?.contribution?.total).toBe(total);
  });

  it('says how ISACA’s figure was reached, and only for ISACA', () => {
    const held = [holding('cisa', '2023-01-10'), holding('pmp', '2023-01-10')];
    const [cisa, pmp] = applyActivity(universityCourse(3), held, asOf);
    expect(cisa?.semesterCredits).toEqual({ credits: 3, perCredit: 15, hours: 45 });
    expect(cisa?.reasons).toEqual([]);
    expect(pmp?.semesterCredits).toBeUndefined();
    expect(pmp?.contribution?.byArea.powerSkills).toBe(40);
  });

  it('the relevant share is a share of the credits’ hours for ISACA, of the hours for PMI', () => {
    const held = [holding('cisa', '2023-01-10'), holding('pmp', '2023-01-10')];
    const course = universityCourse(3, {
      relevantPercent: 50,
      split: { waysOfWorking: 0, powerSkills: 20, businessAcumen: 0 },
    });
    const [cisa, pmp] = applyActivity(course, held, asOf);
    expect(cisa?.reasons).toEqual([{ code: 'RELEVANT_SHARE', percent: 50, hours: 45 }]);
    expect(pmp?.reasons).toEqual([{ code: 'RELEVANT_SHARE', percent: 50, hours: 40 }]);
  });
});

describe('an ISACA cycle counts the credits, year by year (§4: 20 a year, 120 in three)', () => {
  const cisa = holding('cisa', '2021-06-10');

  it('two courses of 3 credits and a 10-hour conference: 45 + 45 + 10', () => {
    const log = [
      universityCourse(3, { date: '2021-12-01' }),
      activity({ date: '2022-04-01', amount: 10 }),
      universityCourse(3, { date: '2023-02-01' }),
    ];
    const e = evaluate(cisa, log, '2023-03-01');
    expect(e.counted.total).toBe(100);
    expect(e.periods.map((p) => [p.start, p.end, p.counted])).toEqual([
      ['2021-06-10', '2022-12-31', 55],
      ['2023-01-01', '2023-12-31', 45],
      ['2024-01-01', '2024-12-31', 0],
    ]);
    expect(e.activities.map((a) => [a.earned?.total, a.semesterCredits?.credits])).toEqual([
      [45, 3],
      [10, undefined],
      [45, 3],
    ]);
  });
});

describe('validateActivity: semester credits (§4; steps of 0.25, at most 30)', () => {
  it.each<[string, Partial<Activity>]>([
    ['3 credits', { semesterCredits: 3 }],
    ['a quarter credit', { semesterCredits: 0.25 }],
    ['1.5 credits', { semesterCredits: 1.5 }],
    ['the most, 30 credits', { semesterCredits: SEMESTER_CREDITS_MAX }],
    ['no credits at all', {}],
  ])('accepts %s on a course', (_name, patch) => {
    expect(validateActivity(activity({ date: asOf, amount: 40, ...patch }), asOf)).toEqual([]);
  });

  it.each<[string, Partial<Activity>, { code: string; expected?: number; actual?: number }]>([
    ['zero credits', { semesterCredits: 0 }, { code: 'NOT_POSITIVE' }],
    ['negative credits', { semesterCredits: -3 }, { code: 'NOT_POSITIVE' }],
    ['credits that are not a number', { semesterCredits: Number.NaN }, { code: 'NOT_A_NUMBER' }],
    [
      'credits as text (a hand-edited record)',
      { semesterCredits: '3' as unknown as number },
      { code: 'NOT_A_NUMBER' },
    ],
    ['a third of a credit', { semesterCredits: 1 / 3 }, { code: 'CREDITS_NOT_QUARTER' }],
    ['1.1 credits', { semesterCredits: 1.1 }, { code: 'CREDITS_NOT_QUARTER' }],
    [
      'more than 30 credits',
      { semesterCredits: 30.25 },
      { code: 'TOO_LARGE', expected: 30, actual: 30.25 },
    ],
  ])('refuses %s', (_name, patch, error) => {
    const a = activity({ date: asOf, amount: 40, ...patch });
    expect(validateActivity(a, asOf)).toEqual([{ field: 'semesterCredits', ...error }]);
  });

  const others = activityTypes.filter((t) => t !== 'course-or-training');
  it.each<ActivityType>(others)('refuses credits on %s', (type) => {
    const a = activity({ date: asOf, type, amount: 4, semesterCredits: 3 });
    expect(validateActivity(a, asOf)).toEqual([
      { field: 'semesterCredits', code: 'NOT_APPLICABLE' },
    ]);
  });
});

// A hang guard: two medium careers evaluated both ways take a few seconds on a busy machine.
describe(
  'a long log: courses with credits go through their own facts, the rest through the columns',
  { timeout: 60_000 },
  () => {
    it('an activity with semester credits is flagged SPECIAL; one without stays plain', () => {
      const log = [universityCourse(3), universityCourse(undefined), universityCourse(0)];
      const { flags } = preparedLog(log, asOf);
      expect(Array.from(flags, (bits) => [(bits & VALID) !== 0, (bits & SPECIAL) !== 0])).toEqual([
        [true, true],
        [true, false],
        // Refused (zero credits): it counts nowhere, whatever its flags.
        [false, true],
      ]);
    });

    it.each([21, 22])('seed %s: the fast evaluation equals the straightforward one', (seed) => {
      const { held, activities } = career(seed, 'medium');
      const cisa = holding('cisa', '2019-04-02');
      const all = [...held, { ...cisa, credential: { ...cisa.credential, id: 'extra-cisa' } }];
      // Every seventh course becomes a university course of 1 to 4 credits.
      let k = 0;
      const log = activities.map((a): Activity => {
        if (a.type !== 'course-or-training' || k++ % 7 !== 0) return a;
        return { ...a, semesterCredits: 1 + (k % 13) * 0.25 };
      });
      const context = { alsoHeld: all };
      const withCredits = log.filter((a) => a.semesterCredits !== undefined).length;
      expect(withCredits).toBeGreaterThan(20);
      const explained = evaluateCycles(cisa.rule, all.at(-1)!.credential, log, GENERATED_TODAY, {
        alsoHeld: all,
      }).flatMap((e) => e.activities.filter((x) => x.semesterCredits));
      expect(explained.length).toBeGreaterThan(0);
      for (const h of all) {
        const expected = referenceCycles(h.rule, h.credential, log, GENERATED_TODAY, context);
        const fast = evaluateCycles(h.rule, h.credential, log, GENERATED_TODAY, context);
        expect(fast, h.credential.id).toEqual(expected);
      }
    });
  },
);
