import { useState } from 'react';
import { creditConfirmKey, type PendingCredits, type Split } from './CreditConfirm';
import type { TypedByKey } from './live-pending';

/** What a screen draws of the panel: the entry as stored now (livePanel's answer). */
export interface LiveConfirm {
  pending: PendingCredits;
  splits: (Split | null)[];
  notes: string[];
}

/**
 * The "Credit entries to confirm" panel's state, shared by the Learning and Network screens:
 * the credit entries as proposed and the hours per area typed in the panel, kept by the
 * screen so they outlive the panel being drawn again (another tab shown meanwhile, say).
 * `liveOf` works the panel out again from the entry as stored now (changed in another window);
 * null while the screen's data is still loading.
 *
 * `onPending` shows credit entries to confirm, or takes them away; with `savedId` (an entry
 * saved that proposes nothing) only when the panel is that entry's: another entry's panel, and
 * what was typed in it, stays. The same proposal again keeps what was typed.
 */
export function useConfirmPanel(
  liveOf: (pending: PendingCredits, typed: TypedByKey) => LiveConfirm | null,
) {
  const [panel, setPanel] = useState<{ pending: PendingCredits; typed: TypedByKey } | null>(null);
  const onPending = (p: PendingCredits | null, savedId?: string) =>
    setPanel((now) => {
      if (!p) return now && savedId !== undefined && now.pending.sourceId !== savedId ? now : null;
      const same = now && creditConfirmKey(now.pending) === creditConfirmKey(p);
      return { pending: p, typed: same ? now.typed : {} };
    });
  const live = panel && liveOf(panel.pending, panel.typed);
  /** Hours per area typed for the suggestion at `index`, kept with the hours they were typed for. */
  const typeSplit = (index: number, split: Split) => {
    const s = live?.pending.suggestions[index];
    if (!s) return;
    setPanel(
      (now) =>
        now && { ...now, typed: { ...now.typed, [s.key]: { split, amount: s.activity.amount } } },
    );
  };
  return { panel, live, onPending, typeSplit, close: () => setPanel(null) };
}
