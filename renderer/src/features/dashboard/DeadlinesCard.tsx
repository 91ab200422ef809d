import { useMemo } from 'react';
import {
  upcomingDeadlines,
  type UpcomingDeadline,
} from '../../../../shared/domain/dashboard/upcoming-deadlines';
import { goalIdOf } from '../../../../shared/domain/study/deadlines';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { formatDate } from '../../components/format';
import { useDeadlines } from '../../db/study-hooks';
import { inDaysText } from '../credentials/messages';
import { daysAgoText, deadlineTitle, metGoalWords, overdueWords } from '../study/messages';

/**
 * A goal whose target is reached (`met`), listed until it is marked achieved, however its date
 * stands (stillAsked), in the words of Study → Reminders (metGoalWords): "Target reached: X. Mark
 * the goal as achieved when you are ready.", its title a link to the goal's card.
 */
function MetGoalItem({ d }: { d: UpcomingDeadline }) {
  const goalId = goalIdOf(d);
  const w = metGoalWords(d.title);
  return (
    <li className="met">
      {w.lead}
      <strong>{goalId ? <a href={hrefFor('goals', goalId)}>{w.title}</a> : w.title}</strong>
      {w.end}
    </li>
  );
}

/**
 * "Overdue: Goal: X — 15 Nov 2026, 7 days ago", in the words of Study → Reminders
 * (overdueWords: a lapsed membership is a renewal overdue, not a "membership renews"; an
 * application's year that is over has ended, with what to do); else "PMP exam — 25 Jan 2027,
 * in 64 days" (a renew-by title names its date already).
 */
function DeadlineItem({ d }: { d: UpcomingDeadline }) {
  if (d.met) return <MetGoalItem d={d} />;
  if (d.overdue) {
    const { title, advice } = overdueWords(d);
    return (
      <li className="overdue">
        <strong>{title}</strong> — {formatDate(d.date)}, {daysAgoText(-d.daysLeft)}
        {advice && `. ${advice}`}
      </li>
    );
  }
  return (
    <li>
      <strong>{deadlineTitle(d)}</strong> — {d.renewBy ? '' : `${formatDate(d.date)}, `}
      {inDaysText(d.daysLeft)}
    </li>
  );
}

/**
 * "Next deadlines" on the dashboard: what is overdue and still to do (goals, milestones,
 * follow-ups, exams, renewals), then the nearest dated items of every kind — cycle ends, exams, goals
 * and milestones, course starts, events, follow-ups, membership renewals — with the way to the
 * calendar.
 */
export function DeadlinesCard() {
  const today = useToday();
  const deadlines = useDeadlines(today);
  const next = useMemo(
    () => (deadlines ? upcomingDeadlines(deadlines, today, 5) : undefined),
    [deadlines, today],
  );
  if (!next) return null;
  return (
    <section className="card" aria-labelledby="dash-deadlines">
      <h2 id="dash-deadlines">Next deadlines</h2>
      {next.length === 0 ? (
        <p>
          Nothing coming up and nothing recently overdue. The dates you set for exams, goals,
          milestones and follow-ups show here; to add study sessions,{' '}
          <a href={hrefFor('study', 'new')}>plan your study time</a>.
        </p>
      ) : (
        <>
          <ul className="dash-deadlines">
            {next.map((d) => (
              <DeadlineItem key={`${d.kind}-${d.id}`} d={d} />
            ))}
          </ul>
          <p>
            <a href={hrefFor('study')}>See them on the week calendar</a>
          </p>
        </>
      )}
    </section>
  );
}
