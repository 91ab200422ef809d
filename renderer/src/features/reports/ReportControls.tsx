import {
  reportSections,
  type PeriodChoice,
  type ReportSectionId,
} from '../../../../shared/domain/report';
import { reportPageSizes, type ReportPageSize } from '../../../../shared/ipc/contract';
import { pageSizeLabels, sectionLabels } from './messages';

export interface ReportOptions {
  sections: ReadonlySet<ReportSectionId>;
  period: PeriodChoice;
  pageSize: ReportPageSize;
}

interface Props {
  options: ReportOptions;
  onChange: (next: ReportOptions) => void;
  /** Credentials with a cycle running today, for "current credential cycle". */
  cycles: { heldId: string; label: string }[];
}

/** Which sections, which period, which paper. */
export function ReportControls({ options, onChange, cycles }: Props) {
  const { sections, period, pageSize } = options;
  const toggle = (id: ReportSectionId, on: boolean) => {
    const next = new Set(sections);
    if (on) next.add(id);
    else next.delete(id);
    onChange({ ...options, sections: next });
  };
  const setPeriod = (p: PeriodChoice) => onChange({ ...options, period: p });
  const custom = period.kind === 'custom' ? period : { from: '', to: '' };
  return (
    <div className="report-controls card">
      <fieldset>
        <legend>Sections</legend>
        <div className="choices">
          {reportSections.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={sections.has(id)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              {sectionLabels[id]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Period</legend>
        <div className="choices">
          <label>
            <input
              type="radio"
              name="report-period"
              checked={period.kind === 'cycle'}
              onChange={() => setPeriod({ kind: 'cycle', heldId: cycles[0]?.heldId ?? null })}
            />
            Current credential cycle
          </label>
          <label>
            <input
              type="radio"
              name="report-period"
              checked={period.kind === 'last-12-months'}
              onChange={() => setPeriod({ kind: 'last-12-months' })}
            />
            Last 12 months
          </label>
          <label>
            <input
              type="radio"
              name="report-period"
              checked={period.kind === 'custom'}
              onChange={() => setPeriod({ kind: 'custom', from: '', to: '' })}
            />
            Your own dates
          </label>
        </div>
        {period.kind === 'cycle' && cycles.length > 1 && (
          <label>
            Credential
            <select
              value={period.heldId ?? ''}
              onChange={(e) => setPeriod({ kind: 'cycle', heldId: e.target.value })}
            >
              {cycles.map((c) => (
                <option key={c.heldId} value={c.heldId}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {period.kind === 'custom' && (
          <div className="dates">
            <label>
              From
              <input
                type="date"
                value={custom.from}
                onChange={(e) => setPeriod({ kind: 'custom', from: e.target.value, to: custom.to })}
              />
            </label>
            <label>
              To
              <input
                type="date"
                value={custom.to}
                onChange={(e) =>
                  setPeriod({ kind: 'custom', from: custom.from, to: e.target.value })
                }
              />
            </label>
          </div>
        )}
      </fieldset>
      <label>
        Paper size
        <select
          value={pageSize}
          onChange={(e) => onChange({ ...options, pageSize: e.target.value as ReportPageSize })}
        >
          {reportPageSizes.map((s) => (
            <option key={s} value={s}>
              {pageSizeLabels[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
