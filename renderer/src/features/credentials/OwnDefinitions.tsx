import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../../app/routes';
import { formatNumber } from '../../components/format';
import { storageErrorText } from '../../components/storage-messages';
import { UndoRefused, useUndo } from '../../components/undo';
import { sameDraft } from '../../components/unsaved-changes';
import { StorageError } from '../../db/errors';
import {
  deleteCustom,
  restoreCustom,
  updateCustom,
  type CustomRow,
  type HeldRow,
} from '../../db/repositories/credentials';
import type { Store } from '../../db/database';
import { useStore } from '../../db/store-context';
import { CustomCredentialForm } from './CustomCredentialForm';
import { credentialStatusLabels } from './messages';
import { WriteButton } from '../../components/read-only';

type Problem =
  { id: string; kind: 'held'; held: HeldRow[] } | { id: string; kind: 'failed'; text: string };

function StillHeld({ def, held }: { def: CustomRow; held: HeldRow[] }) {
  return (
    <p className="error" role="alert">
      {def.acronym} is still in your credentials, so its definition was not deleted. Delete{' '}
      {held.length === 1 ? 'it' : `all ${held.length}`} there first, then its definition:{' '}
      {held.map((h, i) => (
        <span key={h.id}>
          {i > 0 && ', '}
          <a href={hrefFor('credentials', h.id)}>
            open {def.acronym} ({credentialStatusLabels[h.stage].toLowerCase()})
          </a>
        </span>
      ))}
      .
    </p>
  );
}

const withoutStamps = ({ createdAt: _c, updatedAt: _u, ...definition }: CustomRow) => definition;

/**
 * Undo of a saved edit (`saved`): puts the definition back as it was before it (`old`), with
 * the checks every stored definition has passed (a check added after `old` was stored does not
 * refuse it). It needs nothing from the list, so it still works from the app's
 * Undo bar once the Credentials screen is left. A definition deleted meanwhile is not brought
 * back (that is the delete's own Undo), and one changed again since (in another window) keeps
 * its later changes: the refusal says which, and nothing is changed, as when storage fails.
 */
async function putBackDefinition(store: Store, old: CustomRow, saved: CustomRow): Promise<void> {
  const definition = withoutStamps(old);
  let result;
  try {
    // `old` was stored, so it passed the stored checks; a check added since does not refuse it.
    result = await updateCustom(
      store,
      definition,
      (stored) => sameDraft(withoutStamps(stored), withoutStamps(saved)),
      { restoring: true },
    );
  } catch (error) {
    if (error instanceof StorageError) throw new UndoRefused(storageErrorText(error.code));
    throw error;
  }
  if (result.ok) return;
  const code = (c: string) => result.errors.some((e) => e.code === c);
  throw new UndoRefused(
    code('NOT_FOUND')
      ? `The definition of ${old.acronym} was deleted meanwhile: there is nothing to put back.`
      : code('CHANGED')
        ? `The definition of ${saved.acronym} was changed after this, so it was not undone: the later changes are kept.`
        : `The changes to ${old.acronym} could not be undone. Nothing was changed.`,
  );
}

/** How the stored definition differs from what the open form started from, if it does. */
function changedMeanwhile(
  opened: CustomRow,
  custom: readonly CustomRow[],
): 'changed' | 'deleted' | null {
  const now = custom.find((c) => c.id === opened.id);
  if (!now) return 'deleted';
  return sameDraft(withoutStamps(now), withoutStamps(opened)) ? null : 'changed';
}

/**
 * The credentials the user defined themselves, each with Edit and Delete. Edit opens the
 * definition's form below the list; it stays open (and keeps what was typed) even when the
 * definition goes meanwhile, and closing it gives the focus back to the Edit button. A saved
 * edit and a delete are both offered for Undo in the app's Undo bar, like every other undo.
 * A definition still held is not deleted: the user is told which held credential to delete
 * first (`deleteCustom` in the credentials repository explains the rule).
 */
export function OwnDefinitions({ custom }: { custom: readonly CustomRow[] }) {
  const store = useStore();
  const offerUndo = useUndo();
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [editing, setEditing] = useState<CustomRow | null>(null);
  /** The open form is saving: the definition changing then is its own doing. */
  const [saving, setSaving] = useState(false);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const closedId = useRef<string | null>(null);
  /** The definition whose form is open now (a form's late answer is checked against it). */
  const open = useRef<string | null>(null);

  // The form closed: back to the Edit button that opened it (the list when that row is gone).
  useEffect(() => {
    if (editing || closedId.current === null) return;
    const id = closedId.current;
    closedId.current = null;
    (editButtons.current.get(id) ?? heading.current)?.focus();
  }, [editing]);

  if (custom.length === 0 && !editing) return null;

  function edit(def: CustomRow) {
    setProblem(null);
    // Already open: the form keeps what was typed, and says if the definition changed since.
    if (editing?.id === def.id) return;
    open.current = def.id;
    setSaving(false);
    setEditing(def);
  }

  /**
   * A form's answer: `opened` is the definition it was opened on. A save is offered for Undo
   * (putting back the row it replaced); the form is closed only if it is still the one open.
   */
  function closeForm(opened: CustomRow, row?: CustomRow, replaced?: CustomRow) {
    if (row) {
      const before = replaced ?? opened;
      offerUndo(`Changes to ${row.acronym} saved.`, () => putBackDefinition(store, before, row));
    }
    if (open.current !== opened.id) return;
    open.current = null;
    closedId.current = opened.id;
    setEditing(null);
    setSaving(false);
  }

  async function remove(def: CustomRow) {
    setProblem(null);
    try {
      const result = await deleteCustom(store, def.id);
      if (result.ok) {
        // The button goes with its row: keep the place at the list.
        heading.current?.focus();
        offerUndo(`Definition of ${def.acronym} deleted.`, () =>
          restoreCustom(store, result.removed),
        );
      } else if (result.code === 'STILL_HELD') {
        setProblem({ id: def.id, kind: 'held', held: result.held });
      }
    } catch (error) {
      const text =
        error instanceof StorageError
          ? storageErrorText(error.code)
          : 'The definition could not be deleted. Nothing was changed.';
      setProblem({ id: def.id, kind: 'failed', text });
    }
  }

  const formId = 'own-definition-form';
  const meanwhile = editing && changedMeanwhile(editing, custom);
  const sorted = [...custom].sort((a, b) => a.acronym.localeCompare(b.acronym));
  return (
    <section className="card" aria-labelledby="own-definitions">
      <h2 id="own-definitions" ref={heading} tabIndex={-1}>
        Your own credential definitions
      </h2>
      <ul className="plain-list">
        {sorted.map((def) => (
          <li key={def.id}>
            <strong>{def.acronym}</strong> — {def.name} ({def.body}): {formatNumber(def.total)}{' '}
            {def.unit} every {def.cycleMonths} {def.cycleMonths === 1 ? 'month' : 'months'}.{' '}
            <button
              type="button"
              className="secondary"
              ref={(b) => {
                if (b) editButtons.current.set(def.id, b);
                else editButtons.current.delete(def.id);
              }}
              aria-expanded={editing?.id === def.id}
              aria-controls={editing?.id === def.id ? formId : undefined}
              onClick={() => edit(def)}
            >
              Edit definition<span className="visually-hidden"> of {def.acronym}</span>
            </button>{' '}
            <WriteButton type="button" className="secondary danger" onClick={() => remove(def)}>
              Delete definition<span className="visually-hidden"> of {def.acronym}</span>
            </WriteButton>
            {problem?.id === def.id &&
              (problem.kind === 'held' ? (
                <StillHeld def={def} held={problem.held} />
              ) : (
                <p className="error" role="alert">
                  {problem.text}
                </p>
              ))}
          </li>
        ))}
      </ul>
      {editing && (
        <div id={formId}>
          {!saving && meanwhile === 'changed' && (
            <p className="banner warning" role="status">
              {editing.acronym} was changed after this form was opened (undone, or changed in
              another window). Saving puts what this form holds in its place; Cancel keeps it as it
              is now.
            </p>
          )}
          {meanwhile === 'deleted' && (
            <p className="banner warning" role="status">
              {editing.acronym} was deleted after this form was opened (perhaps in another window).
              Saving will not bring it back; what you typed stays here until you cancel.
            </p>
          )}
          <CustomCredentialForm
            key={editing.id}
            definition={editing}
            onDone={(row, replaced) => closeForm(editing, row, replaced)}
            onSaving={(now) => {
              if (open.current === editing.id) setSaving(now);
            }}
          />
        </div>
      )}
    </section>
  );
}
