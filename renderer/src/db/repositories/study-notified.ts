/**
 * Which reminders were already shown as a system notification (issue 7 part 4): one row
 * per item and day, so each item notifies at most once a day. Rows from earlier days are
 * pruned when new ones are written. The news that a goal has reached its target is notified
 * once (its key names no day, shared/domain/study/reminders.ts): its row is kept a year.
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import type { DueReminder } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export interface NotifiedRow {
  /** `<deadline id>@<day>`, or `<deadline id>#met` for a goal that has reached its target. */
  id: string;
  deadlineId: string;
  day: LocalDate;
  at: string;
}

const notified = (store: Store) => store.db.table<NotifiedRow, string>('notified');

/** How long the once-only notification of a met goal is remembered. */
export const MET_NOTIFIED_DAYS = 365;

const onceOnly = (r: NotifiedRow) => r.id.endsWith('#met');

export async function notifiedKeys(store: Store, day: LocalDate): Promise<Set<string>> {
  const rows = await notified(store).toArray();
  const yearAgo = addDays(day, -MET_NOTIFIED_DAYS);
  return new Set(
    rows.filter((r) => r.day === day || (onceOnly(r) && r.day >= yearAgo)).map((r) => r.id),
  );
}

export async function markNotified(
  store: Store,
  shown: readonly DueReminder[],
  day: LocalDate,
): Promise<void> {
  await writeTransaction(store, ['notified'], async () => {
    const yearAgo = addDays(day, -MET_NOTIFIED_DAYS);
    const old = (await notified(store).toArray()).filter((r) =>
      onceOnly(r) ? r.day < yearAgo : r.day < day,
    );
    await notified(store).bulkDelete(old.map((r) => r.id));
    const at = nowIso();
    await notified(store).bulkPut(
      shown.map((r) => ({ id: r.key, deadlineId: r.deadline.id, day, at })),
    );
  });
}
