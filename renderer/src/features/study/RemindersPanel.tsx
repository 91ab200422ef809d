import { useRef, useState } from 'react';
import { goalIdOf, type DueReminder } from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { focusSoon } from '../../components/focus-soon';
import { usePlatform } from '../../platform';
import { useSettings } from '../../db/hooks';
import { metGoalWords, reminderText } from './messages';
import { notificationsText } from './notification-words';
import { useDueReminders } from './use-reminders';

/**
 * One reminder; a goal that has reached its target links to its card on the Goals screen, in
 * the words of the Dashboard's "Next deadlines" (metGoalWords).
 */
function ReminderItem({ r }: { r: DueReminder }) {
  const goalId = r.met ? goalIdOf(r.deadline) : null;
  if (goalId === null)
    return (
      <li className={r.overdue ? 'overdue' : undefined}>{reminderText(r.deadline, r.daysLeft)}</li>
    );
  const w = metGoalWords(r.deadline.title);
  return (
    <li className="met">
      {w.lead}
      <a href={hrefFor('goals', goalId)}>{w.title}</a>
      {w.end}
    </li>
  );
}

/** The in-app reminders (issue 7 part 4), and the one place that asks for notifications. */
export function RemindersPanel() {
  const due = useDueReminders();
  const settings = useSettings();
  const platform = usePlatform();
  const [permission, setPermission] = useState(() => platform.notifications.permission());
  const [asked, setAsked] = useState(false);
  const answerRef = useRef<HTMLParagraphElement>(null);
  if (!due || !settings) return null;
  /**
   * The button goes once the browser has an answer, so focus goes on to the sentence that takes
   * its place and says what the answer means (else it would drop to the page itself). No answer
   * (the browser's question closed): the button stays, and so does the focus.
   */
  async function ask() {
    const pressed = document.activeElement;
    const answer = await platform.notifications.requestPermission();
    setPermission(answer);
    setAsked(true);
    if (answer === 'default') return;
    const text = notificationsText(answer, true);
    const shown = () => (answerRef.current?.textContent === text ? answerRef.current : null);
    focusSoon(shown, () => answerRef.current?.closest('section')?.querySelector('h2'), pressed);
  }
  const answer = notificationsText(permission, asked);
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
      <p role="status" className="muted" tabIndex={-1} ref={answerRef}>
        {answer}
      </p>
    </section>
  );
}
