/** The report specs' start: the seeded backup (or `backup`) restored from the welcome screen. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { seededBackup } from './report-seed';

export async function restoreSeedBackup(page: Page, backup?: Buffer): Promise<void> {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Restore a backup' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    offer.getByRole('button', { name: 'Restore from a backup file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'seed.ascent-backup',
    mimeType: 'application/zip',
    buffer: backup ?? (await seededBackup()),
  });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toHaveAccessibleName('Your data is restored');
  await dialog.getByRole('button', { name: 'Close' }).click();
}
