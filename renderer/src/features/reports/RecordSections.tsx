import { areas } from '../../../../shared/catalog/credentials';
import type {
  CreditLogSection,
  CreditLogTotals,
  JournalEntry,
  JournalSection,
  StudySection,
} from '../../../../shared/domain/report';
import { formatDate, formatNumber } from '../../components/format';
import { activityTypeLabels, areaLabels, claimStatusLabels } from '../credentials/messages';
import { interactionKindLabels } from '../learning/messages';
import { hoursText, journalKindLabels, plural } from './messages';
import { PlanActualChart } from './ReportCharts';
import { ReportSection } from './ReportSection';

export function StudyPart({ s }: { s: StudySection }) {
  const title = (t: string, planId: string | null) =>
    planId === null ? 'Study without a plan' : t || 'Untitled plan';
  return (
    <ReportSection id="study">
      {s.lines.length === 0 ? (
        <p>No study planned or logged in this period.</p>
      ) : (
        // One block, so the summary and its chart print on the same page as the heading.
        <div className="report-block">
          <p>
            Planned {hoursText(s.totals.plannedMinutes)}, studied{' '}
            {hoursText(s.totals.actualMinutes)} in{' '}
            {plural(s.totals.sessions, 'session', 'sessions')}.
          </p>
          <PlanActualChart
            summary={`Study planned against done: ${s.lines
              .map(
                (l) =>
                  `${title(l.title, l.planId)} planned ${hoursText(l.plannedMinutes)}, done ${hoursText(l.actualMinutes)}`,
              )
              .join('; ')}.`}
            rows={s.lines.map((l) => ({
              label: title(l.title, l.planId),
              planned: l.plannedMinutes,
              actual: l.actualMinutes,
            }))}
          />
        </div>
      )}
    </ReportSection>
  );
}

/** "Course", "Event"…; an interaction says which kind it was ("Mentoring I gave"). */
const kindText = (e: JournalEntry) =>
  e.interactionKind ? interactionKindLabels[e.interactionKind] : journalKindLabels[e.kind];

export function JournalPart({ j }: { j: JournalSection }) {
  return (
    <ReportSection id="journal">
      <p>
        In this period: {plural(j.counts.course, 'course', 'courses')},{' '}
        {plural(j.counts.event, 'event', 'events')},{' '}
        {plural(j.counts.media, 'reading or media entry', 'reading or media entries')},{' '}
        {plural(j.counts.interaction, 'network interaction', 'network interactions')};{' '}
        {plural(j.reflections, 'reflection', 'reflections')}.
      </p>
      {j.highlights.map((e) => (
        <div className="report-block" key={`${e.kind}-${e.id}`}>
          <h4>
            {e.title || 'Untitled'} ({kindText(e)}, {formatDate(e.date)})
          </h4>
          {e.notes && <p>{e.notes}</p>}
          {e.reflection && (
            <blockquote aria-label={`Reflection on ${e.title || 'Untitled'}`}>
              {e.reflection.learned && (
                <p>
                  <span className="report-label">What I learned:</span> {e.reflection.learned}
                </p>
              )}
              {e.reflection.apply && (
                <p>
                  <span className="report-label">How I will use it:</span> {e.reflection.apply}
                </p>
              )}
            </blockquote>
          )}
        </div>
      ))}
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

export function CreditLogPart({ log }: { log: CreditLogSection }) {
  const t = log.totals;
  return (
    <ReportSection id="credit-log">
      <p className="report-totals" data-testid="credit-log-totals">
        {plural(t.activities, 'activity', 'activities')}. Earned: {formatNumber(t.earnedHours)}{' '}
        hours. Planned: {formatNumber(t.plannedHours)} hours. Evidence files: {t.evidenceFiles}.
      </p>
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
              <td>
                {r.title}
                {r.provider && <span className="muted"> · {r.provider}</span>}
              </td>
              <td>{activityTypeLabels[r.type]}</td>
              <td>{claimStatusLabels[r.status]}</td>
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
    </ReportSection>
  );
}
