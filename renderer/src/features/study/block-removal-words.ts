/**
 * The words of removing a study block (the week and the block's dialog). Kept apart from
 * messages.ts, which the app's start-up reads: these belong to the study screen alone. A
 * missed block's words are in missed-words.ts, which the dashboard reads too.
 */
import type { LocalDate } from '../../../../shared/dates';
import type { ClockChoice } from '../../db/repositories/settings';
import type { RemoveBlockError } from '../../db/repositories/study-block-remove';
import { blockTimesText, shortDayText } from './time-words';

/** A removal refused, in words that say what to do; nothing was removed. */
export const removeBlockErrors: Record<RemoveBlockError, string> = {
  DAY_PASSED:
    'This block’s day has passed, so it stays as the record of what was planned. To make it up, move it to today or a later day.',
  NOT_FOUND: 'This block no longer exists; it may have been re-planned. Cancel to see the week.',
  CHANGED:
    'This block was moved or changed in another window while this one was open, so it was not removed. Cancel, then open the block again to see where it is now.',
};

/**
 * The Undo notice: which block went, as the dialog's heading named it ("Study block removed:
 * PMP study, Tue 8 Dec, 19:00 to 20:00.").
 */
export function removedBlockText(
  planTitle: string | undefined,
  block: { date: LocalDate; start: string; minutes: number },
  clock: ClockChoice,
): string {
  const [from, to] = blockTimesText(block.start, block.minutes, clock);
  return `Study block removed: ${planTitle || 'a study block'}, ${shortDayText(block.date)}, ${from} to ${to}.`;
}

/**
 * Said after "Study block removed: …" when its dialog held changes not yet saved: they went
 * with it, and Undo brings them back (as changesGoneText says of other records).
 */
export const removedWithChangesText =
  ' Its dialog closed with changes you had not saved: Undo brings the block back with them.';

/** Undo refused because the block's plan was deleted meanwhile. */
export function planGoneText(planTitle: string | undefined): string {
  return planTitle
    ? `Plan “${planTitle}” no longer exists, so its block was not put back.`
    : 'The block’s plan no longer exists, so the block was not put back.';
}

/**
 * Undo refused because the block's plan changed after the removal (checkBlockRestore): its
 * hours may be on other blocks already, so putting it back could plan them twice.
 */
export function planChangedText(planTitle: string | undefined): string {
  const plan = planTitle ? `Plan “${planTitle}”` : 'The block’s plan';
  return `${plan} was re-planned or changed after the block was removed, so the block was not put back: its hours may already be on other blocks. To study at that time, move one of the plan’s blocks there.`;
}
