import { useState, type Dispatch, type SetStateAction } from 'react';
import { sameDraft, useUnsavedChanges } from './unsaved-changes';

export interface StoredDraft<T> {
  draft: T;
  setDraft: Dispatch<SetStateAction<T>>;
  /**
   * Call after the form's own save (as useDraftGuard's): the draft saved, or the one given, is
   * what the form now starts from, and no longer "changed elsewhere".
   */
  markSaved: (saved?: T) => void;
  /** The stored value changed (a restore, another window) while the form held changes. */
  changedElsewhere: boolean;
  /**
   * What the form says of its last save ("Saved.", or why it failed). It speaks of the values
   * on screen, so it goes when the person changes the draft or a stored change from elsewhere
   * arrives; the form's own save landing keeps it.
   */
  note: string | null;
  setNote: (note: string | null) => void;
}

/**
 * A settings form's draft that follows its stored value. `start` is the draft the stored value
 * gives (worked out on every render from it). When the stored value changes, a form without
 * unsaved changes (its draft is what it last started from or saved) takes the new value, so a
 * restored backup or another window's change is shown and never saved back over unseen. A
 * form with changes keeps what the person typed, and says the stored value changed
 * (`changedElsewhere`), as the profile form does. The form's own save landing is not a change
 * from elsewhere.
 *
 * While the draft differs from what it started from, the app-wide unsaved-changes guard asks
 * before leaving (as useDraftGuard); `guard: false` for a form that saves each choice at once.
 */
export function useStoredDraft<T>(start: T, { guard = true } = {}): StoredDraft<T> {
  const [draft, setDraft] = useState(start);
  // What the form counts as unchanged: the value it last started from, or last saved.
  const [baseline, setBaseline] = useState(start);
  // The stored value last seen, to notice when it changes.
  const [seen, setSeen] = useState(start);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  if (!sameDraft(start, seen)) {
    setSeen(start);
    if (!(sameDraft(start, baseline) && sameDraft(draft, start))) setNote(null);
    if (sameDraft(draft, baseline) || sameDraft(draft, start)) {
      setDraft(start);
      setBaseline(start);
      setChangedElsewhere(false);
    } else if (!sameDraft(start, baseline)) {
      // Saving now replaces the new stored value: the form is still dirty against it.
      setBaseline(start);
      setChangedElsewhere(true);
    }
    // Else this form's own save has landed, with changes typed since: they are kept.
  }
  useUnsavedChanges(guard && !sameDraft(draft, baseline));
  const markSaved = (saved?: T) => {
    setBaseline(saved === undefined ? draft : saved);
    setChangedElsewhere(false);
  };
  const change: Dispatch<SetStateAction<T>> = (next) => {
    setDraft(next);
    setNote(null);
  };
  return { draft, setDraft: change, markSaved, changedElsewhere, note, setNote };
}
