import { recentlyDone } from '../../../../shared/domain/dashboard/recent-activity';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { useToday } from '../../app/use-today';
import { useCreditSummary } from '../../db/credit-summary';
import type { ActivityRow } from '../../db/repositories/activities';
import { activityTypeLabels } from '../credentials/messages';

const shortUnits: Record<ActivityRow['unit'], string> = {
  hours: 'h',
  ceu: 'CEU',
  'body-unit': 'credits',
};

/**
 * The latest entries of the credit log done by today, newest first (recentlyDone: planned and
 * later-dated ones are not recent activity); each opens in the log's editor, and a new one is
 * logged from here too. Saving goes back to the dashboard (editorReturn).
 */
export function RecentActivity() {
  const today = useToday();
  const data = useCreditSummary(today);
  if (!data) return null;
  const latest = recentlyDone(data.recent, today);
  return (
    <section className="card" aria-labelledby="dash-recent">
      <h2 id="dash-recent">
        <a href={hrefFor('credit-log')}>Recent activity</a>
      </h2>
      {latest.length === 0 && data.recent.length > 0 ? (
        <p>
          Nothing done recently: what you logged lately is planned, and shows in the{' '}
          <a href={hrefFor('credit-log')}>credit log</a>. Once you have done it, mark it earned
          there.
        </p>
      ) : latest.length === 0 ? (
        <p>
          Nothing logged yet.{' '}
          <a href={hrefFor('credit-log', 'new')}>Log a course, a webinar or a book</a> and see what
          it counts for.
        </p>
      ) : (
        <>
          <ul className="dash-recent">
            {latest.map((a) => (
              <li key={a.id}>
                {/* Isolated: a title in a right-to-left script keeps the date beside it. */}
                <a href={hrefFor('credit-log', a.id)}>
                  <bdi>{a.title}</bdi>
                </a>{' '}
                <span className="muted">
                  {formatDate(a.date)} · {activityTypeLabels[a.type]} · {formatNumber(a.amount)}{' '}
                  {shortUnits[a.unit]}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={hrefFor('credit-log', 'new')}>Log an activity</a>
          </p>
        </>
      )}
    </section>
  );
}
