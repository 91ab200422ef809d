import { useState } from 'react';
import { defaultLadderPlan, type LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { Goal } from '../../../../shared/domain/goals';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUndo } from '../../components/undo';
import { resetLadderPlan, restoreLadderPlan } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { WriteButton } from '../../components/read-only';
import { resetLossText } from './edit-messages';
import { ladderResetLoss } from '../../../../shared/domain/ladder/reset-loss';

/**
 * Puts the whole ladder back as shipped, after asking; Undo brings the edited one back. The
 * question says what goes besides changed numbers and names: the rungs and requirements the
 * user added, the goals linked to them (`goals` undefined: not known yet, said in general) and
 * a profile rung that was one of the rungs added.
 */
export function ResetLadder(props: {
  plan: LadderPlan;
  goals: readonly Pick<Goal, 'target'>[] | undefined;
  profile: { currentRung?: string | null; targetRung?: string | null } | null | undefined;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const lost = asking
    ? resetLossText(
        props.goals === undefined
          ? null
          : ladderResetLoss(props.plan, defaultLadderPlan(), props.goals, props.profile),
      )
    : [];
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
          <p>Every rung, requirement and name you changed goes back to the default.</p>
          {lost.length > 0 && (
            <ul>
              {lost.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
          <p>Right after, Undo can still bring your edited ladder back.</p>
        </ConfirmDialog>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
