import type { Milestone } from '../../../../shared/domain/goals';
import type { LocalDate } from '../../../../shared/dates';
import { Field } from '../../components/Field';

interface Props {
  milestones: Milestone[];
  errors: Record<string, string>;
  asOf: LocalDate;
  onChange: (next: Milestone[]) => void;
}

/** The goal's milestones: a title, a due date and whether it is done. */
export function MilestoneFields({ milestones, errors, asOf, onChange }: Props) {
  const update = (i: number, patch: Partial<Milestone>) =>
    onChange(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = () =>
    onChange([...milestones, { id: crypto.randomUUID(), title: '', due: '', doneOn: null }]);
  return (
    <fieldset>
      <legend>Milestones (optional)</legend>
      {milestones.map((m, i) => (
        <div key={m.id} className="form-grid">
          <Field label={`Milestone ${i + 1}`} error={errors[`milestones.${i}.title`]}>
            <input value={m.title} onChange={(e) => update(i, { title: e.target.value })} />
          </Field>
          <Field label={`Milestone ${i + 1} due`} error={errors[`milestones.${i}.due`]}>
            <input type="date" value={m.due} onChange={(e) => update(i, { due: e.target.value })} />
          </Field>
          <div className="checkbox-field">
            <input
              id={`ms-done-${m.id}`}
              type="checkbox"
              checked={m.doneOn !== null}
              onChange={(e) => update(i, { doneOn: e.target.checked ? asOf : null })}
            />
            <label htmlFor={`ms-done-${m.id}`}>Milestone {i + 1} done</label>
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(milestones.filter((_, j) => j !== i))}
          >
            Remove milestone {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={add}>
        Add a milestone
      </button>
    </fieldset>
  );
}
