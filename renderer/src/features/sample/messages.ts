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
