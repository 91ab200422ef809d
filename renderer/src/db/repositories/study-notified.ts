/**
 * Which reminders were already shown as a system notification (issue 7 part 4): one row
 * per item and day, so each item notifies at most once a day. Rows from before yesterday are
 * pruned when new ones are written (yesterday's stay for a window still on yesterday at
 * midnight). The news that a goal has reached its target is notified once (its key names no
 * day, shared/domain/study/reminders.ts): its row is kept a year.
 *
 * Several windows or tabs share the table. A notification is claimed before it is shown: the
 * claim reads and writes the keys in one read-write transaction, which IndexedDB runs one at a
 * time for the table, so when two windows start together or pass midnight together each key
 * is written by one claim only, and only the window whose claim wrote it shows it. A claim
 * counts for good once the notification is shown (confirmNotifications); until then it is
 * held CLAIM_HOLD_MS only, so one whose window closed (or failed) before showing it is taken
 * over by the next check in any window, or at the next start, instead of being lost for the
 * day (for a year, a met goal's).
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import { remindersToNotify, type DueReminder } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export interface NotifiedRow {
  /** `<deadline id>@<day>`, or `<deadline id>#met` for a goal that has reached its target. */
  id: string;
  deadlineId: string;
  day: LocalDate;
  at: string;
  /**
   * Claimed at `at` and not shown yet (claimNotifications); absent once shown. Held only
   * CLAIM_HOLD_MS: after that the claim no longer counts and the next claim takes it over.
   */
  pending?: true;
}

const notified = (store: Store) => store.db.table<NotifiedRow, string>('notified');

/** How long the once-only notification of a met goal is remembered. */
export const MET_NOTIFIED_DAYS = 365;

const onceOnly = (r: NotifiedRow) => r.id.endsWith('#met');

/**
 * How long a claim not yet shown holds its key: far longer than showing takes (the system
 * answers at once), far shorter than the checks' ten minutes, so a claim left by a window
 * that went before showing it is taken over by the next check.
 */
export const CLAIM_HOLD_MS = 2 * 60_000;

/** Whether a row no longer counts on `day` (a day's row from before yesterday, a year-old met one). */
function stale(r: NotifiedRow, day: LocalDate): boolean {
  return onceOnly(r) ? r.day < addDays(day, -MET_NOTIFIED_DAYS) : r.day < addDays(day, -1);
}

/** Whether a claim not yet shown was left at `now` (ms): held past CLAIM_HOLD_MS, or dated ahead. */
function abandoned(r: NotifiedRow, now: number): boolean {
  if (r.pending !== true) return false;
  const held = now - Date.parse(r.at);
  return !(held >= 0 && held < CLAIM_HOLD_MS);
}

/** The keys that count as notified on `day` (a read only: showing goes through a claim). */
export async function notifiedKeys(store: Store, day: LocalDate): Promise<Set<string>> {
  const rows = await notified(store).toArray();
  const yearAgo = addDays(day, -MET_NOTIFIED_DAYS);
  const now = Date.now();
  return new Set(
    rows
      .filter((r) => r.day === day || (onceOnly(r) && r.day >= yearAgo))
      .filter((r) => !abandoned(r, now))
      .map((r) => r.id),
  );
}

/** The reminders of `due` that no row still counting on `day` has claimed, each key once. */
function unclaimed(rows: readonly NotifiedRow[], due: readonly DueReminder[], day: LocalDate) {
  // A day's key names its day, so only a row of `day` (or a met goal's) can match.
  const now = Date.now();
  const kept = new Set(rows.filter((r) => !stale(r, day) && !abandoned(r, now)).map((r) => r.id));
  return remindersToNotify(due, kept).filter(
    (r, i, all) => all.findIndex((x) => x.key === r.key) === i,
  );
}

/**
 * Claims the notifications of `due` not yet notified on `day`, and returns the ones this call
 * claimed: the caller shows exactly those, then confirms the ones shown and releases the
 * others. A first look that finds nothing new writes nothing; otherwise the check is made
 * again, and the keys written, inside one read-write transaction, so a claim made meanwhile
 * by another window is seen and not repeated. A claim left unshown past CLAIM_HOLD_MS is
 * taken over.
 */
export async function claimNotifications(
  store: Store,
  due: readonly DueReminder[],
  day: LocalDate,
): Promise<DueReminder[]> {
  if (unclaimed(await notified(store).toArray(), due, day).length === 0) return [];
  return writeTransaction(store, ['notified'], async () => {
    const rows = await notified(store).toArray();
    await notified(store).bulkDelete(rows.filter((r) => stale(r, day)).map((r) => r.id));
    const claimed = unclaimed(rows, due, day);
    const at = nowIso();
    await notified(store).bulkPut(
      claimed.map((r) => ({ id: r.key, deadlineId: r.deadline.id, day, at, pending: true })),
    );
    return claimed;
  });
}

/**
 * Records the notifications of `shown` (claimed on `day`) as shown: they count for good, the
 * day's all day and a met goal's for a year. One whose claim row went meanwhile is written
 * anew, as it was shown all the same.
 */
export async function confirmNotifications(
  store: Store,
  shown: readonly DueReminder[],
  day: LocalDate,
): Promise<void> {
  if (shown.length === 0) return;
  await writeTransaction(store, ['notified'], async () => {
    const rows = await notified(store).bulkGet(shown.map((r) => r.key));
    const at = nowIso();
    await notified(store).bulkPut(
      shown.map((r, i) => {
        const row: NotifiedRow = rows[i] ?? { id: r.key, deadlineId: r.deadline.id, day, at };
        const { pending: _claimed, ...shownRow } = row;
        return shownRow;
      }),
    );
  });
}

/**
 * Gives back the claims of notifications that could not be shown (the system refused them),
 * so a later check, in this window or another, tries them again. A key shown meanwhile (a
 * window that took the claim over showed it) stays shown.
 */
export async function releaseNotifications(
  store: Store,
  unshown: readonly DueReminder[],
): Promise<void> {
  if (unshown.length === 0) return;
  await writeTransaction(store, ['notified'], async () => {
    const rows = await notified(store).bulkGet(unshown.map((r) => r.key));
    const held = rows.filter((r): r is NotifiedRow => r?.pending === true);
    await notified(store).bulkDelete(held.map((r) => r.id));
  });
}
