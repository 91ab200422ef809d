/**
 * The straightforward cycle evaluation, kept as a test oracle for the fast path (issue 9):
 * every activity placed again for every cycle, earlier cycles re-evaluated for carry-over,
 * every explanation sorted by date. Slow on a long log, obviously right.
 */
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import {
  cyclesFor,
  type Cycle,
  type CycleContext,
  type HeldCredential,
} from '../../../../shared/domain/credentials';
import type { Activity, ActivityExplanation } from '../../../../shared/domain/credits';
import { carryInEntries, carryOut } from '../../../../shared/domain/credits/carry-over';
import { factsOf, sumBuckets } from '../../../../shared/domain/credits/contribution';
import { entryOf, notCountedOf } from '../../../../shared/domain/credits/cycle-placements';
import { judge, publicResult, type Judged } from '../../../../shared/domain/credits/cycle-result';
import { explainEntry } from '../../../../shared/domain/credits/explain';
import { placeActivity } from '../../../../shared/domain/credits/placement';
import { requirementFor } from '../../../../shared/domain/credits/requirement';
import type { Entry } from '../../../../shared/domain/credits/tally';

interface Input {
  rule: CredentialRule;
  held: HeldCredential;
  cycles: readonly Cycle[];
  activities: readonly Activity[];
  asOf: LocalDate;
  context: CycleContext | undefined;
}

function sortEntries(input: Input, cycle: Cycle) {
  const counted: Entry[] = [];
  const projected: Entry[] = [];
  const notCounted: ActivityExplanation[] = [];
  for (const a of input.activities) {
    const held = { credential: input.held, rule: input.rule };
    const placed = placeActivity(a, held, input.cycles, input.asOf);
    const mine = placed.outcome !== 'not-counted' && placed.cycle.index === cycle.index;
    const inWindow = a.date >= cycle.countFrom && a.date <= cycle.countTo;
    if (!mine && !inWindow) continue; // a cycle lists only what is dated in its window
    if (placed.cycle !== null && placed.cycle.index !== cycle.index) {
      notCounted.push(notCountedOf(a, { code: 'OUTSIDE_CYCLE', cycleIndex: placed.cycle.index }));
    } else if (placed.outcome === 'not-counted') notCounted.push(notCountedOf(a, placed.reason));
    else if (placed.outcome === 'projected') projected.push(entryOf(factsOf(a), placed.base, true));
    else counted.push(entryOf(factsOf(a), placed.base, false));
  }
  return { counted, projected, notCounted };
}

type Explained = Judged & {
  notCounted: ActivityExplanation[];
  actual: { entries: Entry[] };
  projection: { entries: Entry[] };
};

function evaluate(input: Input, index: number): Explained {
  const cycle = input.cycles[index]!;
  // Scrum Alliance add-ons count the tracks held at the cycle's end (tracksCountedOn, §4).
  const tracksOn = cycle.end < input.asOf ? cycle.end : input.asOf;
  const req = requirementFor(
    input.rule,
    input.held,
    input.asOf,
    input.context,
    undefined,
    tracksOn,
  );
  const { counted, projected, notCounted } = sortEntries(input, cycle);
  const previous = index === 0 ? null : evaluate(input, index - 1);
  const carriedIn = previous?.actual.met ? previous.carryOut : [];
  const carry = carryInEntries(carriedIn, index - 1);
  const actual = judge([...carry, ...counted], req, cycle, input.asOf);
  const projection = judge([...carry, ...counted, ...projected], req, cycle, input.asOf);
  const out = carryOut(actual.entries, actual.totals, req, cycle);
  const planned = projected.reduce((t, e) => t + sumBuckets(e.earned), 0);
  return { cycle, req, planned, carriedIn, actual, projection, carryOut: out, notCounted };
}

export function referenceCycles(
  rule: CredentialRule,
  held: HeldCredential,
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
) {
  const cycles = cyclesFor(held, rule, asOf, context);
  const input: Input = { rule, held, cycles, activities, asOf, context };
  return cycles.map((c) => {
    const r = evaluate(input, c.index);
    const planned = r.projection.entries.filter((e) => e.projected).map(explainEntry);
    const all = [...r.actual.entries.map(explainEntry), ...planned, ...r.notCounted];
    all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return publicResult({ rule, heldId: held.id, asOf }, r, all);
  });
}
