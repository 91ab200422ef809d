import { useLayoutEffect, useRef, useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { isActivityType, isGivingBack } from '../../../../shared/catalog/credentials';
import type { ActivityRow } from '../../db/repositories/activities';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrorText } from '../credentials/messages';
import { ActivityPreview } from './ActivityPreview';
import { AmountFields } from './AmountFields';
import { BasicsFields } from './BasicsFields';
import { ClaimFields } from './ClaimFields';
import { EvidenceField } from './EvidenceField';
import { earnedOnly, type FieldsProps } from './form-types';
import { countsNowhereText, evidenceRefused, fieldLabel } from './messages';
import { PerCredentialFields } from './PerCredentialFields';
import { SplitFields } from './SplitFields';
import { UnusualCheck } from './UnusualCheck';
import { useActivityForm, type FormError } from './use-activity-form';
import { useEditorActions, type EditConflict } from './use-editor-actions';
import { useEvidenceOf } from './use-evidence';
import { useUnsavedWarning } from './use-unsaved-warning';
import { EditForm, WriteButton } from '../../components/read-only';

interface Props {
  original: ActivityRow | null;
  held: readonly HeldWithRule[];
  today: LocalDate;
  /** The activity was deleted elsewhere while this form was open (`original` is the last seen). */
  gone?: boolean;
}

const conflictText: Record<EditConflict, string> = {
  CHANGED:
    'This activity was changed in another window after you opened it. Saving replaces that change with what is shown here; Cancel keeps it.',
  DELETED:
    'This activity was deleted in another window after you opened it. Saving puts it back with what is shown here (without the evidence files it had); Cancel leaves it deleted.',
};

const errorWords = (e: FormError | undefined) => (e ? fieldErrorText(e.code, e) : undefined);

/** Moves focus to a field named in the error summary (a fieldset: its first control). */
function focusField(form: HTMLFormElement | null, field: string) {
  const name = field === 'split' ? 'split.waysOfWorking' : field;
  const target = form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, button')
      : target;
  control?.focus();
}

/** Said once a form nobody had typed in took up another window's change to its activity. */
export const REFRESHED_TEXT =
  'This activity was changed in another window; the form now shows that version.';

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

/** What had focus in the form, to find its new self once the form is drawn again. */
interface FocusKey {
  tag: string;
  name: string | null;
  text: string;
}

const focusKeyOf = (el: Element): FocusKey => ({
  tag: el.tagName,
  name: el.getAttribute('name'),
  text: el.textContent ?? '',
});

/** The control matching `key` in `form`: by its name, else by its kind and its words. */
function findFocus(form: HTMLFormElement, key: FocusKey): HTMLElement | null {
  if (key.name) return form.querySelector<HTMLElement>(`[name="${CSS.escape(key.name)}"]`);
  const same = Array.from(form.querySelectorAll<HTMLElement>(key.tag)).filter(
    (el) => (el.textContent ?? '') === key.text,
  );
  return same.length === 1 ? same[0]! : null;
}

interface BodyProps extends Props {
  refreshed: boolean;
  /** What had focus before the form started again, to focus once drawn. */
  focus: FocusKey | null;
  onStale: (focus: FocusKey | null) => void;
}

function EditorBody({ original, held, today, gone = false, refreshed, focus, onStale }: BodyProps) {
  const form = useActivityForm(original, held, today);
  const {
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
  } = useEditorActions(form, original, today, gone);
  const existing = useEvidenceOf(original?.id ?? null);
  const formRef = useRef<HTMLFormElement>(null);
  const untouched = !form.dirty && !form.submitted && !busy;
  // Set as the first key or change reaches the form, before React draws it: the form never
  // starts again once the person has begun, even when the redraw saying so is still to come.
  const begun = useRef(false);
  const noteRef = useRef<HTMLParagraphElement>(null);
  // Layout effects, not effects: the form starts again, and focus is back in it, in the same
  // task as the drawing that showed the change. After an effect the new form came a task
  // later, and a key pressed in between went into the form being replaced and was lost.
  useLayoutEffect(() => {
    if (conflict !== 'CHANGED' || !untouched || begun.current) return;
    const active = document.activeElement;
    onStale(active && formRef.current?.contains(active) ? focusKeyOf(active) : null);
  }, [conflict, untouched, onStale]);
  useLayoutEffect(() => {
    // Focus was in the form: back on the same control, or on the note when it cannot be found.
    if (!focus || !formRef.current) return;
    (findFocus(formRef.current, focus) ?? noteRef.current)?.focus();
  }, [focus]);
  useUnsavedWarning(form.dirty && !busy);

  const earned = earnedOnly(held);
  const chosen = earned.filter(
    (h) => h.rule.categoryScheme === 'pmi' && h.rule.waysOfWorkingDefault === 'chosen',
  );
  const fields: FieldsProps = {
    draft: form.draft,
    update: form.update,
    errorFor: (f) => errorWords(form.errorFor(f)),
  };
  const type = form.draft.type;
  const education = isActivityType(type) && !isGivingBack(type);

  return (
    <div className="cl-editor">
      <EditForm
        ref={formRef}
        onInputCapture={() => (begun.current = true)}
        onChangeCapture={() => (begun.current = true)}
        className="cl-form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="cl-form-title"
        actions={
          <div className="actions cl-form-actions">
            <WriteButton type="submit" disabled={busy}>
              {original ? 'Save changes' : 'Save activity'}
            </WriteButton>
            <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
              Cancel
            </button>
            {original && (
              <WriteButton
                type="button"
                className="secondary danger"
                onClick={onDelete}
                disabled={busy}
              >
                Delete activity
              </WriteButton>
            )}
          </div>
        }
      >
        <h1 id="cl-form-title">{original ? 'Edit activity' : 'Log an activity'}</h1>
        <ErrorSummary
          ref={summaryRef}
          items={form.shown.map((e) => ({
            field: e.field,
            label: `${fieldLabel(e.field, form.acronyms)}${e.name ? ` (${e.name})` : ''}`,
            message: fieldErrorText(e.code, e),
          }))}
          onGoTo={(f) => focusField(formRef.current, f)}
        />
        <UnusualCheck
          ref={checkRef}
          unusual={unusual}
          onGoTo={(f) => focusField(formRef.current, f)}
          onSaveAnyway={() => void onSaveAnyway()}
          busy={busy}
        />
        {refreshed && !conflict && (
          <p className="cl-refreshed" tabIndex={-1} ref={noteRef}>
            {REFRESHED_TEXT}
          </p>
        )}
        {conflict && (
          <div className="form-summary" role="alert">
            {conflictText[conflict]}
          </div>
        )}
        {saveError && (
          <div className="form-summary" role="alert">
            {saveError}
          </div>
        )}
        <BasicsFields
          {...fields}
          dateNote={form.countsNowhere && countsNowhereText(form.countsNowhere, form.acronyms)}
          onDateBlur={form.settleDate}
        />
        <AmountFields {...fields} />
        {education && <SplitFields {...fields} chosen={chosen} />}
        <ClaimFields {...fields} />
        <PerCredentialFields {...fields} earned={earned} />
        <EvidenceField
          existing={existing ?? []}
          removeIds={form.removeIds}
          onToggleRemove={form.toggleRemove}
          added={form.added}
          onAdd={form.addFiles}
          onRemoveAdded={form.removeAdded}
          error={
            form.evidenceErrors.map((x) => evidenceRefused(x.name ?? '', x.code)).join(' ') ||
            undefined
          }
        />
      </EditForm>
      <ActivityPreview
        held={held}
        applications={form.preview.applications}
        blocking={form.preview.blocking}
      />
    </div>
  );
}
