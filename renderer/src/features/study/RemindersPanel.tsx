import { useState } from 'react';
import { goalIdOf, type DueReminder } from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { usePlatform } from '../../platform';
import { useSettings } from '../../db/hooks';
import { MARK_ACHIEVED_TEXT, reminderText } from './messages';
import { useDueReminders } from './use-reminders';

/** One reminder; a goal that has reached its target links to its card on the Goals screen. */
function ReminderItem({ r }: { r: DueReminder }) {
  const goalId = r.met ? goalIdOf(r.deadline) : null;
  if (goalId === null)
    return (
      <li className={r.overdue ? 'overdue' : undefined}>{reminderText(r.deadline, r.daysLeft)}</li>
    );
  return (
    <li className="met">
      Target reached: <a href={hrefFor('goals', goalId)}>{r.deadline.title}</a>.{' '}
      {MARK_ACHIEVED_TEXT}
    </li>
  );
}

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
            <ReminderItem key={r.key} r={r} />
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
