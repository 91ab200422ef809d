import type { TabWords } from '../learning/tab-words';

/**
 * The words of the Network tabs around their lists, as the Learning tabs have them
 * (learning/tab-words.ts): what to do when a tab has nothing yet; noMatchWords there says what
 * hides everything when a search or the "Show" choice does.
 */

export const contactWords: TabWords = {
  noun: 'contacts',
  empty:
    'No contacts yet. Add the people you work with, learn from or mentor to keep track of them.',
  shownAs: (label) => `with the relationship “${label}”`,
};

export const interactionWords: TabWords = {
  noun: 'interactions',
  empty:
    'No interactions yet. Log a call, a meeting or a mentoring talk with one of your contacts.',
  // The tab has no "Show" choice today; this is how one would read.
  shownAs: (label) => `of the kind “${label}”`,
};

/**
 * No interactions and no contacts to have them with: the line above the list already says to
 * add a contact first (with its link), so the list only says there are none.
 */
export const noContactsText = 'No interactions yet.';

export const membershipWords: TabWords = {
  noun: 'memberships',
  empty:
    'No memberships yet. Add the associations you belong to, with their renewal dates, so you are reminded in time.',
  // The tab has no "Show" choice today; this is how one would read.
  shownAs: (label) => `in the state “${label}”`,
};
