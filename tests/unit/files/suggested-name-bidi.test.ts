/**
 * Bidirectional controls in suggested save names (Unicode Technical Report #36, "Unicode
 * Security Considerations", §2.1 "Bidirectional Text Spoofing"). The embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069 are invisible and reorder what is shown around
 * them: "notes\u202Efdp.exe" shows in a save dialog as "notesexe.pdf". Main refuses such a
 * name (isPlainFileName); suggestedFileName takes them out, so the dialog still opens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainFileName, suggestedFileName } from '../../../shared/files/suggested-name';

const bidi = [
  ['LRE', '\u202a'],
  ['RLE', '\u202b'],
  ['PDF', '\u202c'],
  ['LRO', '\u202d'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['RLI', '\u2067'],
  ['FSI', '\u2068'],
  ['PDI', '\u2069'],
] as const;

describe('bidirectional controls in a suggested save name', () => {
  it('the classic spoof is refused by main and suggested as what it is', () => {
    expect(isPlainFileName('notes\u202efdp.exe')).toBe(false);
    expect(suggestedFileName('notes\u202efdp.exe')).toBe('notesfdp.exe');
  });

  it.each(bidi)('%s is refused and taken out', (_name, c) => {
    const name = `${c}certificate ${c}2024${c}.pdf`;
    expect(isPlainFileName(name)).toBe(false);
    const suggested = suggestedFileName(name);
    expect(suggested).toBe('certificate 2024.pdf');
    expect(isPlainFileName(suggested)).toBe(true);
  });

  it.each([
    // Taken out before the rest of the rule, which then applies as to the name without them.
    ['before a leading ~', '\u202e~draft.docx', 'draft.docx'],
    ['before a trailing dot', 'certificate.\u2069', 'certificate'],
    ['hiding a device name', 'C\u2066ON.txt', '_CON.txt'],
    ['nothing else: the fallback', '\u202e\u2066\u2069', 'file'],
    // A name in a right-to-left script reads in its own order without them.
    ['around Hebrew', '\u2067תעודה\u2069.pdf', 'תעודה.pdf'],
  ])('%s', (_what, name, expected) => {
    const suggested = suggestedFileName(name);
    expect(suggested).toBe(expected);
    expect(isPlainFileName(suggested)).toBe(true);
  });

  it('right-to-left text without them is left alone', () => {
    expect(isPlainFileName('תעודה.pdf')).toBe(true);
    expect(suggestedFileName('תעודה.pdf')).toBe('תעודה.pdf');
  });

  it('any name with them is suggested as one main accepts, and stays so', () => {
    const parts = fc.constantFrom(
      ...bidi.map(([, c]) => c),
      ...['a', '項', '😀', '.pdf', '~', '.', ' ', '-', ':', '\u0000', '\u0085', 'CON', 'ש'],
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 80 }), (list) => {
        const suggested = suggestedFileName(list.join(''));
        expect(isPlainFileName(suggested)).toBe(true);
        expect(suggestedFileName(suggested)).toBe(suggested);
      }),
      { numRuns: 500 },
    );
  });
});
