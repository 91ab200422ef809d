import { useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { ActivityRow } from '../../db/repositories/activities';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ActivityPreview } from './ActivityPreview';
import { focusField, useFreshStart, type FocusKey } from './editor-focus';
import { EditorFields } from './EditorFields';
import { EditorNotices, REFRESHED_TEXT } from './EditorNotices';
import { activityFieldText, fieldLabel } from './messages';
import { UnusualCheck } from './UnusualCheck';
import { useActivityForm, type ActivityForm } from './use-activity-form';
import { useEditorActions } from './use-editor-actions';
import { useEvidenceOf } from './use-evidence';
import { useUnsavedWarning } from './use-unsaved-warning';
import { EditForm, WriteButton } from '../../components/read-only';

export { REFRESHED_TEXT } from './EditorNotices';

interface Props {
  original: ActivityRow | null;
  held: readonly HeldWithRule[];
  today: LocalDate;
  /** The activity was deleted elsewhere while this form was open (`original` is the last seen). */
  gone?: boolean;
}

/**
 * Add or edit one activity, with a live preview of how it counts for each credential. When
 * the activity is changed in another window while its form is open and nothing has been typed
 * in it, the form starts again from the stored version (keeping the field that had focus)
 * instead of offering to overwrite a change nobody here meant to undo; with something typed,
 * it says so and keeps what was typed (useEditorActions' conflict).
 */
export function ActivityEditor(props: Props) {
  const [fresh, setFresh] = useState<{ version: number; focus: FocusKey | null }>({
    version: 0,
    focus: null,
  });
  return (
    <>
      {/* Present from the start, so the words put in it are announced. */}
      <p className="visually-hidden" role="status">
        {fresh.version > 0 ? REFRESHED_TEXT : ''}
      </p>
      <EditorBody
        key={fresh.version}
        {...props}
        refreshed={fresh.version > 0}
        focus={fresh.focus}
        onStale={(focus) => setFresh((f) => ({ version: f.version + 1, focus }))}
      />
    </>
  );
}

interface BodyProps extends Props {
  refreshed: boolean;
  /** What had focus before the form started again, to focus once drawn. */
  focus: FocusKey | null;
  onStale: (focus: FocusKey | null) => void;
}

interface ActionsProps {
  editing: boolean;
  busy: boolean;
  onCancel: () => void;
  onDelete: () => void;
}

/** Save, Cancel and, for a stored activity, Delete. */
function EditorActions({ editing, busy, onCancel, onDelete }: ActionsProps) {
  return (
    <div className="actions cl-form-actions">
      <WriteButton type="submit" disabled={busy}>
        {editing ? 'Save changes' : 'Save activity'}
      </WriteButton>
      <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
      {editing && (
        <WriteButton type="button" className="secondary danger" onClick={onDelete} disabled={busy}>
          Delete activity
        </WriteButton>
      )}
    </div>
  );
}

/** The error summary's lines: each field's label (with its name, if any) and its error. */
const summaryItems = (form: ActivityForm) =>
  form.shown.map((e) => ({
    field: e.field,
    label: `${fieldLabel(e.field, form.acronyms)}${e.name ? ` (${e.name})` : ''}`,
    // Said as its field says it: what to type instead ("1,500": which of the two?), in the unit.
    message: activityFieldText(e, form.draft),
  }));

function EditorBody({ original, held, today, gone = false, refreshed, focus, onStale }: BodyProps) {
  const form = useActivityForm(original, held, today);
  const actions = useEditorActions(form, original, today, gone);
  const { busy, conflict, summaryRef, unusual, checkRef, onSubmit, onSaveAnyway } = actions;
  const existing = useEvidenceOf(original?.id ?? null);
  const untouched = !form.dirty && !form.submitted && !busy;
  const { formRef, noteRef, onBegin } = useFreshStart({ conflict, untouched, focus, onStale });
  useUnsavedWarning(form.dirty && !busy);
  const goTo = (field: string) => focusField(formRef.current, field);
  return (
    <div className="cl-editor">
      <EditForm
        ref={formRef}
        onInputCapture={onBegin}
        onChangeCapture={onBegin}
        className="cl-form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="cl-form-title"
        actions={
          <EditorActions
            editing={original !== null}
            busy={busy}
            onCancel={actions.onCancel}
            onDelete={actions.onDelete}
          />
        }
      >
        <h1 id="cl-form-title">{original ? 'Edit activity' : 'Log an activity'}</h1>
        <ErrorSummary ref={summaryRef} items={summaryItems(form)} onGoTo={goTo} />
        <UnusualCheck
          ref={checkRef}
          unusual={unusual}
          onGoTo={goTo}
          onSaveAnyway={() => void onSaveAnyway()}
          busy={busy}
        />
        <EditorNotices
          refreshed={refreshed}
          conflict={conflict}
          saveError={actions.saveError}
          noteRef={noteRef}
        />
        <EditorFields form={form} held={held} existing={existing} />
      </EditForm>
      <ActivityPreview
        held={held}
        applications={form.preview.applications}
        blocking={form.preview.blocking}
      />
    </div>
  );
}
