import type { ExamEligibility } from '../../../../shared/domain/eligibility';
import {
  eligibilityLayout,
  missingFor,
  type CredentialCycleSummary,
  type CredentialReportRow,
  type GoalLine,
  type SummarySection,
} from '../../../../shared/domain/report';
import { formatDate, formatNumber } from '../../components/format';
import {
  amount,
  areaLabels,
  credentialStatusLabels,
  cycleStatusWords,
  reasonText,
  renewByExamReportText,
  unitWord,
} from '../credentials/messages';
import { applicationStatusText } from '../credentials/application-words';
import { carryOverText, examDateText, givingBackText } from '../credentials/counted-words';
import { goalAmountText, goalMeasureText } from '../goals/goal-progress-words';
import { statusLabels } from '../goals/messages';
import { credentialNamer } from '../ladder/credential-names';
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
  notJudgedGroupsSentence,
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

/**
 * What the credential's page says of a credential without a running cycle: its exam date and
 * its application's eligibility while not earned yet (as its card), else why there is no cycle.
 */
function NoCycleText({ c }: { c: CredentialReportRow }) {
  const exam = examDateText(c.status, c.examDate);
  const application = c.application && applicationStatusText(c.application);
  if (exam || application)
    return (
      <>
        {exam && (
          <p>
            {exam}
            {c.examPassed && ' That day has passed; the record does not yet say it was passed.'}
          </p>
        )}
        {application && <p>{application}</p>}
      </>
    );
  return (
    <p>
      {c.noRenewByBefore
        ? noRenewByReportText(c.acronym, c.noRenewByBefore)
        : 'No cycle is running for this credential.'}
    </p>
  );
}

/**
 * The figures of the credential's page that tell its count from the hours logged: Giving Back
 * against its cap (when any was logged), the hours each cap kept from counting, and what would
 * carry over to the next cycle (domain-facts §1), in the page's words.
 */
function CapsAndCarryOver({ c, cy }: { c: CredentialReportRow; cy: CredentialCycleSummary }) {
  const lines = [
    ...(cy.givingBackMax !== null && cy.givingBackEarned > 0
      ? [givingBackText(cy.givingBack, cy.givingBackMax, c.unit)]
      : []),
    // The report speaks of the person, not to them: a role's pro-rating is in the limit itself.
    ...cy.capped.map((r) =>
      reasonText(
        r.code === 'PRACTITIONER_CAP' ? { ...r, roleDays: undefined } : r,
        c.unit,
        undefined,
        c,
      ),
    ),
    ...(cy.carryOut !== null ? [carryOverText(cy.carryOut, c.unit)] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="report-caps" aria-label={`${c.acronym}: caps and carry-over`}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

function CredentialBlock({ c }: { c: CredentialReportRow }) {
  const cy = c.cycle;
  return (
    <div className="report-block">
      <h4>
        {c.acronym === c.name ? c.name : `${c.acronym} — ${c.name}`}:{' '}
        {credentialStatusLabels[c.status]}
      </h4>
      {!cy && <NoCycleText c={c} />}
      {cy && cy.status === 'expired' && (
        // Nothing can be earned for a cycle that has expired (domain-facts §1): no shortfall,
        // no days left, no chart; only what it counted, if anything.
        <p>
          Cycle {cy.cycleIndex + 1}, {formatDate(cy.start)} to {formatDate(cy.end)}, not renewed.
          {cy.expiredOn && ` Expired on ${formatDate(cy.expiredOn)}.`}
          {cy.counted > 0 && ` Counted ${amount(cy.counted, c.unit)} in that cycle.`}
        </p>
      )}
      {cy && cy.status !== 'expired' && (
        <>
          <p>
            Cycle {cy.cycleIndex + 1}, {formatDate(cy.start)} to {formatDate(cy.end)}:{' '}
            {cy.status === 'renew-by-exam' && cy.deadline
              ? renewByExamReportText(cy.deadline)
              : cycleStatusWords(cy.status, cy.deadline, cy.behind)}
            . Counted {amount(cy.counted, c.unit)}
            {cy.required !== null && ` (${formatNumber(cy.required)} required)`}
            {cy.remaining > 0 && `, ${formatNumber(cy.remaining)} still needed`}
            {cy.daysLeft > 0 && `, ${plural(cy.daysLeft)} left`}.
          </p>
          <CapsAndCarryOver c={c} cy={cy} />
          <CycleNeeds c={c} />
          <BarChart
            unit={c.unit}
            summary={chartSummary(c, unitWord(c.unit, 0))}
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
        <p data-testid="eligibility-waiting">{notJudgedGroupsSentence(waiting.missing)}</p>
      )}
      {heldElsewhere.length > 0 && (
        <p className="muted" data-testid="eligibility-held">
          {heldElsewhereText(names(heldElsewhere))}
        </p>
      )}
    </ReportSection>
  );
}

/** What a goal is measured by, as its card says it (goalMeasureText; catalogue names). */
const measure = (line: GoalLine) =>
  goalMeasureText(line.goal.target, { rungs: line.rung ? [line.rung] : [] }, credentialNamer());

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export function GoalsPart({ lines }: { lines: GoalLine[] }) {
  return (
    <ReportSection id="goals">
      {lines.length === 0 && <p>No goals recorded.</p>}
      {lines.map((line) => {
        const { goal, progress: p, milestonesDoneInPeriod } = line;
        return (
          <div className="report-block" key={goal.id}>
            <h4>
              {goal.title} ({statusLabels[goal.status]})
            </h4>
            {measure(line) && <p className="muted">{measure(line)}</p>}
            <p>
              {sentence(goalAmountText(goal, p))}
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
        );
      })}
    </ReportSection>
  );
}
