/**
 * Pure edits of a ladder with requirements (issue 5 part 1: "the user can edit rungs and
 * requirements, add their own, and reset to the default"). Each edit returns a new ladder
 * or error codes; nothing is changed in place. The caller stamps ids (the repository uses
 * random UUIDs) so these functions stay pure.
 */
import type { FieldError, Validated } from '../credentials/validation';
import { isDefaultRungId, samePlainValue, withRequirementBasis } from './changed';
import { defaultLadderPlan, defaultRungPlan } from './defaults';
import type { LadderPlan, LadderRungPlan, Requirement } from './types';
import { validateRequirement, type RequirementErrorCode } from './validate';

export type LadderEditCode =
  | RequirementErrorCode
  | 'UNKNOWN_RUNG'
  | 'UNKNOWN_REQUIREMENT'
  | 'DUPLICATE'
  | 'LAST_RUNG'
  | 'NOT_A_DEFAULT_RUNG'
  | 'POSITION_OUT_OF_RANGE';

export type LadderEdit = Validated<LadderPlan, LadderEditCode>;

export const RUNG_NAME_MAX = 80;

const fail = (field: string, code: LadderEditCode): LadderEdit => ({
  ok: false,
  errors: [{ field, code }],
});

/** Rungs renumbered 1…n in their order (levels are always contiguous). */
function relevel(plan: LadderPlan, rungs: readonly LadderRungPlan[]): LadderPlan {
  return { ...plan, rungs: rungs.map((x, i) => ({ ...x, level: i + 1 })) };
}

function withRung(
  plan: LadderPlan,
  rungId: string,
  change: (rung: LadderRungPlan) => LadderRungPlan | LadderEdit,
): LadderEdit {
  const i = plan.rungs.findIndex((x) => x.id === rungId);
  if (i < 0) return fail('rungId', 'UNKNOWN_RUNG');
  const changed = change(plan.rungs[i]!);
  if ('ok' in changed) return changed;
  return { ok: true, value: { ...plan, rungs: plan.rungs.map((x, j) => (j === i ? changed : x)) } };
}

export type RungDetails = Pick<
  LadderRungPlan,
  'name' | 'typicalTitles' | 'typicalYears' | 'typicalCredentials'
>;

function checkDetails(d: Partial<RungDetails>): FieldError<LadderEditCode>[] {
  const e: FieldError<LadderEditCode>[] = [];
  if (d.name !== undefined) {
    if (d.name.trim() === '') e.push({ field: 'name', code: 'REQUIRED' });
    else if (d.name.trim().length > RUNG_NAME_MAX) e.push({ field: 'name', code: 'TOO_LONG' });
  }
  const y = d.typicalYears;
  if (y && (!Number.isInteger(y.min) || y.min < 0))
    e.push({ field: 'typicalYears.min', code: 'NOT_WHOLE' });
  if (y && y.max !== null && (!Number.isInteger(y.max) || y.max < y.min)) {
    e.push({ field: 'typicalYears.max', code: 'TOO_SMALL' });
  }
  return e;
}

/** Changes a rung's name, titles, typical years or credentials (PRODUCT.md: titles vary). */
export function updateRung(
  plan: LadderPlan,
  rungId: string,
  patch: Partial<RungDetails>,
): LadderEdit {
  const errors = checkDetails(patch);
  if (errors.length > 0) return { ok: false, errors };
  const name = patch.name?.trim();
  return withRung(plan, rungId, (x) => ({ ...x, ...patch, ...(name ? { name } : {}) }));
}

/**
 * A rung of the user's own, named and empty (issue 5 part 1: "add their own"); the caller
 * stamps the id. Typical titles, years and credentials describe the shipped rungs
 * (PRODUCT.md ladder table), so a user rung starts without them: no years, no titles.
 */
export function newUserRung(id: string, name: string): { id: string } & RungDetails {
  return {
    id,
    name,
    typicalTitles: [],
    typicalYears: { min: 0, max: null },
    typicalCredentials: [],
  };
}

/** Adds a user rung at `position` (0 = bottom, rungs.length = top); levels renumbered. */
export function addRung(
  plan: LadderPlan,
  rung: { id: string } & RungDetails,
  position: number,
): LadderEdit {
  if (plan.rungs.some((x) => x.id === rung.id)) return fail('id', 'DUPLICATE');
  if (!Number.isInteger(position) || position < 0 || position > plan.rungs.length) {
    return fail('position', 'POSITION_OUT_OF_RANGE');
  }
  const errors = checkDetails(rung);
  if (errors.length > 0) return { ok: false, errors };
  const added: LadderRungPlan = {
    ...rung,
    name: rung.name.trim(),
    level: 0,
    requirements: [],
    origin: 'user',
  };
  const rungs = [...plan.rungs];
  rungs.splice(position, 0, added);
  return { ok: true, value: relevel(plan, rungs) };
}

/** Removes a rung (never the last one); levels renumbered. */
export function removeRung(plan: LadderPlan, rungId: string): LadderEdit {
  if (!plan.rungs.some((x) => x.id === rungId)) return fail('rungId', 'UNKNOWN_RUNG');
  if (plan.rungs.length === 1) return fail('rungId', 'LAST_RUNG');
  return {
    ok: true,
    value: relevel(
      plan,
      plan.rungs.filter((x) => x.id !== rungId),
    ),
  };
}

/** Moves a rung to `position` in climbing order; levels renumbered. */
export function moveRung(plan: LadderPlan, rungId: string, position: number): LadderEdit {
  const i = plan.rungs.findIndex((x) => x.id === rungId);
  if (i < 0) return fail('rungId', 'UNKNOWN_RUNG');
  if (!Number.isInteger(position) || position < 0 || position >= plan.rungs.length) {
    return fail('position', 'POSITION_OUT_OF_RANGE');
  }
  const rungs = [...plan.rungs];
  const [moved] = rungs.splice(i, 1);
  rungs.splice(position, 0, moved!);
  return { ok: true, value: relevel(plan, rungs) };
}

/** Adds a requirement to a rung, after checking it (validate.ts) and its id. */
export function addRequirement(plan: LadderPlan, rungId: string, q: Requirement): LadderEdit {
  const errors = validateRequirement(q);
  if (errors.length > 0) return { ok: false, errors };
  return withRung(plan, rungId, (x) =>
    x.requirements.some((o) => o.id === q.id)
      ? fail('id', 'DUPLICATE')
      : { ...x, requirements: [...x.requirements, q] },
  );
}

/** Replaces the requirement with the same id (a changed number, priority or kind). */
export function replaceRequirement(plan: LadderPlan, rungId: string, q: Requirement): LadderEdit {
  const errors = validateRequirement(q);
  if (errors.length > 0) return { ok: false, errors };
  return withRung(plan, rungId, (x) =>
    x.requirements.some((o) => o.id === q.id)
      ? { ...x, requirements: x.requirements.map((o) => (o.id === q.id ? q : o)) }
      : fail('requirementId', 'UNKNOWN_REQUIREMENT'),
  );
}

/** Removes one requirement from a rung. */
export function removeRequirement(
  plan: LadderPlan,
  rungId: string,
  requirementId: string,
): LadderEdit {
  return withRung(plan, rungId, (x) =>
    x.requirements.some((o) => o.id === requirementId)
      ? { ...x, requirements: x.requirements.filter((o) => o.id !== requirementId) }
      : fail('requirementId', 'UNKNOWN_REQUIREMENT'),
  );
}

/** Puts a default rung back as shipped (name, titles, requirements), keeping its place. */
export function resetRung(plan: LadderPlan, rungId: string): LadderEdit {
  if (!isDefaultRungId(rungId)) {
    return plan.rungs.some((x) => x.id === rungId)
      ? fail('rungId', 'NOT_A_DEFAULT_RUNG')
      : fail('rungId', 'UNKNOWN_RUNG');
  }
  return withRung(plan, rungId, (x) => ({ ...defaultRungPlan(rungId), level: x.level }));
}

/** The whole default ladder again: user rungs removed, every default rung as shipped. */
export function resetLadder(): LadderPlan {
  return defaultLadderPlan();
}

/**
 * True when a default rung differs from how it shipped (enables "Reset" in the UI). A
 * requirement's "Why" follows from its numbers (changed.ts), so a number put back to the
 * default does not count, even if an older version saved "You changed this number." with it.
 */
export function isRungEdited(rung: LadderRungPlan): boolean {
  if (!isDefaultRungId(rung.id)) return false;
  const { level: _a, ...shipped } = defaultRungPlan(rung.id);
  const { level: _b, ...current } = rung;
  const requirements = current.requirements.map((q) => withRequirementBasis(rung.id, q));
  return !samePlainValue(shipped, { ...current, requirements });
}

/** The rung with this id, or undefined. */
export function findRung(plan: LadderPlan, rungId: string): LadderRungPlan | undefined {
  return plan.rungs.find((x) => x.id === rungId);
}
