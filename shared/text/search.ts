/**
 * Search as people type it (Ascent's decision, recorded in README): case and accents are
 * ignored, so "gestion" finds "Gestión", "muller" finds "Müller" and "resume" finds "Résumé",
 * whichever way the accents were stored (one character or a letter and a combining mark).
 * Plain printable ASCII text, almost every title, takes the quick path: lower case only.
 */
const NON_ASCII = /[^\u0020-\u007e]/;
const MARKS = /\p{M}+/gu;

/**
 * Letters whose accent is part of the letter, so no decomposition takes it off ("Søren",
 * "Łukasz", "Đorđe", "Işık"), and letters written as two ("Straße", "Ærø", "Œuvre"): each as
 * it is typed without it.
 */
const WHOLE_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const WHOLE_LETTER = /[øłđðħıßæœþ]/g;

/** Lower-case text with accents off: decomposed, marks removed, whole letters as typed plainly. */
const unaccented = (lower: string) =>
  lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(WHOLE_LETTER, (c) => WHOLE_LETTERS[c]!);

/** `text` as search compares it: lower case, accents and other combining marks removed. */
export function searchFold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? unaccented(lower) : lower;
}

/**
 * Whether `text` holds `folded`, a search already folded with searchFold (fold it once per
 * search, not once per row): a long list is searched on every keystroke.
 */
export function holdsFolded(text: string, folded: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(folded)) return true;
  return NON_ASCII.test(lower) && unaccented(lower).includes(folded);
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
