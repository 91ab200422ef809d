import type { ReactNode } from 'react';
import type { ReportSectionId } from '../../../../shared/domain/report';
import { sectionLabels } from './messages';

/** One section of the printed report, titled and labelled for assistive technology. */
export function ReportSection({ id, children }: { id: ReportSectionId; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`report-${id}`}>
      <h3 id={`report-${id}`}>{sectionLabels[id]}</h3>
      {children}
    </section>
  );
}
