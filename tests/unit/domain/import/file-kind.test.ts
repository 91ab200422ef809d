// A file that is not a spreadsheet's text is said to be one thing or another, never read as
// rows of noise: UTF-16 written without a byte-order mark is read as UTF-16 (read as UTF-8,
// every other character was a NUL and no column was found), and a PDF or a picture is refused
// with words that say what to choose instead (it used to make rows each refused for empty cells).
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../renderer/src/features/import/csv-file';
import { refusedText } from '../../../../renderer/src/features/import/messages';
import { setUpImport } from '../../../../shared/domain/import';

const text = 'Date\tTitle\tType\tHours\r\n2026-03-10\tRisk in Agile teams\tWebinar\t1.5\r\n';
const le = (s: string) =>
  new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]));
const be = (s: string) =>
  new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255]));

describe('UTF-16 without a byte-order mark', () => {
  it.each([
    ['little-endian', le(text)],
    ['big-endian', be(text)],
    ['little-endian, with accents', le(text.replace('Risk', 'Café risk'))],
  ])('%s is read as its text, and its columns are found', (_kind, bytes) => {
    const table = readCsvFile(bytes);
    if ('refused' in table) throw new Error(`refused: ${table.refused}`);
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]).toEqual(['Date', 'Title', 'Type', 'Hours']);
    expect(table.rows[1]![1]).toMatch(/risk in Agile teams$/i);
    expect(setUpImport(table.rows).mapping).toEqual(['date', 'title', 'type', 'amount']);
  });
});

describe('a file that is not text', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['a PDF', encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n')],
    [
      'a PNG picture',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
    [
      'a JPEG picture',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
    ],
  ])('%s is refused as not a spreadsheet, saying what to do', (_kind, bytes) => {
    expect(readCsvFile(bytes)).toEqual({ refused: 'not-text' });
    expect(refusedText('not-text')).toContain('not a spreadsheet');
    expect(refusedText('not-text')).toContain('File › Save As (or Download) › CSV');
  });

  it('a CSV in UTF-8, with a byte-order mark, or in Windows-1252 is still read', () => {
    for (const bytes of [
      encode(text),
      encode(`\uFEFF${text}`),
      new Uint8Array([...encode('Title;Provider\nA;Caf'), 0xe9, 0x0a]),
    ])
      expect(readCsvFile(bytes)).not.toHaveProperty('refused');
  });
});
