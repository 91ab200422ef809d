/**
 * A saved text is held to MAX_FILE_BYTES as the file it becomes: its UTF-8 bytes, not its
 * length in UTF-16 units, which a text of accented letters, CJK or emoji outgrows up to three
 * times (a "512 MB" text of CJK would have written a file of 1.5 GB). The limit is made 12 bytes
 * here, so the boundary can be tested with texts of a few characters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/backup-limits';
import { channels, fileContent } from '../../../shared/ipc/contract';
import { fitsUtf8Bytes, utf8ByteLength } from '../../../shared/text/utf8';
import { checkSendSize } from '../../../renderer/src/platform/send-size';
import { setup, trusted, useTempDir } from './ipc-fixture';

vi.mock('../../../shared/backup-limits', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../shared/backup-limits')>()),
  MAX_FILE_BYTES: 12,
}));

const tempDir = useTempDir();

/** Bytes as Node writes the text to a file. */
const written = (text: string) => Buffer.byteLength(text, 'utf8');

describe('utf8ByteLength (the bytes a text is written as)', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'Date,Title,Hours'],
    ['2-byte letters', 'é ß ø Ł'],
    ['3-byte BMP (CJK, €)', '項目管理 €'],
    ['4-byte (emoji, outside the BMP)', '📚🧗‍♀️'],
    ['a lone high surrogate (written as U+FFFD)', 'a\ud83db'],
    ['a lone low surrogate', 'a\udcdab'],
    ['a high surrogate last', 'end\ud83d'],
    ['every width together', 'a é € 📚 \ud800 \udc00'],
  ])('%s', (_name, text) => {
    expect(utf8ByteLength(text)).toBe(written(text));
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
  });
});

describe('fitsUtf8Bytes at the boundary', () => {
  it.each([
    // [text, bytes]: the text fits in `bytes` and not in one byte fewer.
    ['aaaa', 4],
    ['aé', 3],
    ['a€', 4],
    ['€€€', 9],
    ['a📚', 5],
    ['📚📚', 8],
    ['\ud83d', 3],
  ])('%j takes %i bytes', (text, bytes) => {
    expect(fitsUtf8Bytes(text, bytes)).toBe(true);
    expect(fitsUtf8Bytes(text, bytes - 1)).toBe(false);
  });
});

describe('file:save counts a saved text in UTF-8 bytes, at the boundary', () => {
  // MAX_FILE_BYTES is 12 in this file (mocked above): the contract's own rule, at a limit
  // small enough to build texts for.
  it.each([
    ['12 ASCII characters', 'a'.repeat(12), true],
    ['13 ASCII characters', 'a'.repeat(13), false],
    ['9 ASCII + one 3-byte €: 12 bytes in 10 units', `${'a'.repeat(9)}€`, true],
    ['10 ASCII + one 3-byte €: 13 bytes in 11 units', `${'a'.repeat(10)}€`, false],
    ['four €: 12 bytes in 4 units', '€€€€', true],
    ['five €: 15 bytes in 5 units', '€€€€€', false],
    ['six 2-byte é: 12 bytes in 6 units', 'é'.repeat(6), true],
    ['six é and one ASCII: 13 bytes in 7 units', `${'é'.repeat(6)}a`, false],
    ['three emoji: 12 bytes in 6 units', '📚📚📚', true],
    ['three emoji and one ASCII: 13 bytes in 7 units', '📚📚📚a', false],
    ['four CJK: 12 bytes in 4 units', '項目管理', true],
  ])('%s → %s', async (_name, content, accepted) => {
    expect(MAX_FILE_BYTES).toBe(12);
    expect(written(content) <= MAX_FILE_BYTES).toBe(accepted);
    const { call, showSaveDialog } = setup(tempDir());
    const result = await call(channels.saveFile, trusted, { suggestedName: 'a.csv', content });
    if (accepted) {
      expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'out.json' } });
      const file = await readFile(join(tempDir(), 'out.json'));
      expect(file.byteLength).toBe(utf8ByteLength(content));
      expect(file.toString('utf8')).toBe(content);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      if (!result.ok) expect(result.error.message).toMatch(/^content: .*UTF-8/);
      expect(showSaveDialog).not.toHaveBeenCalled();
    }
  });

  it('bytes are still counted as bytes', () => {
    const content = fileContent(MAX_FILE_BYTES);
    expect(content.safeParse(new Uint8Array(12)).success).toBe(true);
    expect(content.safeParse(new Uint8Array(13)).success).toBe(false);
  });

  it('the page measures as main does before sending, and says so in words', () => {
    expect(() => checkSendSize('€€€€', 'file')).not.toThrow();
    expect(() => checkSendSize('€€€€€', 'file')).toThrow(/^This file would be 15 bytes/);
  });
});
