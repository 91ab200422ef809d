import { areas } from '../../../../shared/catalog/credentials';
import {
  runsPastReportDate,
  type CreditLogSection,
  type CreditLogTotals,
  type StudyPlanLine,
  type StudySection,
} from '../../../../shared/domain/report';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, formatNumber, listText } from '../../components/format';
import { hoursText as creditHoursText } from '../credentials/amount-words';
import { activityTypeLabels, areaLabels, claimStatusLabels } from '../credentials/messages';
import {
  creditLogDaysText,
  hoursText,
  noActivitiesInDaysText,
  plural,
  SEMESTER_CREDITS_NOTE,
  semesterCreditsNote,
} from './messages';
import { PlanActualChart } from './ReportCharts';
import { ReportSection } from './ReportSection';

export { JournalPart } from './JournalPart';

const planTitle = (l: StudyPlanLine) =>
  l.planId === null ? 'Study without a plan' : l.title || 'Untitled plan';

/**
 * Planned against studied, both up to the report date (sessions can only be in the past):
 * "Planned 21 h 15 min, studied 20 h in 30 sessions."; for a period that runs past the report
 * date, "Up to the report date, 22 Nov 2026: planned …".
 */
function studySummary(s: StudySection, asOf: LocalDate, periodTo: LocalDate): string {
  const t = s.totals;
  const ahead = runsPastReportDate(periodTo, asOf);
  if (t.plannedMinutes === 0 && t.actualMinutes === 0)
    return `No study was planned or logged up to the report date, ${formatDate(asOf)}.`;
  const studied =
    t.sessions === 0
      ? 'no study logged'
      : `studied ${hoursText(t.actualMinutes)} in ${plural(t.sessions, 'session', 'sessions')}`;
  const planned = `planned ${hoursText(t.plannedMinutes)}, ${studied}.`;
  return ahead
    ? `Up to the report date, ${formatDate(asOf)}: ${planned}`
    : `${planned[0]!.toUpperCase()}${planned.slice(1)}`;
}

/**
 * "A further 58 h 45 min is planned from 7 Dec 2026 to 2 Apr 2027 for PMI-PMOCP exam
 * preparation.": from the report date (when it holds a block, which can still be studied that
 * day, as the Study screen counts it) or the day after, to the last planned block, not to the
 * period's end (a credential cycle runs years past a plan).
 */
function laterText(s: StudySection): string | null {
  if (!s.later) return null;
  const plans = s.lines.filter((l) => l.laterMinutes > 0);
  const what =
    plans.length === 1
      ? ` for ${planTitle(plans[0]!)}`
      : `: ${listText(plans.map((l) => `${planTitle(l)} ${hoursText(l.laterMinutes)}`))}`;
  // The report date's own blocks alone (they can still be studied that day): "on 22 Nov 2026".
  const days =
    s.later.from === s.later.to
      ? `on ${formatDate(s.later.from)}`
      : `from ${formatDate(s.later.from)} to ${formatDate(s.later.to)}`;
  return `A further ${hoursText(s.totals.laterMinutes)} is planned ${days}${what}.`;
}

export function StudyPart({
  s,
  asOf,
  periodTo,
}: {
  s: StudySection;
  /** The report date: planned time after it is said apart, as it cannot be studied yet. */
  asOf: LocalDate;
  periodTo: LocalDate;
}) {
  // The chart compares what can be compared: plans with time up to the report date.
  const compared = s.lines.filter((l) => l.plannedMinutes > 0 || l.actualMinutes > 0);
  const upTo = periodTo > asOf ? ` up to ${formatDate(asOf)}` : '';
  const later = laterText(s);
  return (
    <ReportSection id="study">
      {s.lines.length === 0 ? (
        <p>No study planned or logged in this period.</p>
      ) : (
        // One block, so the summary and its chart print on the same page as the heading.
        <div className="report-block">
          <p data-testid="study-summary">{studySummary(s, asOf, periodTo)}</p>
          {compared.length > 0 && (
            <PlanActualChart
              summary={`Study planned against done${upTo}: ${compared
                .map(
                  (l) =>
                    `${planTitle(l)} planned ${hoursText(l.plannedMinutes)}, done ${hoursText(l.actualMinutes)}`,
                )
                .join('; ')}.${later ? ` ${later}` : ''}`}
              rows={compared.map((l) => ({
                label: planTitle(l),
                planned: l.plannedMinutes,
                actual: l.actualMinutes,
              }))}
            />
          )}
          {later && <p data-testid="study-later">{later}</p>}
        </div>
      )}
    </ReportSection>
  );
}

/**
 * Every earned hour in one of the parts, so they add up to the Earned total: the three areas,
 * Giving Back, and education logged without an area split — each only when it holds hours, so
 * a log kept for a body that asks for no split (IIBA, ISACA) does not read as missing parts.
 */
function earnedParts(t: CreditLogTotals): string {
  const parts = [
    ...areas.map((a) => [areaLabels[a], t.byArea[a]] as const),
    ['Giving Back', t.givingBack] as const,
    ['education not split by area', t.noArea] as const,
  ]
    .filter(([, hours]) => hours > 0)
    .map(([label, hours]) => `${label} ${formatNumber(hours)} h`);
  if (parts.length === 0) return '';
  const last = parts.pop()!;
  const earned = `${formatNumber(t.earnedHours)} earned ${t.earnedHours === 1 ? 'hour' : 'hours'}`;
  return parts.length === 0
    ? `Of the ${earned}: ${last}.`
    : `Of the ${earned}: ${parts.join(', ')} and ${last}.`;
}

/**
 * "205 activities, 5 of them planned": a period running past the report date lists activities
 * planned for later, which are not done; "200 activities" when none is only planned.
 */
function activitiesText(t: CreditLogTotals): string {
  const all = plural(t.activities, 'activity', 'activities');
  if (t.plannedActivities === 0) return all;
  if (t.plannedActivities === t.activities)
    return t.activities === 1 ? `${all}, planned` : `${all}, all planned`;
  return `${all}, ${formatNumber(t.plannedActivities)} of them planned`;
}

/**
 * Why the log's hours and the credential's count differ, for a report on its cycle: "68.5 hours
 * logged; PMP counts 63.5 of them after its caps — see Credentials." when its caps held back the
 * whole difference; otherwise the caps are not blamed: "10 hours logged; PMP counts 0 of them —
 * see Credentials for why." (cycleCountOf).
 */
function cycleCountText(
  t: CreditLogTotals,
  c: NonNullable<CreditLogSection['cycleCount']>,
): string {
  const counts = `${creditHoursText(t.earnedHours)} logged; ${c.acronym} counts ${formatNumber(c.counted)} of them`;
  return c.byCaps
    ? `${counts} after its caps — see Credentials.`
    : `${counts} — see Credentials for why.`;
}

/** Beside a row whose record is not valid on the report date (CreditLogRow.invalid). */
const NOT_COUNTED_NOTE = 'not counted: the record is not valid';

/**
 * "1 activity is listed but not counted: its record is not valid (for example, dated after the
 * report date yet marked as done)." Every credential counts such a record as nothing.
 */
function invalidText(n: number): string {
  const which = n === 1 ? 'activity is' : 'activities are';
  const its = n === 1 ? 'its record is' : 'their records are';
  return (
    `${formatNumber(n)} ${which} listed but not counted: ${its} not valid ` +
    '(for example, dated after the report date yet marked as done).'
  );
}

export function CreditLogPart({
  log,
  days = null,
}: {
  log: CreditLogSection;
  /** The days listed, when fewer than the period's (creditLogDays): said above the log. */
  days?: { from: LocalDate; to: LocalDate } | null;
}) {
  const t = log.totals;
  // No rows: one sentence, not zero totals over an empty table.
  if (log.rows.length === 0)
    return (
      <ReportSection id="credit-log">
        <p data-testid="credit-log-totals">
          {days ? noActivitiesInDaysText(days) : 'No activities were logged in this period.'}
        </p>
      </ReportSection>
    );
  return (
    <ReportSection id="credit-log">
      {days && <p data-testid="credit-log-days">{creditLogDaysText(days)}</p>}
      <p className="report-totals" data-testid="credit-log-totals">
        {activitiesText(t)}. Earned: {creditHoursText(t.earnedHours)}. Planned:{' '}
        {creditHoursText(t.plannedHours)}. Evidence files: {t.evidenceFiles}.
        {t.invalidActivities > 0 && ` ${invalidText(t.invalidActivities)}`}
      </p>
      {log.cycleCount && (
        <p data-testid="credit-log-cycle-count">{cycleCountText(t, log.cycleCount)}</p>
      )}
      {t.earnedHours > 0 && <p data-testid="credit-log-parts">{earnedParts(t)}</p>}
      <table className="data-table report-table">
        <caption className="visually-hidden">Every activity in the period</caption>
        <thead>
          <tr>
            <th scope="col" className="date">
              Date
            </th>
            <th scope="col">Activity</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col" className="num">
              Files
            </th>
          </tr>
        </thead>
        <tbody>
          {log.rows.map((r) => (
            <tr key={r.activityId}>
              <td className="date">{formatDate(r.date)}</td>
              <td className="activity">
                {r.title}
                {r.provider && <span className="muted"> · {r.provider}</span>}
                {r.semesterCredits !== undefined && (
                  <span className="muted"> · {semesterCreditsNote(r.semesterCredits)}</span>
                )}
              </td>
              <td>{activityTypeLabels[r.type]}</td>
              <td>
                {claimStatusLabels[r.status]}
                {r.invalid && <span className="muted"> · {NOT_COUNTED_NOTE}</span>}
              </td>
              <td className="num">{formatNumber(r.hours)}</td>
              <td className="num">{r.evidenceFiles}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total earned (planned not included)
            </th>
            <td className="num">{formatNumber(t.earnedHours)}</td>
            <td className="num">{t.evidenceFiles}</td>
          </tr>
        </tfoot>
      </table>
      {log.rows.some((r) => r.semesterCredits !== undefined) && (
        <p className="muted" data-testid="credit-log-semester-note">
          {SEMESTER_CREDITS_NOTE}
        </p>
      )}
    </ReportSection>
  );
}
