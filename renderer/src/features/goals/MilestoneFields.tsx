import { useEffect, useRef } from 'react';
import { doneOnWhenTicked, type Milestone } from '../../../../shared/domain/goals';
import type { LocalDate } from '../../../../shared/dates';
import { Field } from '../../components/Field';
import { afterRemoval, firstField, focusElement, focusSoon } from '../../components/focus-soon';

interface Props {
  milestones: Milestone[];
  errors: Record<string, string>;
  asOf: LocalDate;
  onChange: (next: Milestone[]) => void;
  /** Milestone `index` was removed: its errors go, those after it move up with their rows. */
  onRemove?: (index: number) => void;
}

const ROW = '[data-milestone]';

/** A milestone's "done" box, its error (its done date refused) at it as at any other field. */
function DoneField(props: {
  id: string;
  label: string;
  checked: boolean;
  error: string | undefined;
  onChange: (done: boolean) => void;
}) {
  const { id, error } = props;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The goal's milestones: a title, a due date and whether it is done. */
export function MilestoneFields({ milestones, errors, asOf, onChange, onRemove }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (i: number, patch: Partial<Milestone>) =>
    onChange(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  // Each milestone's done date as the form opened, or as last given here: "done" unticked and
  // ticked again gives it back (doneOnWhenTicked), not today's date.
  const doneDates = useRef(new Map(milestones.map((m) => [m.id, m.doneOn])));
  const setDone = (i: number, m: Milestone, done: boolean) => {
    if (!done && m.doneOn !== null) doneDates.current.set(m.id, m.doneOn);
    update(i, { doneOn: done ? doneOnWhenTicked(doneDates.current.get(m.id), asOf) : null });
  };
  // A keyboard user lands where they will type next: the new milestone's title after Add;
  // after Remove, the title of the milestone that moved up, else the one before, else Add.
  const added = useRef<string | null>(null);
  const add = () => {
    const id = crypto.randomUUID();
    added.current = id;
    onChange([...milestones, { id, title: '', due: '', doneOn: null }]);
  };
  // Focused as soon as the new row is drawn, not a frame later: a Save pressed straight after
  // Add must find focus settled, so that its error summary takes it.
  useEffect(() => {
    const id = added.current;
    const row = id && fieldset.current?.querySelector(`[data-milestone="${id}"]`);
    if (!row) return;
    added.current = null;
    const title = firstField(row);
    if (title) focusElement(title);
  }, [milestones]);
  const remove = (i: number, button: HTMLButtonElement) => {
    const next = afterRemoval(button, ROW, () => addButton.current, firstField);
    onChange(milestones.filter((_, j) => j !== i));
    onRemove?.(i);
    focusSoon(next, undefined, button);
  };
  return (
    <fieldset ref={fieldset}>
      <legend>Milestones (optional)</legend>
      {milestones.map((m, i) => (
        <div key={m.id} className="form-grid" data-milestone={m.id}>
          <Field label={`Milestone ${i + 1}`} error={errors[`milestones.${i}.title`]}>
            <input value={m.title} onChange={(e) => update(i, { title: e.target.value })} />
          </Field>
          <Field label={`Milestone ${i + 1} due`} error={errors[`milestones.${i}.due`]}>
            <input
              type="date"
              name={`milestones.${i}.due`}
              value={m.due}
              onChange={(e) => update(i, { due: e.target.value })}
            />
          </Field>
          <DoneField
            id={`ms-done-${m.id}`}
            label={`Milestone ${i + 1} done`}
            checked={m.doneOn !== null}
            error={errors[`milestones.${i}.doneOn`]}
            onChange={(done) => setDone(i, m, done)}
          />
          <button type="button" className="secondary" onClick={(e) => remove(i, e.currentTarget)}>
            Remove milestone {i + 1}
          </button>
        </div>
      ))}
      <button ref={addButton} type="button" className="secondary" onClick={add}>
        Add a milestone
      </button>
    </fieldset>
  );
}
