import type { ReportModel } from '../../../../shared/domain/report';
import type { ReportPageSize } from '../../../../shared/ipc/contract';
import { formatDate } from '../../components/format';
import { CareerParts } from './CareerParts';
import { CreditLogPart, JournalPart, StudyPart } from './RecordSections';

const periodWords = {
  cycle: 'Current credential cycle',
  'last-12-months': 'Last 12 months',
  custom: 'Chosen dates',
} as const;

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

/**
 * The printed document: the user's name, the report date and period at the top, then each
 * chosen section. Its paper size is a named @page (reports.css), so the page sets A4 or
 * Letter itself, in the browser's print and in the desktop's PDF alike. Made from sample
 * data, it says so above everything else and in every page's footer.
 */
export function ReportDocument({
  model,
  pageSize,
  sample,
  busy = false,
}: {
  model: ReportModel;
  pageSize: ReportPageSize;
  /** The app is in sample-data mode: nothing in the model is the user's own. */
  sample: boolean;
  /** Being brought up to date with newer choices (shown as it was until then). */
  busy?: boolean;
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
          {periodWords[model.period.kind]}, {formatDate(model.period.from)} to{' '}
          {formatDate(model.period.to)}. Report date {formatDate(model.asOf)}.
        </p>
      </header>
      <CareerParts model={model} />
      {model.study && <StudyPart s={model.study} />}
      {model.journal && <JournalPart j={model.journal} />}
      {model.creditLog && <CreditLogPart log={model.creditLog} />}
    </article>
  );
}
