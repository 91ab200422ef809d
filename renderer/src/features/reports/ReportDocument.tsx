import { creditLogDays, type ReportModel } from '../../../../shared/domain/report';
import type { ReportPageSize } from '../../../../shared/ipc/contract';
import { formatDate } from '../../components/format';
import { CareerParts } from './CareerParts';
import type { OwnCredential } from '../ladder/credential-names';
import { asOnReportDateText, cycleName } from './messages';
import { CreditLogPart, JournalPart, StudyPart } from './RecordSections';
import { ReportDateNotes } from './ReportSection';

const periodWords = {
  cycle: 'Current credential cycle',
  'last-12-months': 'Last 12 months',
  custom: 'Chosen dates',
} as const;

/**
 * The period in words: "Last 12 months, 23 Nov 2025 to 22 Nov 2026"; a cycle names its
 * credential and number ("Current credential cycle: PMP cycle 2, 22 Sept 2025 to …"), as the
 * reader of the paper did not see which one was chosen.
 */
function periodText(model: ReportModel): string {
  const p = model.period;
  const days = `${formatDate(p.from)} to ${formatDate(p.to)}`;
  if (p.kind !== 'cycle') return `${periodWords[p.kind]}, ${days}`;
  const row = model.credentials?.find((c) => c.heldId === p.heldId);
  const cycle =
    p.cycle ?? (row?.cycle ? { acronym: row.acronym, index: row.cycle.cycleIndex } : null);
  return cycle
    ? `${periodWords.cycle}: ${cycleName(cycle)}, ${days}`
    : `${periodWords.cycle}, ${days}`;
}

/**
 * Said first, on screen and on paper, when the report is made in sample-data mode: the app's
 * own sample banner stays off paper, and a printed page travels without the app around it.
 * Like the rest of the report it speaks of the person, not to them: it may be read by someone
 * else.
 */
function SampleNotice() {
  return (
    <p id="report-sample-notice" className="report-sample-notice">
      <strong>Sample data, not a real person’s records.</strong> This report is made from the
      invented records that come with Ascent for trying it out; none of it describes a real person
      or career.
    </p>
  );
}

/** The line under each section judged on the report date, when the period ended before it. */
function reportDateNotes(model: ReportModel) {
  const line = asOnReportDateText(model.asOf, model.period.kind);
  return Object.fromEntries(model.judgedOnReportDate.map((id) => [id, line]));
}

/**
 * The printed document: the user's name, the report date and period at the top, then each
 * chosen section. Its paper size is a named @page (reports.css), so the page sets A4 or
 * Letter itself, in the browser's print and in the desktop's PDF alike. Made from sample
 * data, it says so above everything else and in every page's footer. When the period ends
 * before the report date, each section judged on the report date says so under its title.
 */
export function ReportDocument({
  model,
  pageSize,
  sample,
  busy = false,
  own,
}: {
  model: ReportModel;
  pageSize: ReportPageSize;
  /** The app is in sample-data mode: nothing in the model is the user's own. */
  sample: boolean;
  /** Being brought up to date with newer choices (shown as it was until then). */
  busy?: boolean;
  /** The user's own credential definitions, to name them as the screens do. */
  own?: readonly OwnCredential[] | undefined;
}) {
  return (
    <article
      className="report"
      data-page-size={pageSize.toLowerCase()}
      data-sample={sample ? 'true' : undefined}
      aria-busy={busy || undefined}
      aria-labelledby="report-title"
      aria-describedby={sample ? 'report-sample-notice' : undefined}
    >
      <header className="report-header">
        {sample && <SampleNotice />}
        <h2 id="report-title" className="report-title">
          Progress report{model.name ? `: ${model.name}` : ''}
        </h2>
        <p>
          {periodText(model)}. Report date {formatDate(model.asOf)}.
        </p>
      </header>
      <ReportDateNotes.Provider value={reportDateNotes(model)}>
        <CareerParts model={model} own={own} />
        {model.study && <StudyPart s={model.study} asOf={model.asOf} periodTo={model.period.to} />}
        {model.journal && (
          <JournalPart j={model.journal} asOf={model.asOf} periodTo={model.period.to} />
        )}
        {model.creditLog && (
          <CreditLogPart log={model.creditLog} days={creditLogDays(model.period)} />
        )}
      </ReportDateNotes.Provider>
    </article>
  );
}
