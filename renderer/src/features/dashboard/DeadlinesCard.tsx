import { useMemo } from 'react';
import { upcomingDeadlines } from '../../../../shared/domain/dashboard/upcoming-deadlines';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { formatDate } from '../../components/format';
import { useDeadlines } from '../../db/study-hooks';
import { inDaysText } from '../credentials/messages';
import { deadlineTitle } from '../study/messages';

/**
 * "Next deadlines" on the dashboard: the nearest dated items of every kind — cycle ends, exams,
 * goals and milestones, course starts, events, follow-ups, membership renewals — with the way
 * to the calendar.
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
          Nothing dated ahead. Book an exam, give a goal a target date or{' '}
          <a href={hrefFor('study', 'new')}>plan your study time</a> to see what is due here.
        </p>
      ) : (
        <>
          <ul className="dash-deadlines">
            {next.map((d) => (
              <li key={`${d.kind}-${d.id}`}>
                <strong>{deadlineTitle(d)}</strong> —{' '}
                {/* A renew-by title names its date already. */}
                {d.renewBy ? '' : `${formatDate(d.date)}, `}
                {inDaysText(d.daysLeft)}
              </li>
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
