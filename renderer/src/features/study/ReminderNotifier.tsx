import { useEffect, useRef } from 'react';
import { remindersToNotify } from '../../../../shared/domain/study';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { markNotified, notifiedKeys } from '../../db/repositories/study-notified';
import { usePlatform } from '../../platform';
import { reminderText } from './messages';
import { useDueReminders } from './use-reminders';

/** How often a running app looks again (new deadlines, a new day). */
const CHECK_EVERY_MS = 10 * 60_000;

/**
 * System notifications for due reminders (issue 7 part 4): at start and while the app runs,
 * at most once per item per day (the `notified` table). Renders nothing.
 */
export function ReminderNotifier() {
  const due = useDueReminders();
  const today = useToday();
  const store = useStore();
  const platform = usePlatform();
  const busy = useRef(false);

  useEffect(() => {
    if (!due || due.length === 0 || store.mode === 'read-only') return;
    async function check() {
      if (busy.current || platform.notifications.permission() !== 'granted') return;
      busy.current = true;
      try {
        const fresh = remindersToNotify(due!, await notifiedKeys(store, today));
        const shown = [];
        for (const r of fresh) {
          if (
            await platform.notifications.show(
              'Ascent reminder',
              reminderText(r.deadline, r.daysLeft),
            )
          )
            shown.push(r);
        }
        if (shown.length > 0) await markNotified(store, shown, today);
      } catch {
        // A reminder that could not be shown is tried again at the next check.
      } finally {
        busy.current = false;
      }
    }
    void check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [due, today, store, platform]);

  return null;
}
