/**
 * Word matching for headers, type and status cells: case, accents, spaces and punctuation
 * do not matter ("Date completed", "DATE_COMPLETED", "date-completed." read alike).
 */

import { searchFold } from '../../text/search';

/** Lower-case words of a cell: accents dropped, every run of other characters a break. */
export function words(text: string): string[] {
  return searchFold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words of a cell joined by one space: the form patterns are compared with. */
export function phrase(text: string): string {
  return words(text).join(' ');
}

/** True when `pattern`'s words appear, in order and next to each other, among `text`'s. */
export function containsPhrase(text: string, pattern: string): boolean {
  return ` ${text} `.includes(` ${pattern} `);
}

export type PhraseMatch = 'exact' | 'contains';

/** How a cell's phrase matches one pattern, if it does. */
export function matchPhrase(text: string, pattern: string): PhraseMatch | null {
  if (text === pattern) return 'exact';
  return containsPhrase(text, pattern) ? 'contains' : null;
}
