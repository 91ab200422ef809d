/**
 * The words of deadlines in an exported calendar (calendar-export.ts): event titles and alarm
 * texts. Kept apart from messages.ts, which the app's start-up reads: only the study screen's
 * calendar export says them.
 */
import type { Deadline, YearlyMinimumDue } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { amount } from '../credentials/amount-words';
import { deadlineTitle, ofThem, reminderText } from './messages';
import { daysLeftText } from './time-words';

/** "2026" for a calendar year (ISACA), "the year from 20 Jan 2026" for a CPD year (PeopleCert). */
function yearText(p: YearlyMinimumDue['period']): string {
  const calendarYear = p.start.slice(0, 4) === p.end.slice(0, 4) && p.end.endsWith('-12-31');
  return calendarYear ? p.end.slice(0, 4) : `the year from ${formatDate(p.start)}`;
}

/**
 * A yearly minimum as a calendar event says it (calendarTitle): the year's whole minimum, its
 * category minimums included, not what is missing on the day of the export, which a calendar
 * would keep showing after more was logged. "PRINCE2 Practitioner: 20 CPDs, 5 of them
 * Professional experience, due for the year from 20 Jan 2026", "CISA: 20 CPEs due for 2026".
 */
function yearlyCalendarTitle(d: Deadline, y: YearlyMinimumDue): string {
  const what = y.minimum === null ? 'the yearly minimum' : amount(y.minimum, y.unit);
  const within = ofThem(y.categoryMinimums.map((c) => ({ ...c, n: c.minimum })));
  return `${d.title}: ${what}${within} due for ${yearText(y.period)}`;
}

/**
 * A deadline's title in an exported calendar: as in the app (deadlineTitle), but a yearly
 * minimum names the year's minimum, which stays true while the event sits in the calendar.
 */
export function calendarTitle(d: Deadline): string {
  return d.kind === 'yearly-minimum' && d.yearly
    ? yearlyCalendarTitle(d, d.yearly)
    : deadlineTitle(d);
}

/**
 * The text of a calendar alarm `daysBefore` a deadline: the reminder of that day ("PMP cycle
 * ends — in 14 days (20 Jan 2028)", "PMP exam — tomorrow (25 Jan 2027)"); a yearly minimum says
 * its minimum and where to see what is still missing, which the export cannot know ahead.
 * `daysBefore` is the day the alarm rings (alarmDaysFor never sets one before the export's day),
 * so the count is true when it rings.
 */
export function alarmText(d: Deadline, daysBefore: number): string {
  if (d.kind === 'yearly-minimum' && d.yearly)
    return `${yearlyCalendarTitle(d, d.yearly)}, by ${formatDate(d.date)} (${daysLeftText(daysBefore)}). Log what you earn in Ascent; its Credentials screen shows what is still missing.`;
  return reminderText(d, daysBefore);
}
