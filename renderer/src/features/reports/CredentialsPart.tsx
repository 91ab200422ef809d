/**
 * The report's Credentials section: each credential's cycle as its page says it — counted
 * against the total, Giving Back against its cap, hours a cap held back, carry-over, what is
 * still needed — or, without a running cycle, its exam date and application.
 */
import {
  type CredentialCycleSummary,
  type CredentialReportRow,
} from '../../../../shared/domain/report';
import { formatDate, formatNumber, plural } from '../../components/format';
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
import { CycleNeeds } from './CycleNeeds';
import { BarChart } from './ReportCharts';
import { noRenewByReportText } from '../credentials/no-renew-by-words';
import { ReportSection } from './ReportSection';

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
            {cy.daysLeft > 0 && `, ${plural(cy.daysLeft, 'day', 'days')} left`}.
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
