import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
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

/** The rung's name; starts again from the saved name whenever that changes (e.g. a reset). */
function RenameRung(props: { plan: LadderPlan; rung: LadderRungPlan; apply: ApplyLadderEdit }) {
  const { plan, rung, apply } = props;
  const [name, setName] = useState(rung.name);
  const [saved, setSaved] = useState(rung.name);
  if (saved !== rung.name) {
    setSaved(rung.name);
    setName(rung.name);
  }
  // A name typed and not saved is not left behind without asking.
  useUnsavedChanges(name.trim() !== rung.name);
  async function rename(e: FormEvent) {
    e.preventDefault();
    await apply(updateRung(plan, rung.id, { name }));
  }
  return (
    <EditForm onSubmit={rename} aria-label="Rename the rung" quiet>
      <Field label="Rung name">
        <input value={name} onChange={(e) => setName(e.target.value)} />
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
      <WriteButton
        type="button"
        className="secondary"
        onClick={() => void apply(removeRequirement(plan, rungId, q.id), `Removed “${title}”.`)}
      >
        Remove <span className="visually-hidden">{title}</span>
      </WriteButton>
    </>
  );
}

const ONE_AT_A_TIME = 'Save or cancel the requirement you are editing before you edit another.';

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
  const [editing, setEditing] = useState<string | null>(null);
  /** After an edit form closes, focus goes back to its Edit button. */
  const returnTo = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
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

  return (
    <section className="card" aria-labelledby="edit-rung-heading">
      <h2 id="edit-rung-heading">Edit this rung</h2>
      <ReadOnlyNote />
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <RenameRung plan={plan} rung={rung} apply={apply} />
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
          onClick={() => void apply(resetRung(plan, rung.id), `Reset ${rung.name} to the default.`)}
        >
          Reset this rung to the default
        </WriteButton>
      )}
    </section>
  );
}
