import type { NoCreditReason } from '../../../../shared/domain/journal';
import { noCreditText } from './messages';

/**
 * The words of the Learning tabs around their lists: what to do when a tab has nothing yet,
 * what to do when the search or the "Show" choice hides everything, and the notice after a save.
 */

export interface TabWords {
  /** What the entries are called in a sentence, plural. */
  noun: string;
  /** Nothing recorded yet: what to do. */
  empty: string;
  /** How the "Show" choice reads after the noun ("with the status “Completed”"). */
  shownAs: (label: string) => string;
}

export const courseWords: TabWords = {
  noun: 'courses',
  empty: 'No courses yet. Add the courses you plan or have taken to count their hours.',
  shownAs: (label) => `with the status “${label}”`,
};

export const eventWords: TabWords = {
  noun: 'events',
  empty:
    'No events yet. Add the conferences, chapter meetings and meetups you go to, with their sessions, to count their hours.',
  shownAs: (label) => `of the kind “${label}”`,
};

export const mediaWords: TabWords = {
  noun: 'reading or listening',
  empty:
    'No reading or listening yet. Add the books, articles, webinars and podcasts you finish to count their hours.',
  shownAs: (label) => `of the kind “${label}”`,
};

/**
 * When entries exist but none is shown: which search and "Show" choice hide them, and the
 * button that brings them back ("Clear the search" when only the search hides them), as
 * EntryTable takes them. `shown` is the "Show" choice's label, null for everything; the
 * button clears both.
 */
export function noMatchWords(
  words: TabWords,
  query: string,
  shown: string | null,
): { noMatchText: string; clearLabel: string } {
  const q = query.trim();
  if (!shown)
    return {
      noMatchText: `No ${words.noun} match “${q}”. Clear the search to see them all.`,
      clearLabel: 'Clear the search',
    };
  const label = `Show all ${words.noun}`;
  const search = q ? ` match “${q}”` : '';
  return {
    noMatchText: `No ${words.noun} ${words.shownAs(shown)}${search}. Choose “${label}” to see them all.`,
    clearLabel: label,
  };
}

/**
 * The notice after a save: which entry, and why it proposes no credit entries when that is worth
 * saying (“Agile basics” saved. Credit entries are proposed once it is finished.).
 */
export function savedNoticeText(
  title: string,
  reason: NoCreditReason | null,
  kind: 'course' | 'other',
): string {
  const saved = `“${title}” saved.`;
  return reason ? `${saved} ${noCreditText(reason, kind)}` : saved;
}

/**
 * Undo of a delete refused: something with the entry's id was saved after the delete (in
 * another window, say), and Undo never writes over a later change.
 */
export const notPutBackText = (title: string) => notPutBackOfText(`“${title}”`);

/** The same, for a record said otherwise than by a title in quotes ("The degree"). */
export const notPutBackOfText = (what: string) =>
  `${what} was not put back: it was saved again after it was deleted, so the saved version is kept.`;
