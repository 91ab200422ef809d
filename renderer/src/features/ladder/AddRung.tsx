import { useRef, useState, type FormEvent } from 'react';
import {
  addRung,
  newUserRung,
  type LadderPlan,
} from '../../../../shared/catalog/ladder-requirements';
import { hrefFor } from '../../app/routes';
import { Field } from '../../components/Field';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { ladderEditText, rungNameText } from './edit-messages';
import { checkRungName } from '../../../../shared/domain/ladder/rung-names';
import { useLadderEdit } from './use-ladder-edit';
import { EditForm } from '../../components/read-only';

const BOTTOM = 'bottom';

/**
 * Places to put a new rung, top first as the ladder above the form lists its rungs: above
 * each rung, or below the first one (at the bottom of that list).
 */
function places(plan: LadderPlan) {
  const above = [...plan.rungs].reverse().map((r, i) => ({
    value: `above:${r.id}`,
    label: i === 0 ? `Above ${r.name} (at the top)` : `Above ${r.name}`,
  }));
  const first = plan.rungs[0];
  return first
    ? [...above, { value: BOTTOM, label: `Below ${first.name} (at the bottom)` }]
    : above;
}

/** 0 = bottom; above a rung = just after it in climbing order. */
function positionOf(plan: LadderPlan, place: string): number {
  if (place === BOTTOM) return 0;
  const i = plan.rungs.findIndex((r) => `above:${r.id}` === place);
  return i < 0 ? plan.rungs.length : i + 1;
}

/**
 * Where a new rung goes unless the user chooses: just above the rung they are on (the next
 * step up, as "Senior PMO Analyst" above "PMO Analyst"), else at the top.
 */
function defaultPlace(plan: LadderPlan, options: readonly { value: string }[], current?: string) {
  const above = plan.rungs.find((r) => r.id === current) && `above:${current}`;
  return options.find((o) => o.value === above)?.value ?? options[0]!.value;
}

/**
 * A rung of the user's own: a name and where it goes on the ladder (issue 5 part 1). A name
 * another rung has (compared as rung-names.ts does) is refused at the field. `current`: the
 * profile's current rung, which the new rung goes just above unless the user chooses.
 */
export function AddRung({ plan, current }: { plan: LadderPlan; current?: string | undefined }) {
  const { apply, problem } = useLadderEdit(plan);
  const [name, setName] = useState('');
  const options = places(plan);
  const [place, setPlace] = useState('');
  // Nothing chosen, or a place that is gone (its rung removed): the default.
  const suggested = defaultPlace(plan, options, current);
  const chosen = options.some((o) => o.value === place) ? place : suggested;
  const [nameError, setNameError] = useState<string | undefined>();
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useUnsavedChanges(name.trim() !== '');
  const currentRung = plan.rungs.find((r) => r.id === current);
  const placeHint = currentRung
    ? `It goes just above the rung you are on, ${currentRung.name}, unless you choose another place.`
    : undefined;

  async function add(e: FormEvent) {
    e.preventDefault();
    const refused = checkRungName(name, plan.rungs);
    setNameError(refused ? rungNameText(refused) : undefined);
    if (refused) return nameInput.current?.focus();
    const rung = newUserRung(crypto.randomUUID(), name);
    const edit = addRung(plan, rung, positionOf(plan, chosen));
    const nameErrors = edit.ok ? [] : edit.errors.filter((x) => x.field === 'name');
    setNameError(nameErrors.length ? nameErrors.map(ladderEditText).join(' ') : undefined);
    if (nameErrors.length > 0) return nameInput.current?.focus();
    if (await apply(edit)) {
      setAdded({ id: rung.id, name: name.trim() });
      setName('');
    }
  }

  return (
    <section className="card" aria-labelledby="add-rung-heading">
      <h2 id="add-rung-heading">Add a rung of your own</h2>
      <p className="muted">
        For a step your organisation has that the ladder does not, for example Senior PMO Analyst.
        Add its requirements on its page.
      </p>
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <EditForm onSubmit={(e) => void add(e)} aria-label="Add a rung of your own" noValidate>
        <Field label="Name of the new rung" error={nameError}>
          <input ref={nameInput} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Place it" hint={placeHint}>
          <select value={chosen} onChange={(e) => setPlace(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit">Add the rung</button>
      </EditForm>
      <p role="status">
        {added && plan.rungs.some((r) => r.id === added.id) && (
          <>
            Added {added.name} to your ladder.{' '}
            <a href={hrefFor('ladder', added.id)}>Add requirements to {added.name}</a>
          </>
        )}
      </p>
    </section>
  );
}
