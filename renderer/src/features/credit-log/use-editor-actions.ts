import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EditConflict } from '../../components/use-edit-conflict';
import type { LocalDate } from '../../../../shared/dates';
import { unusualActivity } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { cameFrom } from '../../app/use-route';
import { storageErrorText } from '../../components/storage-messages';
import { focusSoon } from '../../components/focus-soon';
import { UndoRefused, useUndo } from '../../components/undo';
import { leaveTo, moveWithoutAsking } from '../../components/unsaved-changes';
import { StorageError } from '../../db/errors';
import { writesApplied } from '../../db/patched-rows';
import {
  deleteActivity,
  restoreActivity,
  saveActivity,
  type ActivityRow,
  type DeletedActivity,
} from '../../db/repositories/activities';
import { useStore } from '../../db/store-context';
import { notPutBackText } from '../learning/tab-words';
import { justDeleted } from './just-deleted';
import { alreadyDeletedText } from './messages';
import { activityLink, editorReturn } from './return-to';
import type { ActivityForm } from './use-activity-form';

type Store = ReturnType<typeof useStore>;

/**
 * Undo of a delete: refused, with words, when the activity was saved again after the delete
 * (an edit form still open in another window): that later version is kept.
 */
async function undoDelete(store: Store, removed: DeletedActivity, title: string) {
  if (!(await restoreActivity(store, removed))) throw new UndoRefused(notPutBackText(title));
}

/**
 * Saves through the repository: one transaction for the activity and its evidence; refused
 * (a conflict) when `ifStill` is given and the stored activity is no longer that version.
 */
async function save(form: ActivityForm, store: Store, today: LocalDate, ifStill?: ActivityRow) {
  const addEvidence = await Promise.all(
    form.added.map(async ({ file }) => ({
      name: file.name,
      mimeType: file.type,
      data: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  return saveActivity(store, form.activity, today, {
    addEvidence,
    removeEvidenceIds: form.removeIds,
    ...(ifStill === undefined ? {} : { ifStill }),
  });
}

/** A row's content, whatever order its fields were read in (reads can differ in that alone). */
function contentOf(row: ActivityRow | null): string {
  if (!row) return 'null';
  const r = row as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(r)
        .sort()
        .map((k) => [k, r[k]]),
    ),
  );
}

/** Why the activity shown is not what is stored: changed or deleted elsewhere since it was opened. */
export type { EditConflict };

const failureText = (error: unknown) =>
  error instanceof StorageError ? storageErrorText(error.code) : String(error);

/**
 * Save (saying so), delete (with Undo) and cancel (asking first when something changed), each
 * going back to the screen the editor was opened from (editorReturn). Nothing is written while
 * the form is invalid, and what was typed stays on any error. An edit never overwrites a
 * change made elsewhere unseen: when the activity was changed or deleted (`gone`) since the
 * form was opened, the form says so (`conflict`) and only a save after that replaces it.
 */
export function useEditorActions(
  form: ActivityForm,
  original: ActivityRow | null,
  today: LocalDate,
  gone = false,
) {
  const store = useStore();
  const offerUndo = useUndo();
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The version the form was opened on, and its content (rows are compared by content: a
  // change elsewhere can keep the same timestamp).
  const [opened] = useState(original);
  const [openedText] = useState(() => contentOf(original));
  // A conflict a save ran into before the screen had heard of the change.
  const [found, setFound] = useState<EditConflict | null>(null);
  const seen: EditConflict | null = gone
    ? 'DELETED'
    : original && opened && contentOf(original) !== openedText
      ? 'CHANGED'
      : null;
  // Not while saving: the form's own save changes the stored version before it closes.
  const conflict = found ?? (busy ? null : seen);
  const [back] = useState(() => editorReturn(cameFrom()));
  // Saved or cancelled back to the log: the activity's row takes focus once the log is drawn,
  // so a keyboard user goes on from where they were, not from the top of a long log (another
  // screen gone back to starts from its heading, Shell). Only once the editor has gone (a
  // Cancel may wait for "Discard your changes?") and only if it went back to the log (not to
  // where "Keep editing" and a later move led).
  const returnFocusTo = useRef<string | null>(null);
  useEffect(
    () => () => {
      const id = returnFocusTo.current;
      const log = hrefFor('credit-log');
      if (id !== null && back === log && window.location.hash === log)
        focusSoon(activityLink(id), undefined, null);
    },
    [back],
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  // Unusual values (unusualActivity: a misplaced decimal point, a mistyped year, a PMI
  // holder's course without its split) are asked about once a save is tried, except what the
  // stored activity already had (asked about when it was saved).
  const [before] = useState(() =>
    original ? unusualActivity(original, today, form.held).map((u) => JSON.stringify(u)) : [],
  );
  const unusualNow = (
    form.errors.length === 0 ? unusualActivity(form.activity, today, form.held) : []
  ).filter((u) => !before.includes(JSON.stringify(u)));
  const [asked, setAsked] = useState(false);
  const checkRef = useRef<HTMLDivElement>(null);
  const unusual = asked ? unusualNow : [];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.setSubmitted(true);
    setSaveError(null);
    if (form.errors.length > 0) return focusSummary();
    if (unusualNow.length > 0) {
      setAsked(true);
      return requestAnimationFrame(() => checkRef.current?.focus());
    }
    await write();
  }

  /** Saves what is shown, the unusual values asked about included. */
  async function onSaveAnyway() {
    if (form.errors.length > 0) return focusSummary();
    await write();
  }

  async function write() {
    setBusy(true);
    // Saved: the form stays busy until the screen it goes back to replaces it. Drawn idle in
    // that moment, it took its own save, now in the live data, for a change made in another
    // window and said so (an alert, read out) just as the person's save had worked.
    let leaving = false;
    try {
      // Once the form has said what changed, saving replaces the version it said so about (the
      // row as now seen: a further change made meanwhile is refused and said again); a deleted
      // activity is put back. Until then, only the version the form was opened on.
      const ifStill =
        conflict === 'DELETED' ? undefined : conflict === 'CHANGED' ? original : opened;
      const result = await save(form, store, today, ifStill ?? undefined);
      // A file refused before is checked again by this save: only its own refusals are shown.
      form.setEvidenceErrors([]);
      if (result.ok) {
        // The screen comes back with the saved row in it (not what it showed before, then again).
        await writesApplied(store.db);
        const title = result.value.title;
        offerUndo(original ? `Saved your changes to “${title}”.` : `Saved “${title}”.`);
        leaving = true;
        returnFocusTo.current = result.value.id;
        return moveWithoutAsking(back);
      }
      if ('conflict' in result) {
        setFound(result.conflict);
        return focusSummary();
      }
      form.setEvidenceErrors(result.errors.filter((x) => x.field === 'evidence'));
      focusSummary();
    } catch (error) {
      setSaveError(failureText(error));
    } finally {
      if (!leaving) setBusy(false);
    }
  }

  async function onDelete() {
    if (!original) return;
    setBusy(true);
    try {
      justDeleted.add(original.id);
      const removed = await deleteActivity(store, original.id);
      const title = original.title;
      // After Undo, focus goes to the entry's row in the log (drawn again with it).
      if (removed)
        offerUndo(`Deleted “${title}”.`, () => undoDelete(store, removed, title), {
          focus: activityLink(original.id),
        });
      // Deleted in another window first: nothing was deleted here, and nothing to undo.
      else offerUndo(alreadyDeletedText(title));
      await writesApplied(store.db);
      moveWithoutAsking(back);
    } catch (error) {
      justDeleted.delete(original.id);
      setSaveError(failureText(error));
      setBusy(false);
    }
  }

  // With changes, the app-wide "Discard your changes?" question asks first.
  const onCancel = () => {
    returnFocusTo.current = original?.id ?? null;
    leaveTo(back);
  };

  return {
    busy,
    saveError,
    conflict,
    summaryRef,
    unusual,
    checkRef,
    onSubmit,
    onSaveAnyway,
    onDelete,
    onCancel,
  };
}
