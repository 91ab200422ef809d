import {
  areas,
  educationTypes,
  givingBackTypes,
  type ActivityType,
} from '../../../../shared/catalog/credentials';
import {
  isFiltered,
  noLogFilter,
  type LogArea,
  type LogFilter,
} from '../../../../shared/domain/claims';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { claimStatuses, type ClaimStatus } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import { activityTypeLabels, claimStatusLabels } from '../credentials/messages';
import { logAreaLabels } from './messages';

interface Props {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
  earned: readonly HeldWithRule[];
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

/** The log's filters: credential, type, area, status, date range and a text search. */
export function LogFilters({ filter, onChange, earned }: Props) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <section className="cl-filters" aria-label="Filters">
      <Field label="Credential" hint="Only activities that count for it.">
        <select
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
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: orNull(e.target.value) })}
        />
      </Field>
      <Field label="To">
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: orNull(e.target.value) })}
        />
      </Field>
      <Field label="Search title, provider or code">
        <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      </Field>
      {isFiltered(filter) && (
        <div className="cl-clear">
          <button type="button" className="secondary" onClick={() => onChange(noLogFilter)}>
            Clear filters
          </button>
        </div>
      )}
    </section>
  );
}
