// The name a save dialog starts with (shared/files/suggested-name.ts): an attached file keeps
// the name it had on the user's disk, and "Save a copy" suggests it. Main refuses many names
// other systems allow (a colon, a question mark, a trailing dot, a leading ~, CON…), and then
// no dialog opens at all; every name suggestedFileName gives must pass main's own check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SUGGESTED_NAME_BYTES,
  isPlainFileName,
  suggestedFileName,
} from '../../../shared/files/suggested-name';
import { saveFileRequest } from '../../../shared/ipc/contract';

/** What main checks a suggested name against: the contract, then isPlainFileName. */
function mainAccepts(name: string): boolean {
  const contract = saveFileRequest.safeParse({ suggestedName: name, content: '' }).success;
  return contract && isPlainFileName(name);
}

const bytes = (name: string) => Buffer.byteLength(name, 'utf8');
const a = (n: number) => 'a'.repeat(n);

describe('suggestedFileName', () => {
  it.each([
    ['an ordinary name, as it is', 'attendance.pdf', 'attendance.pdf'],
    [
      'spaces, brackets and accents, as they are',
      'Zertifikat (März) – PMP.pdf',
      'Zertifikat (März) – PMP.pdf',
    ],
    ['a name in Japanese, as it is', '項目管理証明書.pdf', '項目管理証明書.pdf'],
    // What macOS's Finder shows as "03/2024" is a colon on disk.
    ['a colon', 'PMP certificate 03:2024.pdf', 'PMP certificate 03-2024.pdf'],
    ['a question mark', 'What is Agile?.pdf', 'What is Agile-.pdf'],
    ['quotes', 'Certificate "PMI-ACP".pdf', 'Certificate -PMI-ACP-.pdf'],
    ['stars', 'notes *final*.docx', 'notes -final-.docx'],
    ['angle brackets and a bar, one dash a run', 'a<b>|c.txt', 'a-b-c.txt'],
    ['a backslash', 'scans\\page 1.png', 'scans-page 1.png'],
    ['a control character', 'line\u0000break\u001f.txt', 'line-break-.txt'],
    ['a leading ~', '~scan of certificate.jpg', 'scan of certificate.jpg'],
    ['a leading ~ after an unsafe character', ':~scan.jpg', 'scan.jpg'],
    ['leading dots (a hidden file)', '..hidden.pdf', 'hidden.pdf'],
    ['a trailing dot', 'certificate.', 'certificate'],
    ['a trailing space', 'certificate.pdf ', 'certificate.pdf'],
    ['a reserved name', 'CON.pdf', '_CON.pdf'],
    ['a reserved name, any case', 'lpt1.txt', '_lpt1.txt'],
    ['a reserved name with no extension', 'aux', '_aux'],
    ['a reserved name after a ~', '~nul.docx', '_nul.docx'],
    ['not reserved: more after the name', 'CONFERENCE.pdf', 'CONFERENCE.pdf'],
    ['nothing left: the fallback', '  ..  ', 'file'],
    ['only unsafe characters: the fallback', '???', 'file'],
    ['empty: the fallback', '', 'file'],
    // Long names are shortened before the extension, so the copy still opens as a PDF.
    ['200 bytes: as it is', `${a(196)}.pdf`, `${a(196)}.pdf`],
    ['201 bytes: shortened before the extension', `${a(197)}.pdf`, `${a(196)}.pdf`],
    [
      '220 characters of a real name',
      `${'Attendance record of the PMI Global Summit '.repeat(5)}.pdf`,
      `${'Attendance record of the PMI Global Summit '.repeat(5).slice(0, 196).trimEnd()}.pdf`,
    ],
    // Counted in bytes, as file systems count: 3 bytes a character here.
    ['80 Japanese characters', `${'証'.repeat(80)}.pdf`, `${'証'.repeat(65)}.pdf`],
    ['emoji are never cut in two', `${'😀'.repeat(60)}.png`, `${'😀'.repeat(49)}.png`],
    ['a reserved name cut to fit', `CON.${a(200)}`, `_CON.${a(195)}`],
    // Windows device names as Microsoft's "Naming Files, Paths, and Namespaces" lists them.
    ['a device name, spaces before the dot', 'CON .txt', '_CON .txt'],
    ['a device name with a superscript digit', 'COM¹.pdf', '_COM¹.pdf'],
    ['LPT³, no extension', 'LPT³', '_LPT³'],
    ['the console', 'CONOUT$.log', '_CONOUT$.log'],
    // C1 controls (U+0080–U+009F) are control characters too.
    ['C1 controls, one dash a run', 'line\u0085break\u0080\u009f.txt', 'line-break-.txt'],
    ['a C1 control before a device name', '\u009bCON.txt', '_CON.txt'],
  ])('%s', (_what, name, expected) => {
    const suggested = suggestedFileName(name);
    expect(suggested).toBe(expected);
    expect(mainAccepts(suggested)).toBe(true);
  });

  it('falls back to the name it is given', () => {
    expect(suggestedFileName('...', 'certificate')).toBe('certificate');
  });

  it('turns every name the contract refuses without a dialog into one it accepts', () => {
    const dangerous = fc.constantFrom(
      ...[':', '?', '"', '*', '<', '>', '|', '\\', '/', '\u0000', '\u007f', '.', ' ', '~', '-'],
      ...['a', 'Z', '項', 'é', '😀', '\ud800', 'CON', 'com1', 'LPT9', 'nul', '.pdf', '.txt'],
      ...['\u0085', '\u009f', 'COM¹', 'LPT³', 'CONIN$', ' .txt', '.tar.gz'],
    );
    const names = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(dangerous, { maxLength: 120 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(names, (name) => {
        const suggested = suggestedFileName(name);
        expect(mainAccepts(suggested)).toBe(true);
        expect(bytes(suggested)).toBeLessThanOrEqual(MAX_SUGGESTED_NAME_BYTES);
        // Suggested again, a suggested name stays as it is.
        expect(suggestedFileName(suggested)).toBe(suggested);
      }),
      { numRuns: 1000 },
    );
    // 1,000 names of up to 300 characters: seconds on a busy machine, not a hang.
  }, 30_000);

  it('keeps the extension of a long name', () => {
    const stem = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 });
    const ext = fc.constantFrom('.pdf', '.docx', '.JPEG', '.png');
    fc.assert(
      fc.property(stem, ext, (s, e) => {
        const name = `x${s}${e}`;
        expect(suggestedFileName(name).endsWith(e)).toBe(true);
      }),
    );
  });
});

describe('isPlainFileName, the rule main keeps', () => {
  it.each([
    ['attendance.pdf', true],
    ['Zertifikat (März).pdf', true],
    ['a:b.pdf', false],
    ['What?.pdf', false],
    ['~draft.docx', false],
    ['name.', false],
    ['name ', false],
    ['...', false],
    ['CON', false],
    ['con.txt', false],
    ['COM1.pdf', false],
    ['CONFERENCE.pdf', true],
    ['line\u0085break.txt', false],
    ['\u0080start.txt', false],
    ['end\u009f.txt', false],
    ['CON .txt', false],
    ['aux  .pdf', false],
    ['COM¹', false],
    ['com².pdf', false],
    ['COM³.txt', false],
    ['LPT¹.txt', false],
    ['lpt².pdf', false],
    ['LPT³', false],
    ['CONIN$.txt', false],
  ])('%s: %s', (name, plain) => {
    expect(isPlainFileName(name)).toBe(plain);
  });
});
