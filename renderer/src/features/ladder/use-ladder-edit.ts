import { useCallback, useState } from 'react';
import type { LadderEdit, LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { useUndo } from '../../components/undo';
import { saveLadderPlan } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { goalErrorText } from '../goals/messages';

/**
 * Applies a pure ladder edit: saves the new plan, or returns the error words; a removal
 * offers Undo (the plan before the edit is saved back).
 */
export function useLadderEdit(plan: LadderPlan) {
  const store = useStore();
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const apply = useCallback(
    async (edit: LadderEdit, undoMessage?: string): Promise<boolean> => {
      if (!edit.ok) {
        setProblem(edit.errors.map((e) => goalErrorText(e.code)).join(' '));
        return false;
      }
      try {
        const saved = await saveLadderPlan(store, edit.value);
        if (!saved.ok) throw new Error(saved.errors.map((e) => e.code).join(', '));
        setProblem(null);
        if (undoMessage) {
          offerUndo(undoMessage, async () => void (await saveLadderPlan(store, plan)));
        }
        return true;
      } catch (error) {
        setProblem(saveFailureText(error));
        return false;
      }
    },
    [store, offerUndo, plan],
  );
  return { apply, problem };
}
