import { useState } from 'react';
import { useUndo } from '../../components/undo';
import { resetLadderPlan, restoreLadderPlan } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';

/** Puts the whole ladder back as shipped; Undo brings the edited one back. */
export function ResetLadder() {
  const store = useStore();
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  async function reset() {
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
      <button type="button" className="secondary" onClick={() => void reset()}>
        Reset the whole ladder to the default
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
