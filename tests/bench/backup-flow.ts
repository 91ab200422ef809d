/**
 * Part (e) and the loading of the career: the app's own export and restore screens, driven
 * the way a person uses them, timed from the click to the app saying it is done.
 */
import { expect, type Page } from '@playwright/test';

const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });
const dialog = (page: Page) => page.getByRole('dialog');

export interface RestoreTimes {
  /** File chosen → the checked preview is on screen. */
  check: number;
  /** "Replace my data" → "Your data is restored". */
  write: number;
}

/** Restores `file` from the welcome screen's offer or from Settings, whichever is shown. */
export async function restoreFile(page: Page, file: string): Promise<RestoreTimes> {
  const offer = page.getByRole('region', { name: 'Restore a backup' });
  await expect(offer.or(backups(page))).toBeVisible({ timeout: 120_000 });
  const from = (await offer.isVisible()) ? offer : backups(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    from.getByRole('button', { name: 'Restore from a backup file…' }).click(),
  ]);
  const t0 = Date.now();
  await chooser.setFiles(file);
  const replace = dialog(page).getByRole('button', { name: 'Replace my data with this backup' });
  await expect(replace).toBeVisible({ timeout: 120_000 });
  const t1 = Date.now();
  const download = dialog(page).getByLabel(
    'First download a copy of my current data (recommended)',
  );
  if (await download.isVisible()) await download.setChecked(false);
  await replace.click();
  await expect(dialog(page)).toHaveAccessibleName('Your data is restored', { timeout: 120_000 });
  const t2 = Date.now();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  return { check: t1 - t0, write: t2 - t1 };
}

/** Settings → "Export a complete backup" → the file is handed over; milliseconds. */
export async function exportAll(page: Page): Promise<number> {
  await page.goto('/#/settings');
  const button = backups(page).getByRole('button', {
    name: 'Export a complete backup',
    exact: true,
  });
  await expect(button).toBeVisible({ timeout: 120_000 });
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const ms = Date.now() - t0;
  await download.delete();
  return ms;
}
