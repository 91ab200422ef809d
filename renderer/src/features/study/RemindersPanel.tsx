import { useState } from 'react';
import { usePlatform } from '../../platform';
import { useSettings } from '../../db/hooks';
import { reminderText } from './messages';
import { useDueReminders } from './use-reminders';

/** The in-app reminders (issue 7 part 4), and the one place that asks for notifications. */
export function RemindersPanel() {
  const due = useDueReminders();
  const settings = useSettings();
  const platform = usePlatform();
  const [permission, setPermission] = useState(() => platform.notifications.permission());
  if (!due || !settings) return null;
  async function ask() {
    setPermission(await platform.notifications.requestPermission());
  }
  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p className="muted">
        Deadlines in the next {settings.reminderLeadDays} days (change this in Settings), and
        anything overdue.
      </p>
      {due.length === 0 ? (
        <p>Nothing due in that time.</p>
      ) : (
        <ul className="study-reminders">
          {due.map((r) => (
            <li key={r.key} className={r.overdue ? 'overdue' : undefined}>
              {reminderText(r.deadline, r.daysLeft)}
            </li>
          ))}
        </ul>
      )}
      {permission === 'default' && (
        <button type="button" className="secondary" onClick={ask}>
          Turn on system notifications
        </button>
      )}
      {permission === 'denied' && (
        <p className="muted">
          System notifications are blocked for Ascent in this browser; reminders show here only.
        </p>
      )}
    </section>
  );
}
