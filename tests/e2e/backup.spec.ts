import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const EVIDENCE = '%PDF-1.4 certificate of attendance';

/** A PMP, an activity and its evidence file, written straight into IndexedDB, then a reload. */
async function seedRecords(page: Page) {
  await page.evaluate(async (evidenceText) => {
    const now = new Date().toISOString();
    const rows: Record<string, object> = {
      credentials: {
        id: 'held-pmp',
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2025-01-15',
        renewals: [],
        createdAt: now,
        updatedAt: now,
      },
      activities: {
        id: 'act-1',
        date: '2025-03-10',
        title: 'Risk workshop',
        provider: 'PMI chapter',
        type: 'course-or-training',
        amount: 8,
        unit: 'hours',
        split: { waysOfWorking: 5, powerSkills: 1, businessAcumen: 2 },
        status: 'earned',
        createdAt: now,
        updatedAt: now,
      },
      evidence: {
        id: 'ev-1',
        activityId: 'act-1',
        name: 'certificate.pdf',
        mimeType: 'application/pdf',
        size: evidenceText.length,
        data: new TextEncoder().encode(evidenceText),
        addedAt: now,
      },
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ascent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(Object.keys(rows), 'readwrite');
        for (const [table, row] of Object.entries(rows)) tx.objectStore(table).put(row);
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }, EVIDENCE);
  await page.reload();
}

const goTo = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });
const dialog = (page: Page) => page.getByRole('dialog');

/** Settings → "Export a complete backup": the download, kept in the test's output folder. */
async function exportBackup(page: Page, path: string): Promise<Buffer> {
  await goTo(page, 'Settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backups(page).getByRole('button', { name: 'Export a complete backup', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ascent-2026-11-22-\d{4}\.ascent-backup$/);
  await download.saveAs(path);
  await expect(
    backups(page).getByRole('status').filter({ hasText: 'Backup saved as' }),
  ).toBeVisible();
  return readFile(path);
}

async function chooseBackup(
  page: Page,
  opener: () => Promise<void>,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), opener()]);
  await chooser.setFiles(file);
}

/** Deletes the whole IndexedDB database, as clearing the browser's site data would. */
async function deleteDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('ascent');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
}

async function expectRecords(page: Page, name: string) {
  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${name}` })).toBeVisible();
  await goTo(page, 'Credentials');
  await expect(page.getByRole('heading', { name: 'PMP', exact: false }).first()).toBeVisible();
  await goTo(page, 'Credit log');
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.locator('table tbody')).toContainText('Risk workshop');
  await page.goto('/#/credit-log/act-1');
  const files = page.getByRole('list', { name: 'Evidence files' });
  await expect(files).toContainText('certificate.pdf');
  await expect(files).toContainText(`${EVIDENCE.length} bytes`);
}

test('export, clear all data, restore: everything is back', async ({ page }, testInfo) => {
  await onboard(page);
  await seedRecords(page);
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toContainText('You have not exported a backup yet.');
  await goTo(page, 'Settings');
  await expectAccessible(page);
  const path = testInfo.outputPath('everything.ascent-backup');
  const bytes = await exportBackup(page, path);
  await expect(reminder).toBeHidden();
  const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(bytes))['manifest.json']!));
  expect(manifest.tables.evidence).toEqual({ rows: 1, files: 1 });

  await deleteDatabase(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
  const offer = page.getByRole('region', { name: 'Restore a backup' });
  await chooseBackup(
    page,
    () => offer.getByRole('button', { name: 'Restore from a backup file…' }).click(),
    path,
  );

  await expect(dialog(page)).toHaveAccessibleName('Restore this backup?');
  await expect(dialog(page)).toContainText('Dana Okafor');
  await expect(dialog(page)).toContainText('10 Mar 2025 to 10 Mar 2025');
  await expect(dialog(page).getByRole('row', { name: 'Evidence files 1' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await dialog(page).getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog(page)).toHaveAccessibleName('Your data is restored');
  await expect(dialog(page)).toContainText('4 records are back.');
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(offer).toBeHidden();
  // The file just restored from counts as the last export: no reminder.
  await expect(reminder).toBeHidden();
  await expectRecords(page, 'Dana Okafor');
});

test('a damaged or foreign file is refused with the reasons and nothing changes', async ({
  page,
}, testInfo) => {
  await onboard(page);
  await seedRecords(page);
  const good = await exportBackup(page, testInfo.outputPath('good.ascent-backup'));
  const entries = unzipSync(new Uint8Array(good));
  entries['tables/activities.json'] = strToU8(
    strFromU8(entries['tables/activities.json']!).replace('Risk', 'Fake'),
  );
  const restore = () =>
    backups(page).getByRole('button', { name: 'Restore from a backup file…' }).click();

  await chooseBackup(page, restore, {
    name: 'edited.ascent-backup',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(entries)),
  });
  await expect(dialog(page)).toHaveAccessibleName('This file cannot be restored');
  await expect(dialog(page)).toContainText('Nothing was changed.');
  await expect(dialog(page)).toContainText('its checksum does not match');
  // And what to try instead (the browser build keeps no automatic backups).
  await expect(dialog(page)).toContainText(
    'Choose another backup file instead, such as an earlier export.',
  );
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await chooseBackup(page, restore, {
    name: 'notes.ascent-backup',
    mimeType: 'text/plain',
    buffer: Buffer.from('Remember to renew the PMP.\n'),
  });
  await expect(dialog(page)).toContainText('This is not an Ascent backup file, or it is damaged');
  await dialog(page).getByRole('button', { name: 'Close' }).click();

  // A spreadsheet of activities is said to be one, with the way to the credit log's import.
  await chooseBackup(page, restore, {
    name: 'activities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Date,Title,Hours\n2025-03-10,Risk workshop,8\n'),
  });
  await expect(dialog(page)).toContainText(
    'Nothing was changed: “activities.csv” looks like a spreadsheet, not an Ascent backup file.',
  );
  await expect(dialog(page)).not.toContainText('or it is damaged');
  await expectAccessible(page);
  await dialog(page).getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import from a spreadsheet');

  await page.reload();
  await expectRecords(page, 'Dana Okafor');
});

test('a restore interrupted by closing the page leaves the old data intact', async ({
  page,
  context,
}, testInfo) => {
  await onboard(page);
  await seedRecords(page);
  const path = testInfo.outputPath('before-rename.ascent-backup');
  await exportBackup(page, path);
  await page.getByLabel('Your name (optional)').fill('Eve Adams');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await chooseBackup(
    page,
    () => backups(page).getByRole('button', { name: 'Restore from a backup file…' }).click(),
    path,
  );
  await expect(dialog(page)).toHaveAccessibleName('Restore this backup?');
  await expect(
    dialog(page).getByLabel('First download a copy of my current data (recommended)'),
  ).toBeChecked();
  // Hold the restore's transaction open at its last table (as a slow disk would), so the page
  // is closed in the middle of it, after profile and the rest were already rewritten: the
  // first evidence row starts an endless chain of reads.
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const request = add.apply(this, args);
      if (this.name === 'evidence' && !(window as { stalled?: boolean }).stalled) {
        (window as { stalled?: boolean }).stalled = true;
        const spin = () => (this.count().onsuccess = spin);
        spin();
      }
      return request;
    };
  });
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Replace my data with this backup' }).click(),
  ]);
  expect(copy.suggestedFilename()).toMatch(
    /^ascent-before-restore-2026-11-22-\d{4}\.ascent-backup$/,
  );
  await page.waitForFunction(() => (window as { stalled?: boolean }).stalled === true);
  await expect(dialog(page)).toHaveAccessibleName('Restoring your data');
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expectRecords(again, 'Eve Adams');
});

test('after a restore the profile form shows the restored profile, never the one before', async ({
  page,
}, testInfo) => {
  await onboard(page);
  await goTo(page, 'Settings');
  const path = testInfo.outputPath('profile.ascent-backup');
  await exportBackup(page, path);
  const profile = page.getByRole('region', { name: 'Profile' });
  const name = profile.getByLabel('Your name (optional)');
  const restore = async () => {
    await chooseBackup(
      page,
      () => backups(page).getByRole('button', { name: 'Restore from a backup file…' }).click(),
      path,
    );
    const replace = dialog(page).getByRole('button', { name: 'Replace my data with this backup' });
    const copyFirst = dialog(page).getByLabel(
      'First download a copy of my current data (recommended)',
    );
    if (await copyFirst.isVisible()) await copyFirst.setChecked(false);
    await replace.click();
    await expect(dialog(page)).toHaveAccessibleName('Your data is restored');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
  };

  // Saved after the export, then restored: the form follows the restored profile.
  await name.fill('Dana O.');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Saved.');
  await restore();
  await expect(name).toHaveValue('Dana Okafor');

  // Typed but not saved when the restore lands: what was typed stays, and the form says the
  // profile changed under it, so a save does not put the old values back unseen.
  await name.fill('Dana O.');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Saved.');
  await name.fill('Dana X');
  await restore();
  await expect(name).toHaveValue('Dana X');
  await expect(profile).toContainText('Your profile was changed elsewhere');
  await expectAccessible(page);
});
