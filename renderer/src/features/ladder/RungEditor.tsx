import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import {
  isRungEdited,
  removeRequirement,
  replaceRequirement,
  resetRung,
  updateRung,
  type LadderPlan,
  type LadderRungPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import { AddRequirement } from './AddRequirement';
import { credentialNamer, type OwnCredential } from './credential-names';
import { Field } from '../../components/Field';
import { afterRemoval, firstField, focusSoon } from '../../components/focus-soon';
import { ladderEditText, removedRequirementText, rungNameText } from './edit-messages';
import { useGoals } from '../../db/career-hooks';
import { goalsLinkedToRequirement } from '../../../../shared/domain/ladder/reset-loss';
import { checkRungName } from '../../../../shared/domain/ladder/rung-names';
import { requirementTitle } from './requirement-title';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { RequirementEditForm } from './RequirementEditForm';
import { useLadderEdit, type ApplyLadderEdit } from './use-ladder-edit';
import {
  EditForm,
  READ_ONLY_REASON_ID,
  ReadOnlyNote,
  useReadOnly,
  WriteButton,
} from '../../components/read-only';

/**
 * The rung's name; starts again from the saved name whenever that changes (e.g. a reset). A
 * name refused (empty, too long, another rung's) is said beside the field, which gets the
 * focus, as when adding a rung (AddRung).
 */
function RenameRung(props: {
  plan: LadderPlan;
  rung: LadderRungPlan;
  apply: ApplyLadderEdit;
  input: RefObject<HTMLInputElement | null>;
}) {
  const { plan, rung, apply, input } = props;
  const [name, setName] = useState(rung.name);
  const [saved, setSaved] = useState(rung.name);
  const [error, setError] = useState<string | undefined>();
  if (saved !== rung.name) {
    setSaved(rung.name);
    setName(rung.name);
    setError(undefined);
  }
  // A name typed and not saved is not left behind without asking.
  useUnsavedChanges(name.trim() !== rung.name);
  async function rename(e: FormEvent) {
    e.preventDefault();
    // Its own name (even in another case) is not taken; another rung's is (rung-names.ts).
    const taken = checkRungName(name, plan.rungs, rung.id);
    setError(taken ? rungNameText(taken) : undefined);
    if (taken) return input.current?.focus();
    const edit = updateRung(plan, rung.id, { name });
    const refused = edit.ok ? [] : edit.errors.filter((x) => x.field === 'name');
    setError(refused.length > 0 ? refused.map(ladderEditText).join(' ') : undefined);
    if (refused.length > 0) return input.current?.focus();
    await apply(edit);
  }
  return (
    <EditForm onSubmit={rename} aria-label="Rename the rung" noValidate quiet>
      <Field label="Rung name" error={error}>
        <input ref={input} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <button type="submit">Save name</button>
    </EditForm>
  );
}

/**
 * One requirement in the editor: its title, Done for your own, Edit and Remove. While another
 * requirement's form is open, Edit waits (`editBlockedBy` names the sentence saying why), so
 * numbers typed there are never dropped without asking.
 */
function RequirementItem(props: {
  plan: LadderPlan;
  rungId: string;
  q: Requirement;
  apply: ApplyLadderEdit;
  onEdit: () => void;
  onRemove: () => void;
  editBlockedBy: string | undefined;
  own: readonly OwnCredential[];
}) {
  const { plan, rungId, q, apply } = props;
  const title = requirementTitle(q, credentialNamer(props.own));
  const readOnly = useReadOnly();
  return (
    <>
      {title}{' '}
      {q.kind === 'custom' && (
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={q.done}
            disabled={readOnly}
            aria-describedby={readOnly ? READ_ONLY_REASON_ID : undefined}
            onChange={(e) =>
              void apply(replaceRequirement(plan, rungId, { ...q, done: e.target.checked }))
            }
          />
          Done: {q.title}
        </label>
      )}
      <button
        type="button"
        className="secondary"
        data-edit={q.id}
        onClick={props.onEdit}
        disabled={props.editBlockedBy !== undefined}
        aria-describedby={props.editBlockedBy}
        title={props.editBlockedBy === undefined ? undefined : ONE_AT_A_TIME}
      >
        Edit <span className="visually-hidden">{title}</span>
      </button>
      <WriteButton type="button" className="secondary" data-remove={q.id} onClick={props.onRemove}>
        Remove <span className="visually-hidden">{title}</span>
      </WriteButton>
    </>
  );
}

const ONE_AT_A_TIME = 'Save or cancel the requirement you are editing before you edit another.';

const ROW = '.requirement-edit-list > li';
/** In the requirement after (or before) one removed: its Edit, else what can take focus. */
const focusInRow = (li: Element) =>
  li.querySelector('button[data-edit]:not(:disabled)') ??
  li.querySelector('button[data-remove]:not(:disabled)') ??
  firstField(li);
/** A control found again once Undo has drawn it (the list's rows are drawn anew). */
const byData = (key: 'remove' | 'reset', id: string) => () =>
  [...document.querySelectorAll<HTMLElement>(`button[data-${key}]`)].find(
    (b) => b.dataset[key] === id,
  );

/**
 * Edit one rung: its name, each requirement (its kind, credentials and numbers), requirements
 * of your own (free text or a kind Ascent measures), removals (with Undo), reset. `own`: the
 * credentials the user defined, offered beside the catalogue's.
 */
export function RungEditor(props: {
  plan: LadderPlan;
  rung: LadderRungPlan;
  own: readonly OwnCredential[];
}) {
  const { plan, rung, own } = props;
  const { apply, problem } = useLadderEdit(plan);
  const goals = useGoals();
  const [editing, setEditing] = useState<string | null>(null);
  /** After an edit form closes, focus goes back to its Edit button. */
  const returnTo = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const section = useRef<HTMLElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const oneAtATimeId = useId();
  // A form whose requirement went away (a reset, an Undo) no longer holds the other rows.
  const open = rung.requirements.some((q) => q.id === editing) ? editing : null;

  useEffect(() => {
    const id = returnTo.current;
    if (id === null) return;
    returnTo.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-edit]') ?? [];
    [...buttons].find((b) => b.dataset.edit === id)?.focus();
  });

  function close(id: string) {
    returnTo.current = id;
    setEditing(null);
  }

  // Removed, the row and its button go: focus goes on to the next requirement's Edit (the one
  // before for the last), else to "Add a requirement". Undo brings it back to Remove. The
  // notice says when goals were measured by it (they keep no requirement until Undo).
  async function remove(q: Requirement) {
    const pressed = document.activeElement;
    const addHeading = () =>
      section.current?.querySelector('form[aria-label="Add a requirement"] h3');
    const next = afterRemoval(pressed, ROW, addHeading, focusInRow);
    const title = requirementTitle(q, credentialNamer(own));
    const edit = removeRequirement(plan, rung.id, q.id);
    const linked = goals ? goalsLinkedToRequirement(rung.id, q.id, goals) : 0;
    if (await apply(edit, removedRequirementText(title, linked), byData('remove', q.id))) {
      focusSoon(next, addHeading, pressed);
    }
  }

  // Back to the default, the Reset button goes: focus goes to the rung's name, at the top of
  // the card. Undo brings the edited rung, and the button, back.
  async function reset() {
    const pressed = document.activeElement;
    const edit = resetRung(plan, rung.id);
    if (await apply(edit, `Reset ${rung.name} to the default.`, byData('reset', rung.id))) {
      focusSoon(() => nameInput.current, undefined, pressed);
    }
  }

  return (
    <section ref={section} className="card" aria-labelledby="edit-rung-heading">
      <h2 id="edit-rung-heading">Edit this rung</h2>
      <ReadOnlyNote />
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <RenameRung plan={plan} rung={rung} apply={apply} input={nameInput} />
      {open !== null && (
        <p id={oneAtATimeId} className="muted">
          {ONE_AT_A_TIME}
        </p>
      )}
      <ul
        ref={list}
        className="requirement-edit-list"
        aria-label={`Requirements you can change or remove on ${rung.name}`}
      >
        {rung.requirements.map((q) => (
          <li key={q.id}>
            {open === q.id ? (
              <RequirementEditForm
                plan={plan}
                rungId={rung.id}
                requirement={q}
                apply={apply}
                own={own}
                onClose={() => close(q.id)}
              />
            ) : (
              <RequirementItem
                plan={plan}
                rungId={rung.id}
                q={q}
                apply={apply}
                onEdit={() => setEditing(q.id)}
                onRemove={() => void remove(q)}
                editBlockedBy={open === null ? undefined : oneAtATimeId}
                own={own}
              />
            )}
          </li>
        ))}
      </ul>
      <AddRequirement plan={plan} rung={rung} apply={apply} own={own} />
      {isRungEdited(rung) && (
        <WriteButton
          type="button"
          className="secondary"
          data-reset={rung.id}
          onClick={() => void reset()}
        >
          Reset this rung to the default
        </WriteButton>
      )}
    </section>
  );
}
