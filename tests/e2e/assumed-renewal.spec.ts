/**
 * A renewal Ascent assumed ("renewed every cycle so far") is told apart in the credential's
 * cycle history, and the day the holder really renewed is recorded from the keyboard. The
 * PMP comes from a backup restored through the app: earned 15 Jun 2014, cycles 1 and 2
 * renewed by assumption on their last days, cycle 3 renewed by hand on 1 Mar 2023, cycle 4
 * ended 14 Jun 2026 unrenewed. Today is 22 Nov 2026.
 */
import type { Page } from '@playwright/test';
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import { expect, expectAccessible, test } from './fixtures';

const now = '2026-11-01T09:00:00.000Z';
const stamp = { createdAt: now, updatedAt: now };

async function backup(): Promise<Buffer> {
  const { bytes } = await encodeBackup(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: {
        ...Object.fromEntries(latestTables().map((t) => [t, []])),
        profile: [
          {
            id: 'me',
            name: 'Dana Okafor',
            currentRung: 'pmo-analyst',
            targetRung: 'pmo-director',
            education: 'bachelor',
            gacAccredited: false,
            weeklyAvailability: { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 },
            ...stamp,
          },
        ],
        credentials: [
          {
            id: 'held-pmp',
            credentialId: 'pmp',
            stage: 'earned',
            earnedDate: '2014-06-15',
            renewals: [
              { date: '2017-06-14', method: 'credits', assumed: true },
              { date: '2020-06-14', method: 'credits', assumed: true },
              { date: '2023-03-01', method: 'credits' },
            ],
            ...stamp,
          },
        ],
      },
    },
    { appVersion: '0.4.0', exportedAt: now },
  );
  return Buffer.from(bytes);
}

async function restore(page: Page) {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Restore a backup' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    offer.getByRole('button', { name: 'Restore from a backup file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'pmp.ascent-backup',
    mimeType: 'application/zip',
    buffer: await backup(),
  });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toHaveAccessibleName('Your data is restored');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

const note = (date: string) =>
  `Renewed ${date} — assumed, as you said you renewed PMP every cycle. If you renewed on another day, record it.`;

test('an assumed renewal says so in the cycle history; the real day is recorded by keyboard', async ({
  page,
}) => {
  await restore(page);
  await page.goto('/#/credentials/held-pmp');
  const history = page.getByRole('region', { name: 'Cycle history' });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(note('14 Jun 2017'));
  await expect(rows.nth(2)).toContainText(note('14 Jun 2020'));
  await expect(rows.nth(3).getByRole('cell').last()).toHaveText('Renewed');
  await expectAccessible(page);

  const record = history.getByRole('button', { name: 'Record the date you renewed cycle 2' });
  await record.focus();
  await page.keyboard.press('Enter');
  const day = history.getByLabel('Renewed cycle 2 on');
  await expect(day).toBeFocused();
  await expect(history).toContainText(
    'A day from 15 Jun 2017 to 14 Jun 2021, when cycle 2 could be renewed.',
  );
  await expectAccessible(page);
  await day.fill('2020-10-05');
  await page.keyboard.press('Enter');

  await expect(history.getByRole('status')).toHaveText('Cycle 2: renewal recorded on 5 Oct 2020.');
  await expect(history.getByRole('heading', { name: 'Cycle history' })).toBeFocused();
  await expect(rows.nth(2).getByRole('cell').last()).toHaveText('Renewed');
  await expect(history.getByRole('button')).toHaveText(['Record the date you renewed']);

  // Undo puts the assumed renewal back.
  const toast = page.locator('.toast').filter({ hasText: 'Renewal of PMP' });
  await expect(toast).toContainText('Renewal of PMP for cycle 2 recorded on 5 Oct 2020.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(rows.nth(2)).toContainText(note('14 Jun 2020'));
});
