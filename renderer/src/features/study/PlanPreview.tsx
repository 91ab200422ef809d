import type { LocalDate } from '../../../../shared/dates';
import type { PlanResult } from '../../../../shared/domain/study';
import { FitFixes, hasFix } from './FitFixes';
import { deadlineWords, minutesText, type PlanDeadlineKind } from './messages';

/** Whether the plan fits, and what would make it fit (issue 7 part 1). */
export function PlanPreview({
  result,
  today,
  kind,
}: {
  result: PlanResult | null;
  today: LocalDate;
  kind: PlanDeadlineKind;
}) {
  if (!result) return <p className="muted">Fill in the plan to see whether it fits.</p>;
  const hours = `${minutesText(result.neededMinutes)} needed, ${minutesText(result.availableMinutes)} available before ${deadlineWords[kind].the}`;
  if (result.fits)
    return (
      <p className="study-fit ok" role="status">
        The plan fits: {hours}.
      </p>
    );
  const fixable = hasFix(result.options, today);
  return (
    <div className="study-fit short" role="status">
      <p>
        <strong>{fixable ? 'The plan does not fit:' : 'The plan cannot fit as set:'}</strong>{' '}
        {hours}. You are {minutesText(result.shortfallMinutes)} short.
      </p>
      <FitFixes
        options={result.options}
        today={today}
        kind={kind}
        lead="Any one of these would make it fit:"
      />
    </div>
  );
}
