import { useEffect, useRef, useState, type Ref, type FormEvent } from 'react';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldStage } from '../../../../shared/domain/credentials';
import { closeFormText, DiscardChanges } from '../../components/DiscardDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { focusSoon } from '../../components/focus-soon';
import { Field } from '../../components/Field';
import { storageErrorText } from '../../components/storage-messages';
import { useToday } from '../../app/use-today';
import { StorageError } from '../../db/errors';
import { saveHeld, type CustomRow, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { heldConflictText } from './messages';
import { useHeldConflict } from './use-held-conflict';
import { useDraftGuard } from '../../components/unsaved-changes';
import {
  heldErrorMap,
  heldLabels,
  heldSummaryItems,
  unshownProblemsText,
} from './credential-summary';
import { EditForm, WriteButton } from '../../components/read-only';
import { KeepCurrentFieldset, useKeepCurrent } from './keep-current';
import { RuleAppliesNotice } from './RuleAppliesNotice';
import { CredentialStageFields } from './CredentialStageFields';
import { useFormClose, type FormCloser } from './use-form-close';
import {
  ApplicationFields,
  applicationInput,
  applicationShown,
  splitApplicationErrors,
  useApplicationFields,
  withApplicationItems,
} from './ApplicationFields';

/** A blur this soon after the save button is pressed is that press taking the focus. */
const SAVE_PRESS_MS = 500;

interface Props {
  custom: readonly CustomRow[];
  /** Editing an existing credential (as stored now); absent to add a new one. */
  existing?: HeldRow;
  /** The credential was deleted elsewhere while this form was open (`existing` is the last seen). */
  gone?: boolean;
  /** The form's id, for the control that opens it to find it (aria-controls, focus). */
  id?: string;
  /**
   * Escape closes the form (as Cancel does): straight away when nothing was changed, else
   * after "Discard your changes?" is answered. Off where the form is the page's own.
   */
  closeOnEscape?: boolean;
  /**
   * For the control that opened the form, pressed again: `requestClose` closes the form as
   * Escape does (straight away when nothing was changed, else after "Discard your changes?").
   */
  closeRef?: Ref<FormCloser>;
  /**
   * Told whether the form holds changes not saved (false when it opens), for a page that moves
   * on without the URL changing (the first steps), which asks "Discard your changes?" first.
   */
  onChanged?: (changed: boolean) => void;
  onDone: (saved: HeldRow | null) => void;
}

export type { FormCloser };

/** Add a credential you hold or aim for, or edit its stage and dates. */
export function AddCredentialForm(props: Props) {
  const { custom, existing, gone = false, id, closeOnEscape = false, closeRef, onChanged } = props;
  const { onDone } = props;
  const store = useStore();
  const today = useToday();
  const conflict = useHeldConflict(existing, gone);
  const [credentialId, setCredentialId] = useState(existing?.credentialId ?? '');
  const [stage, setStage] = useState<HeldStage>(existing?.stage ?? 'earned');
  const [examDate, setExamDate] = useState(existing?.examDate ?? '');
  const [earnedDate, setEarnedDate] = useState(existing?.earnedDate ?? '');
  const [earnedKept, setEarnedKept] = useState(!!existing?.earnedDate);
  const application = useApplicationFields(existing);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // When the save button was last pressed (pointer down), for the earned date's blur.
  const pressedSave = useRef(-Infinity);
  const wordsRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLFieldSetElement>(null);
  // An earned credential whose first cycle has ended: renewed every cycle so far?
  const keep = useKeepCurrent({ existing, credentialId, stage, earnedDate, custom, today });
  const draft = {
    credentialId,
    stage,
    examDate,
    earnedDate,
    keep: keep.draft,
    application: application.draft,
  };
  useDraftGuard(draft);
  const { askingFrom, setAskingFrom, onKeyDown, changed } = useFormClose(draft, {
    closeOnEscape,
    closeRef,
    onDone,
  });
  useEffect(() => onChanged?.(changed), [onChanged, changed]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    // The question catches up with the earned date as typed, which is the one saved.
    keep.settle();
    if (!credentialId) return refused({ credentialId: 'Choose a credential.' });
    conflict.setBusy(true);
    try {
      const input = {
        ...(existing ?? {}),
        credentialId,
        stage,
        examDate: examDate || null,
        earnedDate: earnedDate || null,
        ...applicationInput(application, credentialId),
      };
      const save = await keep.toSave(input.renewals);
      // The question was never on screen (the date typed and saved at once): it shows now
      // (settled above), with a line saying why nothing was saved; the next press saves.
      if (save.unseen) return focusSoon(() => questionRef.current);
      const { renewals } = save;
      const result = await saveHeld(
        store,
        renewals ? { ...input, renewals } : input,
        today,
        conflict.ifStill,
      );
      if ('conflict' in result) return conflict.setFound(result.conflict);
      if (!result.ok) return refused(heldErrorMap(result.errors, renewals ?? input.renewals));
      setErrors({});
      onDone(result.value);
    } catch (error) {
      setFailure(error instanceof StorageError ? storageErrorText(error.code) : String(error));
    } finally {
      conflict.setBusy(false);
    }
  }

  /** Shows what stops the save and moves focus to it: the summary, else the words. */
  function refused(next: Record<string, string>) {
    setErrors(next);
    requestAnimationFrame(() => (summaryRef.current ?? wordsRef.current)?.focus());
  }

  // The catalogue's rule (CAPM before 1 Oct 2020: RuleAppliesNotice says so before saving).
  const catalogueRule = findCredentialRule(credentialId);
  const earnedShown = stage === 'earned' || earnedKept;
  const earnedLabel = stage === 'earned' ? heldLabels.earnedWhenEarned : heldLabels.earnedOtherwise;
  const { own, rest } = splitApplicationErrors(errors);
  const items = withApplicationItems(heldSummaryItems(rest, earnedShown ? earnedLabel : null), own);
  const unshown = unshownProblemsText(rest, 'held', earnedShown);
  return (
    <>
      <EditForm
        id={id}
        className="card credential-form"
        onSubmit={submit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={existing ? 'Edit credential' : 'Add a credential'}
        actions={
          <div className="actions">
            <WriteButton
              type="submit"
              disabled={conflict.busy}
              onPointerDown={() => (pressedSave.current = performance.now())}
            >
              {existing ? 'Save changes' : 'Add credential'}
            </WriteButton>
            <button type="button" className="secondary" onClick={() => onDone(null)}>
              Cancel
            </button>
          </div>
        }
      >
        <h2 id={existing ? undefined : 'add-credential-title'}>
          {existing ? 'Edit credential' : 'Add a credential'}
        </h2>
        <ErrorSummary ref={summaryRef} items={items} />
        {(failure ?? unshown) && (
          <div className="form-summary" role="alert" tabIndex={-1} ref={wordsRef}>
            {failure ?? unshown}
          </div>
        )}
        {conflict.shown && (
          <div className="form-summary" role="alert">
            {heldConflictText[conflict.shown]}
          </div>
        )}
        <CredentialStageFields
          custom={custom}
          editing={!!existing}
          credentialId={credentialId}
          setCredentialId={setCredentialId}
          stage={stage}
          setStage={setStage}
          examDate={examDate}
          setExamDate={setExamDate}
          errors={errors}
        />
        {applicationShown(credentialId, stage, own) && (
          <ApplicationFields answers={application} errors={own} today={today} />
        )}
        {/* Not earned yet: no earned date to ask for — unless one was stored or typed here, which
          stays in view (and focus stays in it while it is cleared) so nothing is saved unseen. */}
        {earnedShown && (
          <Field
            label={earnedLabel}
            hint={
              stage === 'earned'
                ? 'The first cycle starts on this day.'
                : 'Only used once the stage is Earned: clear it if the credential is not earned yet.'
            }
            error={errors.earnedDate}
          >
            <input
              type="date"
              value={earnedDate}
              max={today}
              onChange={(e) => {
                setEarnedDate(e.target.value);
                if (e.target.value) setEarnedKept(true);
              }}
              onBlur={() => {
                // Left for the save button, pressed: showing the question now would move the
                // button away before the click lands. The save uses the date as typed, as
                // Enter in the field does; if that date asks the question, the save waits
                // for it to be seen (keep.toSave).
                if (performance.now() - pressedSave.current < SAVE_PRESS_MS) return;
                keep.settle();
              }}
            />
          </Field>
        )}
        {catalogueRule && (
          <RuleAppliesNotice
            credential={{ id: '', credentialId, stage, earnedDate: earnedDate || null }}
            rule={catalogueRule}
          />
        )}
        <KeepCurrentFieldset
          keep={keep}
          today={today}
          saveLabel={existing ? 'Save changes' : 'Add credential'}
          groupRef={questionRef}
        />
      </EditForm>
      {/* Outside the form: Escape in the question is "Keep editing", not the form's Escape. */}
      {askingFrom && (
        <DiscardChanges
          text={closeFormText}
          returnTo={askingFrom}
          onKeep={() => setAskingFrom(null)}
          onDiscard={() => onDone(null)}
        />
      )}
    </>
  );
}
