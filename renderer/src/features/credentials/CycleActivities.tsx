import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type {
  Activity,
  ActivityExplanation,
  CycleEvaluation,
} from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { semesterCreditsText } from './amount-words';
import { reasonText } from './messages';

interface Props {
  evaluation: CycleEvaluation;
  cycles: CycleEvaluation[];
  onChooseCycle: (index: number) => void;
  held: HeldWithRule;
  activities: readonly Activity[];
  /** Extra actions for the chosen cycle (e.g. the CSV export). */
  children?: React.ReactNode;
}

const outcomeLabels: Record<ActivityExplanation['outcome'], string> = {
  counts: 'Counts',
  projected: 'Planned',
  'not-counted': 'Does not count',
  'carried-in': 'Carried over',
};

/**
 * A planned activity has earned nothing yet and counts for nothing: its figures say what it
 * would bring once done ("10 planned", "10 if done"), never a bare number beside "not counted
 * as earned".
 */
function earnedText(r: ActivityExplanation): string {
  if (!r.earned) return '—';
  const n = formatNumber(r.earned.total);
  return r.outcome === 'projected' ? `${n} planned` : n;
}

function countedText(r: ActivityExplanation): string {
  const n = r.counted ? formatNumber(r.counted.total) : '0';
  return r.outcome === 'projected' ? `${n} if done` : n;
}

/** The activities of one cycle: what counted, what did not, and why. */
export function CycleActivities({
  evaluation: ev,
  cycles,
  onChooseCycle,
  held,
  activities,
  children,
}: Props) {
  const titles = new Map(activities.map((a) => [a.id, a.title]));
  const rows = [...ev.activities].sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <section className="card" aria-labelledby="activities-title">
      <div className="page-header">
        <h2 id="activities-title">Activities in cycle {ev.cycleIndex + 1}</h2>
        {cycles.length > 1 && (
          <label className="inline-field">
            Show cycle{' '}
            <select value={ev.cycleIndex} onChange={(e) => onChooseCycle(Number(e.target.value))}>
              {cycles.map((c) => (
                <option key={c.cycleIndex} value={c.cycleIndex}>
                  {c.cycleIndex + 1}: {formatDate(c.start)} – {formatDate(c.end)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {children}
      {rows.length === 0 ? (
        // A cycle that can still take credit asks for some; one over (expired, renewed or
        // ended) only says what it holds.
        <p>
          {ev.status === 'expired' || ev.status === 'renewed' || ev.status === 'complete' ? (
            'No activities counted in this cycle.'
          ) : (
            <>
              No activities in this cycle yet.{' '}
              <a href={hrefFor('credit-log', 'new')}>Log an activity</a>
            </>
          )}
        </p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Activities and how they counted</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Activity</th>
              <th scope="col">Outcome</th>
              <th scope="col">Earned</th>
              <th scope="col">Counted</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.activityId}-${i}`} className={`outcome-${r.outcome}`}>
                <td>{formatDate(r.date)}</td>
                <td>
                  <a href={hrefFor('credit-log', r.activityId)}>
                    {titles.get(r.activityId) ?? 'Activity'}
                  </a>
                </td>
                <td>{outcomeLabels[r.outcome]}</td>
                <td>{earnedText(r)}</td>
                <td>{countedText(r)}</td>
                <td>
                  {r.reasons.length === 0 && !r.semesterCredits ? (
                    '—'
                  ) : (
                    <ul className="reasons">
                      {r.semesterCredits && (
                        // How the figure was reached (ISACA: 15 per semester credit, §4), as
                        // the activity form's preview says it; then anything that lowered it.
                        <li>{semesterCreditsText(r.semesterCredits, held.rule)}</li>
                      )}
                      {r.reasons.map((reason, j) => (
                        <li key={j}>{reasonText(reason, ev.unit, held.rule.acronym, held.rule)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
