import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';
import { badReportPdfPayloads } from './ipc-report-pdf-payloads';

const tempDir = useTempDir();

describe('report:print-pdf', () => {
  it('prints the sender’s page in the chosen size, asks where, saves the PDF', async () => {
    const { call, printToPdf, showSaveDialog } = setup(tempDir());
    const result = await call(channels.reportPrintPdf, trusted, {
      pageSize: 'Letter',
      suggestedName: 'progress-report-2026-11-22.pdf',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'out.json' } });
    expect(printToPdf).toHaveBeenCalledWith(trusted, { pageSize: 'Letter' });
    expect(showSaveDialog).toHaveBeenCalledWith(trusted, {
      defaultPath: join('/home/user/Documents', 'progress-report-2026-11-22.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(await readFile(join(tempDir(), 'out.json'), 'utf8')).toBe('%PDF-1.7 report');
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { call, showSaveDialog } = setup(tempDir());
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(
      await call(channels.reportPrintPdf, trusted, { pageSize: 'A4', suggestedName: 'r.pdf' }),
    ).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(tempDir())).toEqual([]);
  });

  it('answers FAILED, not a throw, when printing fails; no dialog is shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, printToPdf, showSaveDialog } = setup(tempDir());
    printToPdf.mockRejectedValueOnce(new Error('renderer gone'));
    expect(
      await call(channels.reportPrintPdf, trusted, { pageSize: 'A4', suggestedName: 'r.pdf' }),
    ).toMatchObject({ ok: false, error: { code: 'FAILED' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it.each(badReportPdfPayloads)('refuses %s before printing anything', async (_name, payload) => {
    const { call, printToPdf, showSaveDialog } = setup(tempDir());
    expect(await call(channels.reportPrintPdf, trusted, payload)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(printToPdf).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});
