import { useState, type FormEvent } from 'react';
import {
  addRequirement,
  isRungEdited,
  removeRequirement,
  replaceRequirement,
  resetRung,
  updateRung,
  type LadderPlan,
  type LadderRungPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import { Field } from '../../components/Field';
import { requirementTitle } from './requirement-title';
import { useLadderEdit } from './use-ladder-edit';

function customRequirement(title: string, essential: boolean): Requirement {
  return {
    id: crypto.randomUUID(),
    kind: 'custom',
    title: title.trim(),
    done: false,
    priority: essential ? 'essential' : 'recommended',
    basis: { source: 'Added by you' },
    origin: 'user',
  };
}

/** Edit one rung: its name, your own requirements, removals (with Undo), reset. */
export function RungEditor({ plan, rung }: { plan: LadderPlan; rung: LadderRungPlan }) {
  const { apply, problem } = useLadderEdit(plan);
  const [name, setName] = useState(rung.name);
  const [title, setTitle] = useState('');
  const [essential, setEssential] = useState(false);

  async function rename(e: FormEvent) {
    e.preventDefault();
    await apply(updateRung(plan, rung.id, { name }));
  }
  async function add(e: FormEvent) {
    e.preventDefault();
    if (await apply(addRequirement(plan, rung.id, customRequirement(title, essential))))
      setTitle('');
  }
  const remove = (q: Requirement) =>
    apply(removeRequirement(plan, rung.id, q.id), `Removed “${requirementTitle(q)}”.`);

  return (
    <section className="card" aria-labelledby="edit-rung-heading">
      <h2 id="edit-rung-heading">Edit this rung</h2>
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <form onSubmit={rename} aria-label="Rename the rung">
        <Field label="Rung name">
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit">Save name</button>
      </form>
      <ul aria-label={`Requirements you can remove from ${rung.name}`}>
        {rung.requirements.map((q) => (
          <li key={q.id}>
            {requirementTitle(q)}{' '}
            {q.kind === 'custom' && (
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={q.done}
                  onChange={(e) =>
                    void apply(replaceRequirement(plan, rung.id, { ...q, done: e.target.checked }))
                  }
                />
                Done: {q.title}
              </label>
            )}
            <button type="button" className="secondary" onClick={() => void remove(q)}>
              Remove <span className="visually-hidden">{requirementTitle(q)}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add your own requirement">
        <Field label="Your own requirement">
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <div className="checkbox-field">
          <input
            id="custom-essential"
            type="checkbox"
            checked={essential}
            onChange={(e) => setEssential(e.target.checked)}
          />
          <label htmlFor="custom-essential">Essential (counts towards readiness)</label>
        </div>
        <button type="submit">Add requirement</button>
      </form>
      {isRungEdited(rung) && (
        <button
          type="button"
          className="secondary"
          onClick={() => void apply(resetRung(plan, rung.id), `Reset ${rung.name} to the default.`)}
        >
          Reset this rung to the default
        </button>
      )}
    </section>
  );
}
