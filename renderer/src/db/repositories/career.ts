/**
 * Repositories of the career ladder (issue 5): work history, degrees, contact hours, skill
 * self-assessments, goals and the user's edited ladder. Every save validates with the
 * domain first and writes nothing when invalid; every delete returns the row for Undo.
 */
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import {
  defaultLadderPlan,
  validateSavedRequirement,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import type { LocalDate } from '../../../../shared/dates';
import {
  validateContactHours,
  validateDegree,
  type ContactHours,
  type Degree,
} from '../../../../shared/domain/eligibility';
import { newNameClashes } from '../../../../shared/domain/ladder/rung-names';
import { sortRoles, validateRole, type Role } from '../../../../shared/domain/experience';
import { sortGoals, validateGoal, type Goal } from '../../../../shared/domain/goals';
import {
  savedAfter,
  sortAssessments,
  validateAssessment,
  type SkillAssessment,
} from '../../../../shared/domain/skills';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

interface Stamped {
  createdAt: string;
  updatedAt: string;
}
export type RoleRow = Role & Stamped;
export type DegreeRow = Degree & Stamped;
export type GoalRow = Goal & Stamped;
export type AssessmentRow = SkillAssessment & { createdAt: string };
export type ContactHoursRow = ContactHours & { id: 'me'; updatedAt: string };
export type LadderPlanRow = LadderPlan & { id: 'me'; updatedAt: string };

export type Saved<T, C extends string = string> =
  { ok: true; value: T } | { ok: false; errors: FieldError<C>[] };

/**
 * Refused because the stored row is not the version the form was opened on (`ifStill`):
 * changed or deleted since, e.g. in another window. Nothing was written.
 */
export type SaveConflict = { ok: false; errors: []; conflict: 'CHANGED' | 'DELETED' };

type Input<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

const table = <T>(store: Store, name: string) => store.db.table<T, string>(name);

/**
 * Validates, then puts the row with its timestamps kept on edit; nothing written if invalid.
 * With `ifStill` (the stored version an edit started from), refused with nothing written when
 * the stored row is no longer that version, compared by content (two saves can share a
 * timestamp), or is gone: checked in the write's own transaction.
 */
async function saveStamped<T extends { id: string }>(
  store: Store,
  name: string,
  input: Input<T>,
  errorsOf: (candidate: T) => FieldError<string>[],
  ifStill?: T & Stamped,
): Promise<Saved<T & Stamped> | SaveConflict> {
  const candidate = { ...input, id: input.id ?? crypto.randomUUID() } as T;
  const errors = errorsOf(candidate);
  if (errors.length > 0) return { ok: false, errors };
  let saved: (T & Stamped) | undefined;
  let conflict: SaveConflict['conflict'] | undefined;
  await writeTransaction(store, [name], async () => {
    const existing = await table<T & Stamped>(store, name).get(candidate.id);
    if (ifStill && JSON.stringify(existing) !== JSON.stringify(ifStill)) {
      conflict = existing ? 'CHANGED' : 'DELETED';
      return;
    }
    const now = nowIso();
    saved = { ...candidate, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await table<T & Stamped>(store, name).put(saved);
  });
  if (conflict) return { ok: false, errors: [], conflict };
  return { ok: true, value: saved! };
}

/** Deletes one row by id and returns it exactly, so Undo can put it back. */
async function deleteRow<T>(store: Store, name: string, id: string): Promise<T | undefined> {
  let removed: T | undefined;
  await writeTransaction(store, [name], async () => {
    removed = await table<T>(store, name).get(id);
    if (removed) await table<T>(store, name).delete(id);
  });
  return removed;
}

async function restoreRow<T>(store: Store, name: string, row: T): Promise<void> {
  await writeTransaction(store, [name], () => table<T>(store, name).put(row));
}

/**
 * Undo of a delete: puts `row` back only while its id is still absent, in the write's own
 * transaction. Returns false, writing nothing, when a row with that id was saved since (an
 * edit saved in another window, say): an Undo never overwrites a later change.
 */
async function restoreIfAbsent<T extends { id: string }>(
  store: Store,
  name: string,
  row: T,
): Promise<boolean> {
  return writeTransaction(store, [name], async () => {
    const rows = table<T>(store, name);
    if (await rows.get(row.id)) return false;
    await rows.put(row);
    return true;
  });
}

// Roles ---------------------------------------------------------------------------------

/** Latest first, roles of one start month in one order every time (sortRoles). */
export const listRoles = async (store: Store): Promise<RoleRow[]> =>
  sortRoles(await table<RoleRow>(store, 'roles').toArray());
/** `ifStill`: the stored role the edit started from; a later change or delete refuses the save. */
export const saveRole = (store: Store, input: Input<Role>, asOf: LocalDate, ifStill?: RoleRow) =>
  saveStamped<Role>(store, 'roles', input, (r) => validateRole(r, asOf), ifStill);
export const deleteRole = (store: Store, id: string) => deleteRow<RoleRow>(store, 'roles', id);
/** Undo of deleteRole, never over a role saved since: false when not put back (restoreIfAbsent). */
export const restoreRole = (store: Store, row: RoleRow) => restoreIfAbsent(store, 'roles', row);

// Degrees -------------------------------------------------------------------------------

export const listDegrees = (store: Store): Promise<DegreeRow[]> =>
  table<DegreeRow>(store, 'degrees').toArray();
export const saveDegree = (store: Store, input: Input<Degree>, asOf: LocalDate) =>
  saveStamped<Degree>(store, 'degrees', input, (d) => validateDegree(d, asOf));
export const deleteDegree = (store: Store, id: string) =>
  deleteRow<DegreeRow>(store, 'degrees', id);
/** Undo of deleteDegree, never over a degree saved since: false when not put back. */
export const restoreDegree = (store: Store, row: DegreeRow) =>
  restoreIfAbsent(store, 'degrees', row);

// Goals ---------------------------------------------------------------------------------

/** In the order goals are listed everywhere (sortGoals: the goal due first comes first). */
export const listGoals = async (store: Store): Promise<GoalRow[]> =>
  sortGoals(await table<GoalRow>(store, 'goals').toArray());
/** `ifStill`: the stored goal the edit started from; a later change or delete refuses the save. */
export const saveGoal = (
  store: Store,
  input: Input<Goal>,
  asOf: LocalDate,
  plan: LadderPlan | null = null,
  ifStill?: GoalRow,
) => saveStamped<Goal>(store, 'goals', input, (g) => validateGoal(g, asOf, plan), ifStill);
export const deleteGoal = (store: Store, id: string) => deleteRow<GoalRow>(store, 'goals', id);
/** Undo of deleteGoal, never over a goal saved since: false when not put back. */
export const restoreGoal = (store: Store, row: GoalRow) => restoreIfAbsent(store, 'goals', row);

/**
 * Puts `row` back (an Undo of a change to the goal), only while the stored goal is still
 * `ifStill`, the version that change wrote (compared by content, in the write's own
 * transaction). Returns false, writing nothing, when it was edited or deleted since: an Undo
 * never overwrites a later change.
 */
export async function restoreGoalIfStill(
  store: Store,
  row: GoalRow,
  ifStill: GoalRow,
): Promise<boolean> {
  return writeTransaction(store, ['goals'], async () => {
    const goals = table<GoalRow>(store, 'goals');
    const existing = await goals.get(row.id);
    if (JSON.stringify(existing) !== JSON.stringify(ifStill)) return false;
    await goals.put(row);
    return true;
  });
}

// Skill assessments ---------------------------------------------------------------------

/**
 * Oldest first by the domain's order (date, then the time each was saved, then id): never
 * IndexedDB's order, which among ratings of one day is by id, a random UUID.
 */
export const listAssessments = async (store: Store): Promise<AssessmentRow[]> =>
  sortAssessments(await table<AssessmentRow>(store, 'skillAssessments').toArray());

/**
 * Validates, then puts the rating; nothing written if invalid. A new rating's `createdAt`
 * comes after that of every stored rating of the same skill and day, read in the write's own
 * transaction: a second rating saved the same day is always the later one, even within one
 * millisecond of the first or with the clock put back. An edit keeps its `createdAt`.
 */
export async function saveAssessment(
  store: Store,
  input: Input<SkillAssessment>,
  asOf: LocalDate,
): Promise<Saved<AssessmentRow>> {
  const candidate: SkillAssessment = { ...input, id: input.id ?? crypto.randomUUID() };
  const errors = validateAssessment(candidate, asOf);
  if (errors.length > 0) return { ok: false, errors };
  let saved!: AssessmentRow;
  await writeTransaction(store, ['skillAssessments'], async () => {
    const rows = table<AssessmentRow>(store, 'skillAssessments');
    const existing = await rows.get(candidate.id);
    const sameDay = existing
      ? []
      : await rows
          .where('skill')
          .equals(candidate.skill)
          .filter((r) => r.date === candidate.date)
          .toArray();
    saved = { ...candidate, createdAt: existing?.createdAt ?? savedAfter(nowIso(), sameDay) };
    await rows.put(saved);
  });
  return { ok: true, value: saved };
}
/** Deletes one rating and returns it exactly, for Undo. */
export const deleteAssessment = (store: Store, id: string) =>
  deleteRow<AssessmentRow>(store, 'skillAssessments', id);
/** Undo of deleteAssessment, never over a rating saved since: false when not put back. */
export const restoreAssessment = (store: Store, row: AssessmentRow) =>
  restoreIfAbsent(store, 'skillAssessments', row);

// Contact hours (one row) ---------------------------------------------------------------

/** The user's PM education hours; null when never entered (→ "information missing"). */
export async function getContactHours(store: Store): Promise<ContactHoursRow | null> {
  return (await table<ContactHoursRow>(store, 'contactHours').get('me')) ?? null;
}

export async function saveContactHours(
  store: Store,
  input: ContactHours,
  asOf: LocalDate,
): Promise<Saved<ContactHoursRow>> {
  const errors = validateContactHours(input, asOf);
  if (errors.length > 0) return { ok: false, errors };
  const saved: ContactHoursRow = { ...input, id: 'me', updatedAt: nowIso() };
  await restoreRow(store, 'contactHours', saved);
  return { ok: true, value: saved };
}

// Ladder plan (one row; absent = the default ladder) ------------------------------------

export async function getLadderPlan(store: Store): Promise<LadderPlan> {
  const row = await table<LadderPlanRow>(store, 'ladderPlan').get('me');
  if (!row) return defaultLadderPlan();
  return { id: row.id, rungs: row.rungs };
}

/** Options of saveLadderPlan. */
export interface SaveLadderOptions {
  /**
   * A ladder that was stored before (the one an Undo puts back): its requirements count as
   * stored and its shared names as already shared, so restoring exactly what was there is never
   * refused by a check added since it was saved.
   */
  keptAsStored?: LadderPlan;
}

/**
 * Saves an edited ladder; refused (nothing written) when any requirement is invalid or when it
 * would give two rungs one name that the saved ladder did not (rung-names.ts, newNameClashes):
 * no way of saving bypasses the rule the Ladder screen's forms apply.
 */
export async function saveLadderPlan(
  store: Store,
  plan: LadderPlan,
  options: SaveLadderOptions = {},
): Promise<Saved<LadderPlanRow>> {
  const before = await getLadderPlan(store);
  const storedPlans = options.keptAsStored ? [before, options.keptAsStored] : [before];
  // A requirement stored as it is passes checks added since it was saved (validateSavedRequirement):
  // the one stored exactly as `q` when there is one, in the ladder now or the one kept as stored.
  const storedAs = (rungId: string, q: Requirement) => {
    const found = storedPlans.flatMap((p) =>
      (p.rungs.find((r) => r.id === rungId)?.requirements ?? []).filter((s) => s.id === q.id),
    );
    return found.find((s) => JSON.stringify(s) === JSON.stringify(q)) ?? found[0];
  };
  const errors: FieldError[] = plan.rungs.flatMap((r) =>
    r.requirements.flatMap((q) =>
      validateSavedRequirement(q, storedAs(r.id, q)).map((e) => ({
        ...e,
        field: `${r.id}.${q.id}.${e.field}`,
      })),
    ),
  );
  // A name shared in the ladder kept as stored was shared when it was saved: not refused again.
  const kept = options.keptAsStored && newNameClashes(options.keptAsStored.rungs, plan.rungs);
  const clashes = newNameClashes(before.rungs, plan.rungs).filter(
    (c) => !kept || kept.some((k) => k.name === c.name),
  );
  for (const clash of clashes) {
    errors.push(...clash.rungIds.map((id) => ({ field: `${id}.name`, code: 'NAME_TAKEN' })));
  }
  if (errors.length > 0) return { ok: false, errors };
  const saved: LadderPlanRow = { id: 'me', rungs: plan.rungs, updatedAt: nowIso() };
  await restoreRow(store, 'ladderPlan', saved);
  return { ok: true, value: saved };
}

/** Back to the default ladder; returns the edited plan that was removed, for Undo. */
export const resetLadderPlan = (store: Store) =>
  deleteRow<LadderPlanRow>(store, 'ladderPlan', 'me');
export const restoreLadderPlan = (store: Store, row: LadderPlanRow) =>
  restoreRow(store, 'ladderPlan', row);
