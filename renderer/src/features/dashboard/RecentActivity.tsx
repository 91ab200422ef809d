import { countedHours } from '../../../../shared/domain/credits';
import { recentlyDone } from '../../../../shared/domain/dashboard/recent-activity';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { useToday } from '../../app/use-today';
import { useCreditSummary } from '../../db/credit-summary';
import type { ActivityRow } from '../../db/repositories/activities';
import { hoursText } from '../credentials/amount-words';
import { activityTypeLabels } from '../credentials/messages';

/**
 * "1 hour", "20 hours (2 CEU)": the hours the credit log's Hours column shows for the activity
 * (countedHours: CEU × 10, the relevant share applied), in words; a CEU amount also as entered,
 * since its number differs. PDUs and other credits are 1 = 1 hour, as the activity form says.
 */
function recentAmountText(a: Pick<ActivityRow, 'amount' | 'unit' | 'relevantPercent'>) {
  const hours = hoursText(countedHours(a));
  return a.unit === 'ceu' ? `${hours} (${formatNumber(a.amount)} CEU)` : hours;
}

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
                  {formatDate(a.date)} · {activityTypeLabels[a.type]} · {recentAmountText(a)}
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
