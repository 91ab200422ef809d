/**
 * Search as people type it (Ascent's decision, recorded in README): case and accents are
 * ignored, so "gestion" finds "Gestión", "muller" finds "Müller" and "resume" finds "Résumé",
 * whichever way the accents were stored (one character or a letter and a combining mark).
 * Plain printable ASCII text, almost every title, takes the quick path: lower case only.
 */
const NON_ASCII = /[^\u0020-\u007e]/;
const MARKS = /\p{M}+/gu;

/** `text` as search compares it: lower case, accents and other combining marks removed. */
export function searchFold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/**
 * Whether `text` holds `folded`, a search already folded with searchFold (fold it once per
 * search, not once per row): a long list is searched on every keystroke.
 */
export function holdsFolded(text: string, folded: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(folded)) return true;
  return NON_ASCII.test(lower) && lower.normalize('NFKD').replace(MARKS, '').includes(folded);
}

/**
 * Two texts that name the same thing (a title typed twice): the same after Unicode
 * compatibility normalisation (ligatures, full-width letters), case, and spaces around and
 * between words. Accents still count: "Résumé" and "Resume" are different titles. Used by the
 * import's duplicate check and by the confirm panel's "the same learning" check alike.
 */
export function sameTextKey(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
