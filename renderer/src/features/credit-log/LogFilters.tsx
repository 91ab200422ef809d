import { useId, useRef } from 'react';
import {
  areas,
  educationTypes,
  givingBackTypes,
  type ActivityType,
} from '../../../../shared/catalog/credentials';
import {
  datesReversed,
  isFiltered,
  noLogFilter,
  swapDates,
  type LogArea,
  type LogFilter,
} from '../../../../shared/domain/claims';
import type { Cycle, HeldWithRule } from '../../../../shared/domain/credentials';
import { claimStatuses, type ClaimStatus } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { activityTypeLabels, claimStatusLabels } from '../credentials/messages';
import { logAreaLabels } from './messages';

interface Props {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
  earned: readonly HeldWithRule[];
  /**
   * Whether to offer the Area filter: only where the log shows its area columns (a PMI
   * credential is held, splitApplies); the other bodies count no Talent Triangle areas.
   * Offered when not said.
   */
  areas?: boolean;
  /**
   * The cycle whose suspension year the dates run into (rangeIntoSuspension), with its
   * credential's acronym: said below the dates, as To's description.
   */
  intoSuspension?: { acronym: string; cycle: Cycle } | null;
}

const orNull = <T extends string>(value: string) => (value === '' ? null : (value as T));

const typeGroups = [
  { label: 'Education', types: educationTypes },
  { label: 'Giving Back', types: givingBackTypes },
] as const;

function TypeOptions() {
  return (
    <>
      <option value="">All types</option>
      {typeGroups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.types.map((t) => (
            <option key={t} value={t}>
              {activityTypeLabels[t]}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/**
 * Said below the dates when From is after To (datesReversed): no activity could ever match.
 * To's description, and in short in the log's "Showing …" status (LogView).
 */
function reversedText(f: LogFilter): string {
  return `From (${formatDate(f.from)}) is after To (${formatDate(f.to)}), so no activity can match. Swap the dates, or change one of them.`;
}

/**
 * Said below the dates when they run past a cycle's end into its suspension year (an
 * unrenewed cycle's log, "Open in the credit log" on its page): why To is after the cycle ended.
 */
export function suspensionYearText(acronym: string, cycle: Cycle): string {
  const n = cycle.index + 1;
  const ended = `To is after the end of cycle ${n} of ${acronym} (${formatDate(cycle.end)})`;
  if (cycle.renewedOn)
    return `${ended}: the dates reach into its suspension year, to the renewal on ${formatDate(cycle.renewedOn)}, because activities dated in that year up to the renewal counted toward renewing cycle ${n}.`;
  const year = `${formatDate(cycle.suspension?.start)} – ${formatDate(cycle.suspension?.end)}`;
  return cycle.phase === 'lapsed'
    ? `${ended}: the dates reach into its suspension year (${year}), because activities dated in that year could still count toward renewing cycle ${n}, though it was not renewed.`
    : `${ended}: the dates reach into its suspension year (${year}), because activities dated in that year can still count toward renewing cycle ${n}.`;
}

/**
 * The log's filters: credential, type, area, status, date range and a text search. "Swap the
 * dates" and "Clear filters" go away once pressed, so focus is put on what they changed (From,
 * the first filter) rather than left to fall to the page.
 */
export function LogFilters({
  filter,
  onChange,
  earned,
  areas: withAreas = true,
  intoSuspension = null,
}: Props) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const reversed = datesReversed(filter);
  const first = useRef<HTMLSelectElement>(null);
  const from = useRef<HTMLInputElement>(null);
  const toId = useId();
  const reasonId = `${toId}-reason`;
  const noteId = `${toId}-note`;
  const swap = () => {
    onChange(swapDates(filter));
    focusSoon(() => from.current);
  };
  const clear = () => {
    onChange(noLogFilter);
    focusSoon(() => first.current);
  };
  return (
    <section className="cl-filters" aria-label="Filters">
      <Field label="Credential" hint="Only activities that count for it.">
        <select
          ref={first}
          value={filter.heldId ?? ''}
          onChange={(e) => set({ heldId: orNull(e.target.value) })}
        >
          <option value="">All credentials</option>
          {earned.map((h) => (
            <option key={h.credential.id} value={h.credential.id}>
              {h.rule.acronym}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Type">
        <select
          value={filter.type ?? ''}
          onChange={(e) => set({ type: orNull<ActivityType>(e.target.value) })}
        >
          <TypeOptions />
        </select>
      </Field>
      {withAreas && (
        <Field label="Area">
          <select
            value={filter.area ?? ''}
            onChange={(e) => set({ area: orNull<LogArea>(e.target.value) })}
          >
            <option value="">All areas</option>
            {[...areas, 'givingBack' as const].map((a) => (
              <option key={a} value={a}>
                {logAreaLabels[a]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="Status">
        <select
          value={filter.status ?? ''}
          onChange={(e) => set({ status: orNull<ClaimStatus>(e.target.value) })}
        >
          <option value="">All statuses</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {claimStatusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="From">
        <input
          ref={from}
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: orNull(e.target.value) })}
        />
      </Field>
      {/* Not a Field: its reason sits on a row of its own below both dates (credit-log.css). */}
      <div className={reversed ? 'field has-error' : 'field'}>
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          value={filter.to ?? ''}
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? reasonId : intoSuspension ? noteId : undefined}
          onChange={(e) => set({ to: orNull(e.target.value) })}
        />
      </div>
      {reversed && (
        <div className="cl-reversed">
          <p className="error" id={reasonId}>
            {reversedText(filter)}
          </p>
          <button type="button" className="secondary" onClick={swap}>
            Swap the dates
          </button>
        </div>
      )}
      {intoSuspension && !reversed && (
        <p className="cl-range-note muted" id={noteId}>
          {suspensionYearText(intoSuspension.acronym, intoSuspension.cycle)}
        </p>
      )}
      <Field label="Search title, provider or code">
        <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      </Field>
      {isFiltered(filter) && (
        <div className="cl-clear">
          <button type="button" className="secondary" onClick={clear}>
            Clear filters
          </button>
        </div>
      )}
    </section>
  );
}
