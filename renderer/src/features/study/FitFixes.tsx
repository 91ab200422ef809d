import type { LocalDate } from '../../../../shared/dates';
import type { PlanOptions } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { deadlineWords, minutesText, weekdayNames, type PlanDeadlineKind } from './messages';

/**
 * The fixes worth a line each: a start (today or later), three weekdays, fewer free days before
 * the deadline, a later deadline.
 */
function fixLines(
  o: PlanOptions,
  today: LocalDate,
  kind: PlanDeadlineKind,
): { key: string; text: string }[] {
  const lines: { key: string; text: string }[] = [];
  if (o.startBy)
    lines.push({
      key: 'start',
      text:
        o.startBy === today
          ? `Start today (${formatDate(today)}).`
          : `Start on or before ${formatDate(o.startBy)}.`,
    });
  for (const m of o.moreTime.slice(0, 3))
    lines.push({
      key: m.weekday,
      text:
        m.currentMinutes > 0
          ? `Study ${minutesText(m.extraMinutesPerDay)} more every ${weekdayNames[m.weekday]}.`
          : `Study ${minutesText(m.extraMinutesPerDay)} every ${weekdayNames[m.weekday]} too (no study is set for that day now).`,
    });
  if (o.fewerFreeDays)
    lines.push({
      key: 'free-days',
      text: `Keep ${freeDaysText(o.fewerFreeDays.keep)} before ${deadlineWords[kind].the} instead of ${o.fewerFreeDays.now}.`,
    });
  if (o.moveDeadlineTo)
    lines.push({
      key: 'deadline',
      text: `Move ${deadlineWords[kind].the} to ${formatDate(o.moveDeadlineTo)} or later.`,
    });
  return lines;
}

/** "no free days", "1 free day", "2 free days". */
const freeDaysText = (n: number) =>
  n === 0 ? 'no free days' : n === 1 ? '1 free day' : `${n} free days`;

/** What the person can change when no single fix is enough. */
export const noSingleFixText = (kind: PlanDeadlineKind) =>
  `No single change makes it fit. To make room, add study hours on several weekdays, take out days with no study or free days before ${deadlineWords[kind].the}, choose ${deadlineWords[kind].aLater}, or lower the hours of study needed.`;

/**
 * What would make hours that do not fit fit (issue 7 part 1), as the planner found them;
 * `lead` introduces the list ("Any one of these would make it fit:").
 */
export function FitFixes({
  options,
  today,
  kind,
  lead,
}: {
  options: PlanOptions | null;
  today: LocalDate;
  kind: PlanDeadlineKind;
  lead: string;
}) {
  const lines = options ? fixLines(options, today, kind) : [];
  if (lines.length === 0) return <p>{noSingleFixText(kind)}</p>;
  return (
    <>
      <p>{lead}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
    </>
  );
}

/** Whether the planner found any fix worth a line (else the text says there is none). */
export function hasFix(options: PlanOptions | null, today: LocalDate): boolean {
  // How many lines there are does not depend on what the deadline is called.
  return !!options && fixLines(options, today, 'exam').length > 0;
}
