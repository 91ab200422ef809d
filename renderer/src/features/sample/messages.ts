/** Words for sample-data mode: the banner and leaving it. */
import type { SampleChanges } from '../../db/repositories/sample-loaded';
import { formatNumber } from '../../components/format';
import { recordsText, tableLabel } from '../backup/messages';

export const sampleText = {
  bannerTitle: 'You are exploring sample data.',
  bannerBody:
    'Everything here is made up, and anything you add or change here is removed when you leave. Your own records are kept apart and are untouched.',
  leave: 'Leave sample data…',
  question: 'Remove every sample record and go back to your own?',
  removedToo:
    'Anything you added or changed while exploring is removed with it, and cannot be brought back.',
  counting: 'Looking for anything you added…',
  remove: 'Remove sample data',
  keep: 'Keep exploring',
  leaveFailed: 'The sample data could not be removed. Close other Ascent windows and try again.',
  removing: 'Removing the sample data…',
} as const;

/**
 * Back on the user's own records after a leave that could not remove the sample database
 * (another window held it open, or the deletion failed): what happened, that nothing of theirs
 * was touched, and what to do.
 */
export const leftBehindText = {
  title: 'The sample data is still on this computer.',
  body: 'You are back on your own records, which were not touched. The sample could not be removed, most likely because another Ascent window still has it open. Close other Ascent windows, then press Remove the sample data. It will not come back as you left it: exploring again starts a fresh sample.',
  remove: 'Remove the sample data',
  removing: 'Removing the sample data…',
  removed: 'The sample data was removed.',
  blocked:
    'Another Ascent window still has the sample data open. Close other Ascent windows, then press Remove the sample data again.',
  failed: (reason: string) =>
    `The sample data could not be removed (${reason}). Close Ascent and open it again, then press Remove the sample data again.`,
} as const;

/**
 * What leaving would take with it besides the sample itself: "While exploring you added
 * 2 records (Goals: 1, Contacts and mentors: 1). They are removed too." Null when the sample
 * was loaded before the app kept track (the general warning still says it).
 */
export function changesText(changes: SampleChanges): string | null {
  if (!changes.known) return null;
  const added = Object.entries(changes.added).filter(([, n]) => n > 0);
  const addedTotal = added.reduce((sum, [, n]) => sum + n, 0);
  if (addedTotal === 0 && changes.changed === 0)
    return 'You have not added or changed anything while exploring.';
  const parts: string[] = [];
  if (addedTotal > 0) {
    const kinds = added.map(([table, n]) => `${tableLabel(table)}: ${formatNumber(n)}`);
    parts.push(`added ${recordsText(addedTotal)} (${kinds.join(', ')})`);
  }
  if (changes.changed > 0)
    parts.push(
      `changed ${formatNumber(changes.changed)} sample record${changes.changed === 1 ? '' : 's'}`,
    );
  const all = addedTotal + changes.changed;
  return `While exploring you ${parts.join(' and ')}. ${all === 1 ? 'It is' : 'They are'} removed too.`;
}
