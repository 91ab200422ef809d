/**
 * Study plans and their calendar blocks (issue 7 parts 1–3). A plan and the blocks laid for
 * it are written together in one transaction; re-planning re-lays the blocks from today on,
 * leaves earlier ones as the record of what was planned and keeps the blocks the user moved
 * or changed, and lays nothing on the time of a block the user removed (study-block-remove.ts;
 * shared/domain/study/replan.ts). A re-laid block takes over the id of a dropped
 * one on the same day, and a block's `updatedAt` changes only when its calendar event does,
 * so an exported calendar keeps its UIDs and sees which events changed (ics SEQUENCE). The
 * blocks a re-plan, edit or delete drops are remembered in the same transaction
 * (study-dropped.ts), so the next export cancels their events.
 */
import { localDateOf, type LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  checkBlockChange,
  sameBlockPlace,
  effectiveAvailability,
  replanRemaining,
  studiedBeforeRelay,
  type BlockChange,
  type BlockChangeError,
  validatePlan,
  type PlanDraft,
  type PlanErrors,
  type PlanResult,
  type PlannedBlock,
  type StudyBlock,
  type StudyPlan,
  type StudySession,
} from '../../../../shared/domain/study';
import type { Store } from '../database';
import { listDropped, listRemoved, rememberRemoved } from './study-dropped';
import { nowIso, writeTransaction } from './write';
import { cancellationExported } from '../../../../shared/domain/study/cancellation-exported';
import { lastCalendarExport } from './study-exported-deadlines';

interface Stamped {
  createdAt: string;
  updatedAt: string;
}
export type StudyPlanRow = StudyPlan & Stamped;
export type StudyBlockRow = StudyBlock & Stamped;

const plans = (store: Store) => store.db.table<StudyPlanRow, string>('studyPlans');
const blocks = (store: Store) => store.db.table<StudyBlockRow, string>('studyBlocks');
const sessions = (store: Store) => store.db.table<StudySession, string>('studySessions');

export const listPlans = (store: Store) => plans(store).toArray();
/** Every block, by day and then by start time. */
export async function listBlocks(store: Store): Promise<StudyBlockRow[]> {
  const all = await blocks(store).orderBy('date').toArray();
  return all.sort((a, b) => (a.date === b.date ? a.start.localeCompare(b.start) : 0));
}

function toRows(planId: string, laid: readonly PlannedBlock[], now: string): StudyBlockRow[] {
  return laid.map((b) => ({
    ...b,
    id: crypto.randomUUID(),
    planId,
    edited: false,
    createdAt: now,
    updatedAt: now,
  }));
}

/** A plan write re-lays blocks and remembers the dropped ones (a row of 'settings'). */
const PLAN_TABLES = ['studyPlans', 'studyBlocks', 'studySessions', 'settings'];

/**
 * Why an edit was refused with nothing written, read in the save's own transaction: the plan
 * is no longer the version the form was opened on (`CHANGED`), is gone (`DELETED`: deleted in
 * another window, say; it is saved again only as a new plan, without an id), or is archived
 * (`ARCHIVED`: its blocks would be re-laid where nothing shows them; made active again first).
 */
export type PlanConflict = 'CHANGED' | 'DELETED' | 'ARCHIVED';

export type SavePlanResult =
  | { ok: true; plan: StudyPlanRow; result: PlanResult }
  | { ok: false; errors: PlanErrors; conflict?: PlanConflict };

/**
 * Minutes studied for the plan in all, on `day` alone, and of those the minutes the day's
 * blocks were laid around by an earlier re-plan that day (`before`: the plan as it was).
 */
async function studiedFor(store: Store, planId: string, day: LocalDate, before?: StudyPlanRow) {
  const done = await sessions(store).where('planId').equals(planId).toArray();
  const minutes = (xs: typeof done) => xs.reduce((s, x) => s + x.minutes, 0);
  const rows = done as (StudySession & { createdAt?: string })[];
  return {
    total: minutes(done),
    onDay: minutes(done.filter((x) => x.date === day)),
    beforeBlocks: before ? studiedBeforeRelay(before, before.updatedAt, rows, day) : 0,
  };
}

/**
 * Creates a plan and lays its blocks from its start, or from today when it starts in the past
 * (days already gone hold no study), or saves an edit and re-lays the blocks from today on
 * (the hours already studied are subtracted; blocks the user moved or changed stay where they
 * are). An edit that moves the start later drops every block from today on but the user's
 * own, and lays the new ones from the new start (replan.ts).
 *
 * An edit (`id`) is refused, with nothing written, when the plan is gone or archived, and,
 * with `ifStill` (the stored version the edit started from), when the stored plan is no longer
 * that version, compared by content (two saves can share a timestamp): an edit never brings a
 * deleted plan back unseen nor overwrites a change made elsewhere (PlanConflict).
 */
export async function savePlan(
  store: Store,
  draft: PlanDraft,
  profileWeek: WeeklyAvailability,
  asOf: LocalDate,
  id?: string,
  ifStill?: StudyPlanRow,
): Promise<SavePlanResult> {
  const saved = id ? await plans(store).get(id) : undefined;
  const checked = validatePlan(draft, { today: asOf, savedDeadline: saved?.deadline });
  if (!checked.ok) return checked;
  let out!: { plan: StudyPlanRow; result: PlanResult };
  let conflict: PlanConflict | undefined;
  await writeTransaction(store, PLAN_TABLES, async () => {
    const existing = id ? await plans(store).get(id) : undefined;
    conflict = !id
      ? undefined
      : !existing
        ? 'DELETED'
        : existing.status === 'archived'
          ? 'ARCHIVED'
          : ifStill && JSON.stringify(existing) !== JSON.stringify(ifStill)
            ? 'CHANGED'
            : undefined;
    if (conflict) return;
    const now = nowIso();
    const laid: StudyPlanRow = {
      ...checked.value,
      id: existing?.id ?? crypto.randomUUID(),
      status: existing?.status ?? 'active',
      replannedOn: null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const renamed = !!existing && existing.title !== laid.title;
    const result = await relay(store, laid, profileWeek, asOf, now, renamed, existing);
    // Saving an edit re-lays the blocks from today: judge the schedule from there on.
    const plan = existing ? { ...laid, replannedOn: replannedOn(laid, asOf, result) } : laid;
    await plans(store).put(plan);
    out = { plan, result };
  });
  if (conflict) return { ok: false, errors: {}, conflict };
  return { ok: true, ...out };
}

/**
 * Re-lays the plan's blocks as of `asOf` (today), from today or the plan's start, whichever is
 * later (replanRemaining); inside a transaction. `renamed`: the plan's title changed, so every
 * block kept from today on shows a new event title and is stamped as changed.
 * `before`: the plan as it was before this write, which tells whether a re-plan earlier
 * today already laid today's blocks around some of today's study.
 */
async function relay(
  store: Store,
  plan: StudyPlan,
  profileWeek: WeeklyAvailability,
  asOf: LocalDate,
  now: string,
  renamed = false,
  before?: StudyPlanRow,
): Promise<ReplanOutcome> {
  const availability = effectiveAvailability({
    availability: profileWeek,
    override: plan.availabilityOverride,
  });
  const existing = await blocks(store).where('planId').equals(plan.id).toArray();
  const studied = await studiedFor(store, plan.id, asOf, before);
  const r = replanRemaining({
    plan,
    availability,
    blocks: existing,
    studiedMinutes: studied.total,
    studiedTodayMinutes: studied.onDay,
    studiedTodayBeforeBlocks: studied.beforeBlocks,
    // Blocks the user removed stay removed: their time is kept free (replan.ts).
    removed: await listRemoved(store),
    asOf,
  });
  const byId = new Map(existing.map((b) => [b.id, b]));
  const reused = r.reused.flatMap(({ id, block }) => {
    const old = byId.get(id)!;
    const same = old.start === block.start && old.minutes === block.minutes && !old.edited;
    if (same && !renamed) return [];
    return [{ ...old, ...block, edited: false, updatedAt: now }];
  });
  const touched = renamed
    ? r.kept
        .filter((b) => b.date >= r.dropFrom)
        .map((b) => ({ ...byId.get(b.id)!, updatedAt: now }))
    : [];
  await blocks(store).bulkDelete(r.removed);
  await blocks(store).bulkPut([...reused, ...touched, ...toRows(plan.id, r.added, now)]);
  await rememberRemoved(
    store,
    r.removed.map((id) => byId.get(id)!),
    asOf,
    now,
  );
  return { ...r.result, from: r.from };
}

/** A re-plan's result, and the day it was laid from (tomorrow once today's study is done). */
export type ReplanOutcome = PlanResult & { from: LocalDate };

/** "Behind schedule → one action re-plans": the remaining hours from today to the exam. */
export async function replanPlan(
  store: Store,
  planId: string,
  profileWeek: WeeklyAvailability,
  asOf: LocalDate,
): Promise<ReplanOutcome | null> {
  return writeTransaction(store, PLAN_TABLES, async () => {
    const plan = await plans(store).get(planId);
    if (!plan) return null;
    const now = nowIso();
    const out = await relay(store, plan, profileWeek, asOf, now, false, plan);
    const on = replannedOn(plan, asOf, out);
    if (on) await plans(store).put({ ...plan, replannedOn: on, updatedAt: now });
    return out;
  });
}

/**
 * The day a re-plan (or a saved edit) made on `asOf` is judged from (StudyPlan.replannedOn,
 * scheduleStatus): the first day it laid, today or, once today's study covered today's
 * blocks, tomorrow. Ascent rule: the plan's first day counts as well (review: a re-plan on it
 * recorded nothing, so the card took the morning's study off twice and asked for a re-plan
 * that changed nothing). A day studied in full is not one to judge again: its blocks stayed,
 * and the study logged before the re-plan is what they asked for. Null while the plan's
 * start is still to come: it is judged from its start.
 */
function replannedOn(plan: StudyPlan, asOf: LocalDate, out: ReplanOutcome): LocalDate | null {
  return asOf >= plan.start ? out.from : null;
}

export interface DeletedPlan {
  plan: StudyPlanRow;
  blocks: StudyBlockRow[];
}

/**
 * Deletes a plan with its blocks (logged sessions stay: they happened). Returned for Undo.
 * Its blocks from `asOf` on are remembered as dropped, so the next export cancels them; the
 * earlier ones stay in calendars as the record of what was planned, as a re-plan keeps them.
 */
export async function deletePlan(
  store: Store,
  id: string,
  asOf: LocalDate = localDateOf(new Date()),
): Promise<DeletedPlan | undefined> {
  return writeTransaction(store, ['studyPlans', 'studyBlocks', 'settings'], async () => {
    const plan = await plans(store).get(id);
    if (!plan) return undefined;
    const own = await blocks(store).where('planId').equals(id).toArray();
    await blocks(store).bulkDelete(own.map((b) => b.id));
    await plans(store).delete(id);
    const now = nowIso();
    await rememberRemoved(
      store,
      own.filter((b) => b.date >= asOf),
      asOf,
      now,
    );
    return { plan, blocks: own };
  });
}

/**
 * Undo of deletePlan. A block put back is no longer dropped (the remembered entry goes). One
 * whose cancellation a calendar export saved since the delete wrote is stamped as changed now,
 * so the next export writes it with a higher SEQUENCE than the cancellation; with no export
 * between, it comes back exactly as it was and the export button says nothing changed (the
 * rule of restoreBlock, cancellationExported, in a module of its own: this one is part of the
 * app's start-up code, the dashboard reading plans).
 */
export async function restorePlan(store: Store, deleted: DeletedPlan): Promise<void> {
  await writeTransaction(store, ['studyPlans', 'studyBlocks', 'settings'], async () => {
    const now = nowIso();
    const dropped = new Map((await listDropped(store)).map((b) => [b.id, b]));
    const lastExportAt = await lastCalendarExport(store);
    await plans(store).put(deleted.plan);
    await blocks(store).bulkPut(
      deleted.blocks.map((b) =>
        cancellationExported(dropped.get(b.id), lastExportAt) ? { ...b, updatedAt: now } : b,
      ),
    );
    await rememberRemoved(store, [], localDateOf(new Date()), now);
  });
}

/**
 * Archives a finished plan (or puts an archived one back to active; Undo of an archive).
 * Archiving keeps its blocks and sessions as they are: the earlier blocks stay the record of
 * what was planned (the report's plan against actual); the ones from today on are no longer
 * shown in the week nor exported, and the next calendar export cancels them (calendar-export.ts,
 * `exportBlocks`), their cancellations sequenced from the plan's `updatedAt` (the archive).
 * Made active again, its blocks from `asOf` on are stamped as changed now only when a calendar
 * export saved since the archive wrote those cancellations, so the next export writes them with
 * a SEQUENCE above them (RFC 5545 §3.8.7.4); with no export between, the calendar still shows
 * them as they were, and they stay exactly as they were, so the export button says nothing
 * changed (cancellationExported, the rule of Undo of a plan delete and of Remove block). False
 * when the plan is gone (deleted in another window, say).
 */
export async function setPlanStatus(
  store: Store,
  id: string,
  status: StudyPlan['status'],
  asOf: LocalDate = localDateOf(new Date()),
): Promise<boolean> {
  return writeTransaction(store, ['studyPlans', 'studyBlocks', 'settings'], async () => {
    const plan = await plans(store).get(id);
    if (!plan) return false;
    if (plan.status === status) return true;
    const now = nowIso();
    await plans(store).put({ ...plan, status, updatedAt: now });
    const archive = { droppedAt: plan.updatedAt };
    if (status === 'active' && cancellationExported(archive, await lastCalendarExport(store))) {
      const own = await blocks(store).where('planId').equals(id).toArray();
      await blocks(store).bulkPut(
        own.filter((b) => b.date >= asOf).map((b) => ({ ...b, updatedAt: now })),
      );
    }
    return true;
  });
}

export const archivePlan = (store: Store, id: string) => setPlanStatus(store, id, 'archived');
export const unarchivePlan = (store: Store, id: string, asOf?: LocalDate) =>
  setPlanStatus(store, id, 'active', asOf);

/**
 * `CHANGED`: the block is no longer where it was when the change was asked for (moved or
 * changed in another window, or re-laid by a re-plan there); nothing was written.
 */
export type BlockError = BlockChangeError | 'NOT_FOUND' | 'CHANGED';

/** Where a block was when a change to it was asked for (updateBlock's `seen`). */
export type BlockPlace = Pick<StudyBlock, 'date' | 'start' | 'minutes'>;

/**
 * Moves or edits one block; it is marked as edited by the user. `asOf` is today: a block is
 * never put on a day already gone, nor on or after its plan's exam or target date, nor on one
 * of its plan's days with no study, read in the same transaction as the write
 * (checkBlockChange). With `seen` (the block as the form was opened on), a block stored
 * elsewhere since is refused with `CHANGED`, nothing written: a save never silently puts back
 * a block another window moved.
 */
export async function updateBlock(
  store: Store,
  id: string,
  change: BlockChange,
  asOf: LocalDate,
  seen?: BlockPlace,
): Promise<{ ok: true } | { ok: false; error: BlockError }> {
  const refused = checkBlockChange(change, asOf);
  if (refused) return { ok: false, error: refused };
  return writeTransaction(store, ['studyBlocks', 'studyPlans'], async () => {
    const row = await blocks(store).get(id);
    if (!row) return { ok: false as const, error: 'NOT_FOUND' as const };
    if (seen && !sameBlockPlace(row, seen))
      return { ok: false as const, error: 'CHANGED' as const };
    const plan = await plans(store).get(row.planId);
    const late = checkBlockChange(change, asOf, plan?.deadline, plan?.blackouts);
    if (late) return { ok: false as const, error: late };
    await blocks(store).put({ ...row, ...change, edited: true, updatedAt: nowIso() });
    return { ok: true as const };
  });
}
