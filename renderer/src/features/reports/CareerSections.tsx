import type { ExamEligibility } from '../../../../shared/domain/eligibility';
import {
  eligibilityLayout,
  missingFor,
  type CredentialReportRow,
  type GoalLine,
  type SummarySection,
} from '../../../../shared/domain/report';
import { formatDate, formatNumber } from '../../components/format';
import {
  areaLabels,
  credentialStatusLabels,
  cycleStatusWords,
  renewByExamReportText,
} from '../credentials/messages';
import { statusLabels } from '../goals/messages';
import { pathLabels } from '../ladder/eligibility-messages';
import { mustRetake } from '../../../../shared/domain/eligibility';
import { examAcronym } from '../ladder/exam-name';
import {
  readinessCountWords,
  readinessNote,
  readinessPercentWords,
  REPORT_NOTHING_TO_DO,
  REPORT_UNMEASURED,
} from '../ladder/readiness-words';
import { NextActions } from '../ladder/NextActions';
import { CycleNeeds } from './CycleNeeds';
import { BarChart } from './ReportCharts';
import { noRenewByReportText } from '../credentials/no-renew-by-words';
import {
  heldElsewhereText,
  notJudgedSentence,
  reportActionWords,
  reportExamLabel,
  reportExamSentence,
} from './report-words';
import { ReportSection } from './ReportSection';

export function SummaryPart({ s }: { s: SummarySection }) {
  return (
    <ReportSection id="summary">
      <p>
        Current rung: <strong>{s.currentRung?.name ?? 'not set'}</strong>. Target rung:{' '}
        <strong>{s.targetRung?.name ?? 'not set'}</strong>.
      </p>
      {s.readiness && s.readiness.score === null && (
        <p>
          Readiness for {s.targetRung?.name}: {REPORT_UNMEASURED}.
        </p>
      )}
      {s.readiness && s.readiness.score !== null && (
        <>
          <p>
            Readiness for {s.targetRung?.name}:{' '}
            <strong>{readinessPercentWords(s.readiness.score)}</strong> ·{' '}
            {readinessCountWords(s.readiness)}.
          </p>
          <p className="muted">{readinessNote}</p>
        </>
      )}
      <h4>Next actions</h4>
      <NextActions
        actions={s.actions}
        label="Next actions"
        words={reportActionWords}
        none={s.readiness?.score === null ? REPORT_NOTHING_TO_DO : undefined}
      />
    </ReportSection>
  );
}

function CredentialBlock({ c }: { c: CredentialReportRow }) {
  const cy = c.cycle;
  const unit = c.unit === 'hours' || c.unit === 'none' ? 'h' : `${c.unit}s`;
  return (
    <div className="report-block">
      <h4>
        {c.acronym === c.name ? c.name : `${c.acronym} — ${c.name}`}:{' '}
        {credentialStatusLabels[c.status]}
      </h4>
      {!cy && (
        <p>
          {c.noRenewByBefore
            ? noRenewByReportText(c.acronym, c.noRenewByBefore)
            : 'No cycle is running for this credential.'}
        </p>
      )}
      {cy && cy.status === 'expired' && (
        // Nothing can be earned for a cycle that has expired (domain-facts §1): no shortfall,
        // no days left, no chart; only what it counted, if anything.
        <p>
          Cycle {cy.cycleIndex + 1}, {formatDate(cy.start)} to {formatDate(cy.end)}, not renewed.
          {cy.expiredOn && ` Expired on ${formatDate(cy.expiredOn)}.`}
          {cy.counted > 0 && ` Counted ${formatNumber(cy.counted)} ${unit} in that cycle.`}
        </p>
      )}
      {cy && cy.status !== 'expired' && (
        <>
          <p>
            Cycle {cy.cycleIndex + 1}, {formatDate(cy.start)} to {formatDate(cy.end)}:{' '}
            {cy.status === 'renew-by-exam' && cy.deadline
              ? renewByExamReportText(cy.deadline)
              : cycleStatusWords(cy.status, cy.deadline, cy.behind)}
            . Counted {formatNumber(cy.counted)} {unit}
            {cy.required !== null && ` (${formatNumber(cy.required)} required)`}
            {cy.remaining > 0 && `, ${formatNumber(cy.remaining)} still needed`}
            {cy.daysLeft > 0 && `, ${plural(cy.daysLeft)} left`}.
          </p>
          <CycleNeeds c={c} />
          <BarChart
            unit={unit}
            summary={chartSummary(c, unit)}
            bars={[
              { label: 'Total', value: cy.counted, mark: cy.required },
              ...cy.areas.map((a) => ({
                label: areaLabels[a.area],
                value: a.counted,
                mark: a.minimum,
              })),
            ]}
          />
        </>
      )}
    </div>
  );
}

const plural = (days: number) => `${formatNumber(days)} ${days === 1 ? 'day' : 'days'}`;

function chartSummary(c: CredentialReportRow, unit: string): string {
  const cy = c.cycle!;
  const parts = [
    `total ${formatNumber(cy.counted)}${cy.required === null ? '' : ` of ${formatNumber(cy.required)}`}`,
    ...cy.areas.map(
      (a) =>
        `${areaLabels[a.area]} ${formatNumber(a.counted)}${a.minimum === null ? '' : ` of ${formatNumber(a.minimum)}`}`,
    ),
  ];
  return `${c.acronym} ${unit} counted this cycle: ${parts.join(', ')}.`;
}

export function CredentialsPart({ rows }: { rows: CredentialReportRow[] }) {
  return (
    <ReportSection id="credentials">
      {rows.length === 0 && <p>No credentials recorded.</p>}
      {rows.map((c) => (
        <CredentialBlock key={c.heldId} c={c} />
      ))}
    </ReportSection>
  );
}

/**
 * Exam eligibility for the reader of the printed report (eligibilityLayout): a row for each
 * verdict worth reading, one line for the exams that wait for information (what is not
 * recorded), and the exams left out because the Credentials section shows them held.
 * `shownHeldIds`: the held credentials that section lists (none when it is left out).
 */
export function EligibilityPart({
  exams,
  shownHeldIds = new Set(),
}: {
  exams: ExamEligibility[];
  shownHeldIds?: ReadonlySet<string>;
}) {
  const { rows, waiting, heldElsewhere } = eligibilityLayout(exams, shownHeldIds);
  const names = (ids: readonly string[]) => ids.map(examAcronym);
  const nothing = rows.length === 0 && !waiting && heldElsewhere.length === 0;
  return (
    <ReportSection id="eligibility">
      {nothing && <p>No exams to show.</p>}
      {rows.length > 0 && (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">Exam</th>
              <th scope="col">Verdict</th>
              <th scope="col">Path</th>
              <th scope="col">In words</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => {
              // An exam the person holds (and need not retake) has no verdict or path to show.
              const holds = e.held !== undefined && !mustRetake(e.held);
              const acronym = examAcronym(e.examId);
              return (
                <tr key={e.examId}>
                  <th scope="row">{acronym}</th>
                  <td>{reportExamLabel(e)}</td>
                  <td>{holds ? '—' : pathLabels[e.path.pathId]}</td>
                  <td>{reportExamSentence(e, acronym, missingFor(e))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {waiting && (
        <p data-testid="eligibility-waiting">
          {notJudgedSentence(waiting.missing, names(waiting.examIds))}
        </p>
      )}
      {heldElsewhere.length > 0 && (
        <p className="muted" data-testid="eligibility-held">
          {heldElsewhereText(names(heldElsewhere))}
        </p>
      )}
    </ReportSection>
  );
}

export function GoalsPart({ lines }: { lines: GoalLine[] }) {
  return (
    <ReportSection id="goals">
      {lines.length === 0 && <p>No goals recorded.</p>}
      {lines.map(({ goal, progress: p, milestonesDoneInPeriod }) => (
        <div className="report-block" key={goal.id}>
          <h4>
            {goal.title} ({statusLabels[goal.status]})
          </h4>
          <p>
            {p.problem === 'NOT_STARTED'
              ? `Starts on ${formatDate(goal.startDate)}: progress is measured from that day.`
              : p.have === null || p.need === null
                ? 'Progress cannot be measured yet.'
                : `${formatNumber(p.have)} of ${formatNumber(p.need)} (${p.percent}%).`}
            {goal.targetDate && ` Target date ${formatDate(goal.targetDate)}.`}
            {p.overdue && ' Past its target date.'}
          </p>
          {goal.milestones.length > 0 && (
            <ul aria-label={`Milestones of ${goal.title}`}>
              {goal.milestones.map((m) => (
                <li key={m.id}>
                  {m.title}: due {formatDate(m.due)},{' '}
                  {m.doneOn ? `done ${formatDate(m.doneOn)}` : 'not done'}.
                </li>
              ))}
            </ul>
          )}
          {milestonesDoneInPeriod > 0 && (
            <p className="muted">Milestones done in this period: {milestonesDoneInPeriod}.</p>
          )}
        </div>
      ))}
    </ReportSection>
  );
}
