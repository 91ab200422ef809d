import { useId, useState } from 'react';
import { isLocalDate, type LocalDate } from '../../../../shared/dates';
import {
  reportSections,
  type PeriodChoice,
  type PeriodProblem,
  type ReportSectionId,
} from '../../../../shared/domain/report';
import { reportPageSizes, type ReportPageSize } from '../../../../shared/ipc/contract';
import {
  BOTH_DATES_HINT,
  cycleChoiceLabels,
  cycleName,
  missingDateText,
  PAST_PERIOD_HINT,
  pageSizeLabels,
  periodProblemText,
  sectionLabels,
} from './messages';

export interface ReportOptions {
  sections: ReadonlySet<ReportSectionId>;
  period: PeriodChoice;
  pageSize: ReportPageSize;
}

/**
 * A credential with a cycle running today: its acronym, its name, and the cycle's 0-based
 * number and days (the name and days tell apart two credentials with the same acronym).
 */
export interface CycleOption {
  heldId: string;
  label: string;
  name: string;
  index: number;
  start: LocalDate;
  end: LocalDate;
}

interface Props {
  options: ReportOptions;
  onChange: (next: ReportOptions) => void;
  /** Credentials with a cycle running today, for "current credential cycle". */
  cycles: CycleOption[];
  /** Why the chosen period gives no report, if it does not. */
  problem?: PeriodProblem | null;
  /** The report date: own dates ending before it get a hint (credentials and the like are today's). */
  asOf: LocalDate;
}

type DateField = 'from' | 'to';

/** What the period's message says, whether it is an error yet, and which input it is about. */
interface PeriodMessage {
  text: string;
  error: boolean;
  /** The inputs the message describes, and those it marks invalid. */
  about: DateField[] | 'cycle';
  invalid: DateField[];
}

/**
 * Until a date of one's own range is typed, what to do is a hint, not an error; once typed,
 * the message names the date that is missing or wrong. "From after To" marks the date
 * changed last, which is the one that made the range impossible.
 */
function periodMessage(
  problem: PeriodProblem | null | undefined,
  dates: { from: string; to: string },
  last: DateField,
  /** Dates begun but not whole (a date input then holds no value: `validity.badInput`). */
  begun: Record<DateField, boolean> = { from: false, to: false },
): PeriodMessage | null {
  if (!problem) return null;
  if (problem === 'NO_CURRENT_CYCLE')
    return { text: periodProblemText[problem], error: true, about: 'cycle', invalid: [] };
  const both: DateField[] = ['from', 'to'];
  if (problem === 'FROM_AFTER_TO')
    return { text: periodProblemText[problem], error: true, about: both, invalid: [last] };
  if (dates.from === '' && dates.to === '' && !begun.from && !begun.to)
    return { text: BOTH_DATES_HINT, error: false, about: both, invalid: [] };
  const wrong = both.filter((f) => !isLocalDate(dates[f]));
  if (wrong.length !== 1)
    return { text: periodProblemText.INVALID_DATE, error: true, about: both, invalid: wrong };
  const field = wrong[0]!;
  const text = missingDateText(
    field === 'from' ? 'From' : 'To',
    dates[field] !== '' || begun[field],
  );
  return { text, error: true, about: both, invalid: wrong };
}

/**
 * Own dates that end before the report date, with nothing wrong with them: a hint that some
 * sections are judged on the report date all the same (buildReport's judgedOnReportDate).
 */
function pastPeriodMessage(dates: { to: string }, asOf: LocalDate): PeriodMessage | null {
  if (!isLocalDate(dates.to) || dates.to >= asOf) return null;
  return { text: PAST_PERIOD_HINT, error: false, about: ['from', 'to'], invalid: [] };
}

/** Which sections, which period, which paper. */
export function ReportControls({ options, onChange, cycles, problem = null, asOf }: Props) {
  const { sections, period, pageSize } = options;
  const id = useId();
  const messageId = `${id}-period-message`;
  const [lastDate, setLastDate] = useState<DateField>('to');
  // A date input with part of a date in it has no value: its validity says it was begun.
  const [begun, setBegun] = useState({ from: false, to: false });
  const noteBegun = (field: DateField, input: HTMLInputElement) =>
    setBegun((b) =>
      b[field] === input.validity.badInput ? b : { ...b, [field]: input.validity.badInput },
    );
  const toggle = (sectionId: ReportSectionId, on: boolean) => {
    const next = new Set(sections);
    if (on) next.add(sectionId);
    else next.delete(sectionId);
    onChange({ ...options, sections: next });
  };
  const setPeriod = (p: PeriodChoice) => onChange({ ...options, period: p });
  // The own dates last typed, kept while another period is shown: coming back to "Your own
  // dates" finds them as they were left (also those of a period kept from an earlier visit).
  const [ownDates, setOwnDates] = useState(() =>
    period.kind === 'custom' ? { from: period.from, to: period.to } : { from: '', to: '' },
  );
  const custom = period.kind === 'custom' ? period : ownDates;
  const setDate = (field: DateField, value: string) => {
    setLastDate(field);
    const next = { ...custom, [field]: value };
    setOwnDates({ from: next.from, to: next.to });
    setPeriod({ kind: 'custom', ...next });
  };
  const chooseOwnDates = () => {
    // The date inputs are drawn anew, with no part-typed date in them.
    setBegun({ from: false, to: false });
    setPeriod({ kind: 'custom', from: ownDates.from, to: ownDates.to });
  };
  const message =
    periodMessage(problem, custom, lastDate, begun) ??
    (period.kind === 'custom' ? pastPeriodMessage(custom, asOf) : null);
  const describes = (about: DateField | 'cycle') =>
    message && (message.about === 'cycle' ? about === 'cycle' : about !== 'cycle')
      ? messageId
      : undefined;
  const invalid = (field: DateField) => (message?.invalid.includes(field) ? true : undefined);
  // With one cycle to choose, its name stands beside the option: no list shows it otherwise.
  const only = cycles.length === 1 ? cycles[0]! : null;
  // With more, each as it can be told from the others (two may have one acronym).
  const labels = cycleChoiceLabels(cycles);
  return (
    <div className="report-controls card">
      <fieldset>
        <legend>Sections</legend>
        <div className="choices">
          {reportSections.map((sectionId) => (
            <label key={sectionId}>
              <input
                type="checkbox"
                checked={sections.has(sectionId)}
                onChange={(e) => toggle(sectionId, e.target.checked)}
              />
              {sectionLabels[sectionId]}
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
              aria-describedby={period.kind === 'cycle' ? describes('cycle') : undefined}
              onChange={() => setPeriod({ kind: 'cycle', heldId: cycles[0]?.heldId ?? null })}
            />
            Current credential cycle
            {only && ` (${cycleName({ acronym: only.label, index: only.index })})`}
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
              onChange={chooseOwnDates}
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
              {cycles.map((c, i) => (
                <option key={c.heldId} value={c.heldId}>
                  {labels[i]}
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
                aria-describedby={describes('from')}
                aria-invalid={invalid('from')}
                onChange={(e) => (noteBegun('from', e.target), setDate('from', e.target.value))}
                onBlur={(e) => noteBegun('from', e.target)}
              />
            </label>
            <label>
              To
              <input
                type="date"
                value={custom.to}
                aria-describedby={describes('to')}
                aria-invalid={invalid('to')}
                onChange={(e) => (noteBegun('to', e.target), setDate('to', e.target.value))}
                onBlur={(e) => noteBegun('to', e.target)}
              />
            </label>
          </div>
        )}
        {/* A new element for each error, so it is announced when it appears (role="alert",
            as the app's other form problems are); a hint is read with the inputs only. */}
        {message &&
          (message.error ? (
            <p key={message.text} id={messageId} className="error period-message" role="alert">
              {message.text}
            </p>
          ) : (
            <p id={messageId} className="hint period-message">
              {message.text}
            </p>
          ))}
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
