// When the file the user chose cannot be written (the disk is full, a read-only or network
// folder, the last PDF still open in a viewer on Windows, a name too long), file:save and
// report:print-pdf say why and what to do, as the automatic backups do — not just "The
// operation failed". The report was printed when only its saving failed.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFailureText } from '../../../shared/files/write-failure';
import { channels } from '../../../shared/ipc/contract';
import { createFileChannels } from '../../../electron/main/ipc/files';
import { wrapHandler } from '../../../electron/main/ipc/handle';
import { createReportPdfChannel } from '../../../electron/main/ipc/report-pdf';
import { isAppUrl } from '../../../electron/main/security';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();
const fsError = (code: string) =>
  Object.assign(new Error(`${code}: from the file system`), { code });

/** file:save and report:print-pdf whose every write fails with `code`. */
function failingWith(code: string) {
  const writeFile = vi.fn(async () => {
    throw fsError(code);
  });
  const dialogs = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/media/usb/report.pdf' })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  };
  const printToPdf = vi.fn(async () => new Uint8Array([0x25, 0x50]));
  const [save] = createFileChannels({ dialogs, defaultDir: () => '/home/u', writeFile });
  const pdf = createReportPdfChannel(
    { printToPdf, writeFile },
    { dialogs, defaultDir: () => '/home/u' },
  );
  return {
    save: wrapHandler(save, isAppUrl),
    pdf: wrapHandler(pdf, isAppUrl),
    printToPdf,
  };
}

const cases = [
  ['ENOSPC', writeFailureText.DISK_FULL],
  ['EDQUOT', writeFailureText.DISK_FULL],
  ['EACCES', writeFailureText.NOT_ALLOWED],
  ['EPERM', writeFailureText.NOT_ALLOWED],
  ['EROFS', writeFailureText.NOT_ALLOWED],
  ['EBUSY', writeFailureText.IN_USE],
  ['ENAMETOOLONG', writeFailureText.NAME_TOO_LONG],
] as const;

describe('a chosen file that cannot be written says why', () => {
  it.each(cases)('file:save, %s', async (code, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await failingWith(code).save(trusted, { suggestedName: 'a.ics', content: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'FAILED', message } });
  });

  it.each(cases)('report:print-pdf, %s', async (code, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const channel = failingWith(code);
    const result = await channel.pdf(trusted, { pageSize: 'A4', suggestedName: 'r.pdf' });
    expect(result).toEqual({ ok: false, error: { code: 'FAILED', message } });
    expect(channel.printToPdf).toHaveBeenCalled();
  });

  it('says what to do in every case', () => {
    for (const text of Object.values(writeFailureText)) expect(text).toMatch(/then try again\.$/);
  });

  it('keeps the details for the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await failingWith('ENOSPC').save(trusted, { suggestedName: 'a.ics', content: 'x' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(channels.saveFile), expect.any(Error));
  });

  it('answers as before for a failure of no known cause', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await failingWith('EIO').save(trusted, { suggestedName: 'a.ics', content: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'FAILED', message: 'The operation failed. Please try again.' },
    });
  });

  it('on a real disk: a name longer than the file system takes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, showSaveDialog } = setup(tempDir());
    showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(tempDir(), `${'a'.repeat(300)}.ics`),
    });
    expect(
      await call(channels.saveFile, trusted, { suggestedName: 'a.ics', content: 'x' }),
    ).toEqual({ ok: false, error: { code: 'FAILED', message: writeFailureText.NAME_TOO_LONG } });
  });
});
