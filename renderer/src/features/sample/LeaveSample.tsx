import { useEffect, useId, useRef, useState } from 'react';
import { sampleChanges, type SampleChanges } from '../../db/repositories/sample-loaded';
import { switchForm } from '../../components/unsaved-changes';
import { useStore } from '../../db/store-context';
import { changesText, sampleText } from './messages';
import { leaveSampleMode } from './sample-mode';

/**
 * "Leave sample data…", then a confirmation that says plainly what goes: every sample record,
 * and with them whatever the user added or changed while exploring (counted when it can be).
 * Used by the sample banner and by Settings → Backups.
 */
export function LeaveSample() {
  const store = useStore();
  const [confirming, setConfirming] = useState(false);
  const [changes, setChanges] = useState<SampleChanges | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const questionId = useId();
  const warningId = useId();
  // "Keep exploring" puts the keyboard back on the button that asked (it was removed).
  const leaveButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current = false;
    leaveButton.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (!confirming) return;
    let live = true;
    sampleChanges(store).then(
      (c) => live && setChanges(c),
      () => live && setChanges({ known: false }),
    );
    return () => {
      live = false;
    };
  }, [confirming, store]);

  // Until the page reloads (a few seconds when another window holds the sample): once.
  const [leaving, setLeaving] = useState(false);
  async function leave() {
    setLeaving(true);
    try {
      await leaveSampleMode(() => store.db.close());
    } catch {
      setFailure(sampleText.leaveFailed);
    }
  }

  if (!confirming)
    return (
      <button type="button" ref={leaveButton} onClick={() => setConfirming(true)}>
        {sampleText.leave}
      </button>
    );
  const counted = changes && changesText(changes);
  return (
    <div
      className="leave-sample"
      role="group"
      aria-labelledby={questionId}
      aria-describedby={warningId}
    >
      <p id={questionId}>
        <strong>{sampleText.question}</strong>
      </p>
      <p id={warningId}>
        {sampleText.removedToo}{' '}
        <span role="status">
          {leaving ? sampleText.removing : changes ? counted : sampleText.counting}
        </span>
      </p>
      <div className="actions">
        <button
          type="button"
          // A form holding typing asks "Discard your changes?" first.
          onClick={() => switchForm(() => void leave())}
          disabled={changes === null || leaving}
        >
          {sampleText.remove}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
            setChanges(null);
          }}
          disabled={leaving}
          autoFocus
        >
          {sampleText.keep}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
