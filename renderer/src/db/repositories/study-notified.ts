/**
 * Which reminders were already shown as a system notification (issue 7 part 4): one row
 * per item and day, so each item notifies at most once a day. Rows from earlier days are
 * pruned when new ones are written.
 */
import type { LocalDate } from '../../../../shared/dates';
import type { DueReminder } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export interface NotifiedRow {
  /** `<deadline id>@<day>`. */
  id: string;
  deadlineId: string;
  day: LocalDate;
  at: string;
}

const notified = (store: Store) => store.db.table<NotifiedRow, string>('notified');

export async function notifiedKeys(store: Store, day: LocalDate): Promise<Set<string>> {
  const rows = await notified(store).toArray();
  return new Set(rows.filter((r) => r.day === day).map((r) => r.id));
}

export async function markNotified(
  store: Store,
  shown: readonly DueReminder[],
  day: LocalDate,
): Promise<void> {
  await writeTransaction(store, ['notified'], async () => {
    const old = (await notified(store).toArray()).filter((r) => r.day < day);
    await notified(store).bulkDelete(old.map((r) => r.id));
    const at = nowIso();
    await notified(store).bulkPut(
      shown.map((r) => ({ id: r.key, deadlineId: r.deadline.id, day, at })),
    );
  });
}
