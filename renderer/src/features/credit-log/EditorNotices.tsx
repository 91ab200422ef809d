import type { Ref } from 'react';
import type { EditConflict } from './use-editor-actions';

const conflictText: Record<EditConflict, string> = {
  CHANGED:
    'This activity was changed in another window after you opened it. Saving replaces that change with what is shown here; Cancel keeps it.',
  DELETED:
    'This activity was deleted in another window after you opened it. Saving puts it back with what is shown here (without the evidence files it had); Cancel leaves it deleted.',
};

/** Said once a form nobody had typed in took up another window's change to its activity. */
export const REFRESHED_TEXT =
  'This activity was changed in another window; the form now shows that version.';

interface Props {
  refreshed: boolean;
  conflict: EditConflict | null;
  saveError: string | null;
  /** The refreshed note, focused when the control that had focus cannot be found again. */
  noteRef: Ref<HTMLParagraphElement>;
}

/**
 * The activity form's notes above its fields: the form took up another window's change, that
 * change conflicts with what is shown here, or the save failed.
 */
export function EditorNotices({ refreshed, conflict, saveError, noteRef }: Props) {
  return (
    <>
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
    </>
  );
}
