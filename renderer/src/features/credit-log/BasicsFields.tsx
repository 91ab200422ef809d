import { educationTypes, givingBackTypes } from '../../../../shared/catalog/credentials';
import { Field } from '../../components/Field';
import { activityTypeLabels } from '../credentials/messages';
import type { FieldsProps } from './form-types';
import { activityLabels as labels } from './messages';

interface Props extends FieldsProps {
  /** Said under the dates when the completion date counts for none of the credentials held. */
  dateNote: string | null;
  /** The person left the completion date: what it means is said at once. */
  onDateBlur: () => void;
  /** A PMI credential is held or planned: only then is PMI's note on the types worth saying. */
  pmi?: boolean;
}

/** What the activity was and when: title, provider, type, dates. */
export function BasicsFields({ draft, update, errorFor, dateNote, onDateBlur, pmi = true }: Props) {
  return (
    <fieldset>
      <legend>The activity</legend>
      <Field label={labels.title} error={errorFor('title')}>
        <input
          type="text"
          name="title"
          value={draft.title}
          onChange={(e) => update({ title: e.target.value })}
        />
      </Field>
      <Field
        label={labels.provider}
        hint="Who ran it: a training company, a PMI chapter, a publisher."
      >
        <input
          type="text"
          name="provider"
          value={draft.provider}
          onChange={(e) => update({ provider: e.target.value })}
        />
      </Field>
      <Field
        label={labels.type}
        hint={
          pmi ? 'PMI’s types: Education has no cap; Giving Back is capped per cycle.' : undefined
        }
        error={errorFor('type')}
      >
        <select
          name="type"
          value={draft.type}
          onChange={(e) => update({ type: e.target.value as FieldsProps['draft']['type'] })}
        >
          <option value="">Choose a type…</option>
          <optgroup label="Education">
            {educationTypes.map((t) => (
              <option key={t} value={t}>
                {activityTypeLabels[t]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Giving Back">
            {givingBackTypes.map((t) => (
              <option key={t} value={t}>
                {activityTypeLabels[t]}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <div className="cl-row">
        <Field
          label={labels.date}
          hint="Decides the cycle it counts towards."
          error={errorFor('date')}
        >
          <input
            type="date"
            name="date"
            value={draft.date}
            onChange={(e) => update({ date: e.target.value })}
            onBlur={onDateBlur}
          />
        </Field>
        <Field label={labels.startDate} error={errorFor('startDate')}>
          <input
            type="date"
            name="startDate"
            value={draft.startDate}
            onChange={(e) => update({ startDate: e.target.value })}
          />
        </Field>
      </div>
      {/* Present from the start, so the note is announced (politely) when it appears. */}
      <div aria-live="polite">{dateNote && <p className="cl-date-note">{dateNote}</p>}</div>
    </fieldset>
  );
}
