import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUndo } from '../../components/undo';
import { resetLadderPlan, restoreLadderPlan } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { WriteButton } from '../../components/read-only';

/** Puts the whole ladder back as shipped, after asking; Undo brings the edited one back. */
export function ResetLadder() {
  const store = useStore();
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  async function reset() {
    setAsking(false);
    try {
      const removed = await resetLadderPlan(store);
      if (removed) {
        offerUndo('The ladder is back to the default.', () => restoreLadderPlan(store, removed));
      }
    } catch (error) {
      setProblem(saveFailureText(error));
    }
  }
  return (
    <div className="actions">
      <WriteButton type="button" className="secondary" onClick={() => setAsking(true)}>
        Reset the whole ladder to the default
      </WriteButton>
      {asking && (
        <ConfirmDialog
          title="Reset the whole ladder?"
          confirmLabel="Reset the ladder"
          onConfirm={() => void reset()}
          onCancel={() => setAsking(false)}
        >
          <p>
            Every rung, requirement and name you changed goes back to the default. Right after, Undo
            can still bring your edited ladder back.
          </p>
        </ConfirmDialog>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
