import { useEffect, useRef } from 'react';
import type { DueReminder } from '../../../../shared/domain/study';
import { useToday } from '../../app/use-today';
import { useCreditSummary } from '../../db/credit-summary';
import { useStore } from '../../db/store-context';
import {
  claimNotifications,
  confirmNotifications,
  releaseNotifications,
} from '../../db/repositories/study-notified';
import { usePlatform } from '../../platform';
import { reminderText } from './messages';
import { useDueReminders } from './use-reminders';

/** How often a running app looks again (new deadlines, a new day). */
const CHECK_EVERY_MS = 10 * 60_000;

/**
 * System notifications for due and overdue reminders (issue 7 part 4): at start and while the
 * app runs, at most once per item per day (the `notified` table). Renders nothing. A check
 * asked for while one is running runs again right after it, with the latest reminders, so a
 * deadline added meanwhile is not left until the next round. Each notification is claimed
 * before it is shown (claimNotifications), so with two windows open only one shows it, and
 * confirmed once shown; a claim this window leaves unshown is taken over after a short hold.
 */
export function ReminderNotifier() {
  const due = useDueReminders();
  const today = useToday();
  // Just after midnight the screens keep the day before's credit figures until the new day's
  // are read; a reminder worked out from those would be wrong for today (and, marked as
  // notified, would hold back the right one), so the check waits for today's.
  const settled = useCreditSummary(today)?.asOf === today;
  const store = useStore();
  const platform = usePlatform();
  const latest = useRef<{ due: DueReminder[]; today: string }>({ due: [], today });
  const busy = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    if (!settled || !due || due.length === 0 || store.mode === 'read-only') return;
    latest.current = { due, today };
    async function check(): Promise<void> {
      if (platform.notifications.permission() !== 'granted') return;
      if (busy.current) {
        again.current = true;
        return;
      }
      busy.current = true;
      try {
        const { due: now, today: day } = latest.current;
        const claimed = await claimNotifications(store, now, day);
        const shown: DueReminder[] = [];
        const unshown: DueReminder[] = [];
        for (const r of claimed) {
          const text = reminderText(r.deadline, r.daysLeft);
          const ok = await platform.notifications.show('Ascent reminder', text).catch(() => false);
          (ok ? shown : unshown).push(r);
        }
        // Shown: it counts for good. Not shown: given back, and tried again at the next check.
        await confirmNotifications(store, shown, day);
        await releaseNotifications(store, unshown);
      } catch {
        // A claim that could not be written shows nothing; the next check tries again. A claim
        // left unconfirmed (this window closed, or a write failed) is taken over once its hold
        // has passed (CLAIM_HOLD_MS).
      } finally {
        busy.current = false;
      }
      if (again.current) {
        again.current = false;
        await check();
      }
    }
    void check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [due, today, store, platform, settled]);

  return null;
}
