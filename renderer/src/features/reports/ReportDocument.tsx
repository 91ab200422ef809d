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
 * The printed document: the user's name, the report date and period at the top, then each
 * chosen section. Its paper size is a named @page (reports.css), so the page sets A4 or
 * Letter itself, in the browser's print and in the desktop's PDF alike.
 */
export function ReportDocument({
  model,
  pageSize,
}: {
  model: ReportModel;
  pageSize: ReportPageSize;
}) {
  return (
    <article
      className="report"
      data-page-size={pageSize.toLowerCase()}
      aria-labelledby="report-title"
    >
      <header className="report-header">
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
