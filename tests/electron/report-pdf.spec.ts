/**
 * The progress report printed to PDF by the main process (issue 8 part 2): the page asks
 * through window.ascent, main prints it with Chromium and saves it where the (stubbed) save
 * dialog says. Skipped, with the reason printed, where no Electron binary is available.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, skipReason, test } from './fixtures';

test.describe('report PDF', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test('main prints the page to a Letter PDF and saves it through the save dialog', async ({
    electronApp,
    page,
    userDataDir,
  }) => {
    const target = join(userDataDir, 'chosen-report.pdf');
    await electronApp.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never;
    }, target);
    const result = await page.evaluate(() =>
      (
        globalThis as unknown as {
          ascent: { reportPrintPdf: (r: unknown) => Promise<unknown> };
        }
      ).ascent.reportPrintPdf({ pageSize: 'Letter', suggestedName: 'progress-report.pdf' }),
    );
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'chosen-report.pdf' } });
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [target]).toString()).toMatch(/612 x 792 pts/);
  });
});
