import type { PlanResult } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { minutesText, weekdayNames } from './messages';

/** Whether the plan fits, and what would make it fit (issue 7 part 1). */
export function PlanPreview({ result }: { result: PlanResult | null }) {
  if (!result) return <p className="muted">Fill in the plan to see whether it fits.</p>;
  const hours = `${minutesText(result.neededMinutes)} needed, ${minutesText(result.availableMinutes)} available before the exam`;
  if (result.fits)
    return (
      <p className="study-fit ok" role="status">
        The plan fits: {hours}.
      </p>
    );
  const o = result.options!;
  return (
    <div className="study-fit short" role="status">
      <p>
        <strong>The plan does not fit:</strong> {hours}. You are{' '}
        {minutesText(result.shortfallMinutes)} short. Any one of these would make it fit:
      </p>
      <ul>
        {o.startBy && <li>Start on or before {formatDate(o.startBy)}.</li>}
        {o.moreTime.slice(0, 3).map((m) => (
          <li key={m.weekday}>
            Study {minutesText(m.extraMinutesPerDay)} more every {weekdayNames[m.weekday]}.
          </li>
        ))}
        {o.moveDeadlineTo && <li>Move the exam to {formatDate(o.moveDeadlineTo)} or later.</li>}
        {!o.startBy && o.moreTime.length === 0 && !o.moveDeadlineTo && (
          <li>Add study hours to your week in the availability fields.</li>
        )}
      </ul>
    </div>
  );
}
