/**
 * The desktop's Open for a spreadsheet (CSV) reads at most IMPORT_FILE_MAX_BYTES (20 MB), not
 * the 512 MB a backup may hold: main holds every open whose filters offer only text files
 * (csv, tsv, txt) to it, whatever the page asks, and a larger file is refused with a sentence
 * that says what to do, before it is read into memory and sent over IPC.
 */
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_FILE_MAX_BYTES, MAX_FILE_BYTES } from '../../../shared/backup-limits';
import { channels, isTextOpen, openFileRequest } from '../../../shared/ipc/contract';
import { FileTooLargeError } from '../../../electron/main/file-io';
import { wrapHandler } from '../../../electron/main/ipc/handle';
import { createFileChannels, textTooLargeText } from '../../../electron/main/ipc/files';
import { isAppUrl } from '../../../electron/main/security';
import { setup, trusted, useTempDir } from './ipc-fixture';

const MiB = 1024 * 1024;
const CSV_FILTERS = [{ name: 'CSV (spreadsheet)', extensions: ['csv', 'txt', 'tsv'] }];
const BACKUP_FILTERS = [{ name: 'Ascent backup', extensions: ['ascent-backup'] }];

/** The open channel over a chosen file of `size` bytes; reads honour the limit asked for. */
function openChannel(size: number) {
  const readFile = vi.fn(async (_path: string, maxBytes: number) => {
    if (size > maxBytes) throw new FileTooLargeError(maxBytes);
    return new Uint8Array(4);
  });
  const [, open] = createFileChannels({
    defaultDir: () => '/home/user/Documents',
    dialogs: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/x/credits.csv'] })),
    },
    readFile,
  });
  return { call: (req: unknown) => wrapHandler(open, isAppUrl)(trusted, req), readFile };
}

describe('the limit of a text open', () => {
  it('is 20 MB', () => {
    expect(IMPORT_FILE_MAX_BYTES).toBe(20 * MiB);
  });

  it.each([
    ['CSV, TSV and text', true, CSV_FILTERS],
    ['CSV in capitals', true, [{ name: 'CSV', extensions: ['CSV'] }]],
    ['two text filters', true, [...CSV_FILTERS, { name: 'Text', extensions: ['txt'] }]],
    ['a backup', false, BACKUP_FILTERS],
    ['text or a backup', false, [...CSV_FILTERS, ...BACKUP_FILTERS]],
    ['no filter (any file)', false, []],
  ])('%s → a text open: %s', (_name, text, filters) => {
    expect(isTextOpen(filters)).toBe(text);
    const parsed = openFileRequest.parse({ filters });
    expect(parsed.maxBytes).toBe(text ? IMPORT_FILE_MAX_BYTES : MAX_FILE_BYTES);
  });

  it('a text open asking for more than 20 MB is refused, with the reason', () => {
    const parsed = openFileRequest.safeParse({
      filters: CSV_FILTERS,
      maxBytes: IMPORT_FILE_MAX_BYTES + 1,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['maxBytes'] });
    expect(parsed.error?.issues[0]?.message).toMatch(/text file \(csv, tsv, txt\).*20971520/);
    // Less may always be asked for.
    expect(openFileRequest.parse({ filters: CSV_FILTERS, maxBytes: MiB }).maxBytes).toBe(MiB);
  });
});

describe('file:open for a CSV', () => {
  it('reads the chosen file with the 20 MB limit', async () => {
    const { call, readFile } = openChannel(1000);
    const result = await call({ filters: CSV_FILTERS });
    expect(result).toMatchObject({ ok: true, value: { opened: true, fileName: 'credits.csv' } });
    expect(readFile).toHaveBeenCalledWith('/x/credits.csv', IMPORT_FILE_MAX_BYTES);
  });

  it('a file of exactly 20 MB opens', async () => {
    expect((await openChannel(IMPORT_FILE_MAX_BYTES).call({ filters: CSV_FILTERS })).ok).toBe(true);
  });

  it('a file one byte over 20 MB is refused with a sentence that says what to do', async () => {
    const result = await openChannel(IMPORT_FILE_MAX_BYTES + 1).call({ filters: CSV_FILTERS });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: textTooLargeText(IMPORT_FILE_MAX_BYTES) },
    });
    expect(textTooLargeText(IMPORT_FILE_MAX_BYTES)).toBe(
      'This file is larger than 20 MB, far more than a credit log holds, so Ascent did not ' +
        'open it. Check that it is the right file; a log this large can be split into several ' +
        'CSV files and imported one after another.',
    );
  });

  it('a backup still opens up to MAX_FILE_BYTES', async () => {
    const { call, readFile } = openChannel(100 * MiB);
    expect((await call({ filters: BACKUP_FILTERS })).ok).toBe(true);
    expect(readFile).toHaveBeenCalledWith('/x/credits.csv', MAX_FILE_BYTES);
  });
});

describe('file:open, the real read', () => {
  const tempDir = useTempDir();

  it('a CSV of 20 MB and one byte is refused without being read', async () => {
    // A sparse file: its size is all that is looked at before the read is refused.
    const path = join(tempDir(), 'in.json');
    await writeFile(path, '');
    await truncate(path, IMPORT_FILE_MAX_BYTES + 1);
    const result = await setup(tempDir()).call(channels.openFile, trusted, {
      filters: CSV_FILTERS,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: textTooLargeText(IMPORT_FILE_MAX_BYTES) },
    });
  });
});
