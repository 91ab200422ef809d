import { useCallback, useState } from 'react';
import type { LadderEdit, LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { UndoRefused, useUndo } from '../../components/undo';
import { sameDraft } from '../../components/unsaved-changes';
import { getLadderPlan, saveLadderPlan } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { ladderEditText, nameClashText } from './edit-messages';
import { newNameClashes } from '../../../../shared/domain/ladder/rung-names';

/**
 * Applies a ladder edit; resolves true when the new ladder is saved. With `undoMessage` it
 * offers Undo, after which focus goes to what `undoFocus` finds (the control drawn again).
 */
export type ApplyLadderEdit = (
  edit: LadderEdit,
  undoMessage?: string,
  undoFocus?: () => Element | null | undefined,
) => Promise<boolean>;

/**
 * Applies a pure ladder edit: saves the new plan, or returns the error words; a removal
 * offers Undo (the plan before the edit is saved back) — only while the ladder is still as
 * that edit left it, so Undo never throws away a later edit.
 */
export function useLadderEdit(plan: LadderPlan) {
  const store = useStore();
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const apply = useCallback<ApplyLadderEdit>(
    async (edit, undoMessage, undoFocus) => {
      if (!edit.ok) {
        setProblem(edit.errors.map(ladderEditText).join(' '));
        return false;
      }
      // No edit gives two rungs one name (a rung reset to a default name one of the user's
      // own took, say); the forms say it at the name field before they get here.
      const clashes = newNameClashes(plan.rungs, edit.value.rungs);
      if (clashes.length > 0) {
        setProblem(nameClashText(clashes));
        return false;
      }
      try {
        const saved = await saveLadderPlan(store, edit.value);
        if (!saved.ok) {
          setProblem(saved.errors.map(ladderEditText).join(' '));
          return false;
        }
        setProblem(null);
        if (undoMessage) {
          offerUndo(
            undoMessage,
            async () => {
              const now = await getLadderPlan(store);
              if (!sameDraft(now.rungs, saved.value.rungs)) {
                throw new UndoRefused(
                  'The ladder was changed after this, so it was not undone: your later changes are kept.',
                );
              }
              // `plan` is the ladder that was stored: putting it back is never refused by a
              // check added after it was saved (keptAsStored).
              const back = await saveLadderPlan(store, plan, { keptAsStored: plan });
              if (!back.ok) throw new Error('The earlier ladder could not be saved.');
            },
            undoFocus ? { focus: undoFocus } : undefined,
          );
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
