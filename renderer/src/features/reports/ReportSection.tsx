import { createContext, useContext, type ReactNode } from 'react';
import type { ReportSectionId } from '../../../../shared/domain/report';
import { sectionLabels } from './messages';

/**
 * The line a section judged on the report date carries under its title when the period ends
 * before that date (buildReport's judgedOnReportDate), by section. Given once by the report
 * document, so every section's own component stays unaware of it.
 */
export const ReportDateNotes = createContext<Partial<Record<ReportSectionId, string>>>({});

/** One section of the printed report, titled and labelled for assistive technology. */
export function ReportSection({ id, children }: { id: ReportSectionId; children: ReactNode }) {
  const note = useContext(ReportDateNotes)[id];
  return (
    <section className="report-section" aria-labelledby={`report-${id}`}>
      <h3 id={`report-${id}`}>{sectionLabels[id]}</h3>
      {note && (
        <p className="report-date-note" data-testid={`report-date-note-${id}`}>
          {note}
        </p>
      )}
      {children}
    </section>
  );
}
