/**
 * The words of a missed study block (missedBlocks, shared/domain/study/missed.ts): on the
 * study week's block, and on the dashboard's week card, which the app's start-up shows, so
 * this module stays small and imports nothing of the study screen.
 */
import type { MissedCount } from '../../../../shared/domain/study/missed';
import { plural } from '../../components/format';
import { minutesText } from './time-words';

/** What a missed block says on the week: in words, not by its colour alone. */
export const MISSED_TEXT = 'Missed';

/**
 * The dashboard's week card, in the week's word: "Missed: 2 blocks this week (2 h), with no
 * study logged for them. If you studied, log it; to make them up, move them to today or a
 * later day." Nothing when none was missed.
 */
export function missedWeekText({ blocks, minutes }: MissedCount): string | null {
  if (blocks <= 0) return null;
  const them = blocks === 1 ? 'it' : 'them';
  return (
    `${MISSED_TEXT}: ${plural(blocks, 'block', 'blocks')} this week (${minutesText(minutes)}), ` +
    `with no study logged for ${them}. If you studied, log it; to make ${them} up, move ` +
    `${them} to today or a later day.`
  );
}
