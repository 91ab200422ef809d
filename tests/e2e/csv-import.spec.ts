import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

/**
 * A hand-kept tracker with a BOM, semicolons, decimal commas, a blank line, a quoted
 * semicolon, a duplicate, an unknown type, a future date, and three column names Ascent
 * cannot guess (When, What, Who).
 */
const trackerFile = 'tests/fixtures/csv/odd-headers.csv';

async function openImport(page: Page) {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }),
  ).toBeVisible();
}

const mapColumn = (page: Page, column: string, field: string) =>
  page.getByLabel(`Import column “${column}” as`).selectOption({ label: field });

const previewRow = (page: Page, row: number) =>
  page
    .getByRole('region', { name: 'Rows of the file' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) });

test('import a messy tracker: fix the columns, see errors and a duplicate, import the valid rows', async ({
  page,
}) => {
  await openImport(page);
  await expectAccessible(page);
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles(trackerFile);
  // One place says which file was read: the input's own words ("No file chosen") are hidden.
  await expect(page.getByText(`Chosen: ${basename(trackerFile)}`)).toBeVisible();
  await expect(page.getByLabel('Spreadsheet file (CSV)')).toHaveCSS('color', 'rgba(0, 0, 0, 0)');

  // 1. Three columns Ascent could not name: the import waits until they are mapped.
  const missing = page.getByRole('alert').filter({ hasText: 'Choose a column for' });
  await expect(missing).toHaveText('Choose a column for: Completion date, Title.');
  const importButton = page.getByRole('button', { name: /^Import \d+ activit/ });
  await expect(importButton).toBeDisabled();
  await expect(
    page.getByText('Choose the missing columns above to see how each row will be imported.'),
  ).toBeVisible();
  await expect(page.getByLabel('Import column “Kind of learning” as')).toHaveValue('type');
  await expect(page.getByLabel('Import column “Hrs” as')).toHaveValue('amount');
  await mapColumn(page, 'When', 'Completion date');
  await mapColumn(page, 'What', 'Title');
  await mapColumn(page, 'Who', 'Provider');
  await expect(missing).toBeHidden();
  // 25/03/2026 in the file proves dates are day first.
  await expect(page.getByLabel('Day first: 03/04/2026 is 3 April 2026')).toBeChecked();
  await expect(page.getByText('Ascent read 25/03/2026 in your file')).toBeVisible();

  // 2. The preview: counts, row errors in words, the duplicate flagged and skipped.
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('4 ready to import');
  await expect(summary).toContainText('2 with errors');
  await expect(summary).toContainText('1 likely duplicate (skipped unless you keep it)');
  await expect(previewRow(page, 8)).toContainText(
    'Activity type: “Misc” is not an activity type Ascent knows.',
  );
  await expect(previewRow(page, 9)).toContainText('Completion date: This date is in the future.');
  await expect(previewRow(page, 6)).toContainText(
    'Likely a duplicate of row 5 (same date, title and provider): skipped.',
  );
  await expect(page.getByLabel('Keep row 6 anyway')).not.toBeChecked();
  await page.getByLabel('Show').selectOption({ label: 'All rows (7)' });
  await expect(previewRow(page, 2)).toContainText('Café Agile; Porto');
  await expect(previewRow(page, 2)).toContainText('7.5');
  await expect(previewRow(page, 2)).toContainText('Ready to import');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/csv-import-preview.png', fullPage: true });

  // 3. Import: only the valid rows, with a summary and the way back.
  await expect(importButton).toHaveText('Import 4 activities');
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '4 activities imported, 3 rows skipped.',
  );
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  // The skipped rows stay listed with what was wrong, and can be saved to correct them.
  const skipped = page.getByRole('table', { name: 'Rows not imported' });
  const skippedRow = (row: number) =>
    skipped
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) });
  await expect(skipped.locator('tbody tr')).toHaveCount(3);
  await expect(skippedRow(6)).toContainText('Likely a duplicate of row 5');
  await expect(skippedRow(8)).toContainText('Misc reading');
  await expect(skippedRow(8)).toContainText(
    'Activity type: “Misc” is not an activity type Ascent knows.',
  );
  await expect(skippedRow(9)).toContainText('Completion date: This date is in the future.');
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the skipped rows as CSV', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('odd-headers-skipped-rows.csv');
  const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFWhen;What;Who;Kind of learning;Hrs;Ways of Working;Power Skills;Business Acumen;Problem',
  );
  // Each skipped row as the file had it (semicolon-separated, as the file imported), then its problem.
  expect(lines.slice(1, 4)).toEqual([
    expect.stringMatching(
      /^05\/05\/2026;chapter meeting: {2}ESTIMATION;pmi porto chapter;Chapter meeting;2;;2;;"?Likely a duplicate of row 5 /,
    ),
    expect.stringMatching(
      /^30\/06\/2026;Misc reading;;Misc;1;1;;;"?Activity type: “Misc” is not an activity type Ascent knows\./,
    ),
    expect.stringMatching(
      /^10\/12\/2026;Advanced scheduling;Acme;Training;8;8;;;"?Completion date: This date is in the future\./,
    ),
  ]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved odd-headers-skipped-rows.csv (3 rows).' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the credit log' }).click();

  // 4. The credit log: the four rows and their totals (hours, three areas, Giving Back).
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(4);
  await expect(page.locator('table tbody')).toContainText('Scrum for PMs');
  await expect(page.locator('table tbody')).not.toContainText('Misc reading');
  await expect(page.locator('table tfoot tr td')).toHaveText(['15', '6', '4', '1', '4', '']);
});

test('keeping a duplicate counts it in; cancelling writes nothing', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles(trackerFile);
  await mapColumn(page, 'When', 'Completion date');
  await mapColumn(page, 'What', 'Title');
  await page.getByLabel('Keep row 6 anyway').check();
  await expect(page.getByRole('button', { name: 'Import 5 activities' })).toBeEnabled();
  // A type for unrecognised rows turns the "Misc" error into an import.
  await page
    .getByLabel('Rows whose type Ascent does not recognise')
    .selectOption({ label: 'Import as Read' });
  await expect(page.getByRole('button', { name: 'Import 6 activities' })).toBeEnabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing logged yet' })).toBeVisible();
});

test('a workbook is refused with what to do instead', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'log.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
  });
  await expect(page.getByRole('alert')).toContainText('not a CSV file');
  await expect(page.getByLabel('Spreadsheet file (CSV)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
});

test('a file of 2,000 rows is read and imported in one go, with its totals', async ({ page }) => {
  await openImport(page);
  const lines = ['Date,Activity,Provider,Type,PDUs,Power Skills'];
  for (let i = 0; i < 2000; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`2025-02-${day},Leadership talk ${i},Chapter ${i % 7},Webinar,0.5,0.5`);
  }
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByRole('list', { name: 'Summary' })).toContainText('2,000 ready to import');
  await page.getByRole('button', { name: 'Import 2,000 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '2,000 activities imported, 0 rows skipped.',
  );
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    // The log's own count of all activities (LogView) is not formatted with a separator.
    /^Showing 2,000 activities of 2,?000\.$/,
  );
  await expect(page.locator('table tfoot tr td').first()).toHaveText('1,000');
});

test('an unusual amount or year is imported but pointed out before the import', async ({
  page,
}) => {
  await openImport(page);
  const lines = [
    'Date,Activity,Provider,Type,PDUs,Power Skills',
    '2025-02-03,Negotiation basics,Chapter,Webinar,1.5,1.5',
    '2025-02-04,Stakeholder workshop,Acme,Course,600,600',
    '1925-02-05,Leadership reading,,Book,2,2',
  ];
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'unusual.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('3 ready to import');
  await expect(summary).toContainText('2 rows with an unusual amount or year');
  // The rows that need a look are the two unusual ones, each saying what to check.
  const table = page.getByRole('table', { name: /^Rows that need a look/ });
  await expect(table).toContainText(
    '600 hours for one activity is more than any credential asks for in a whole cycle (120).',
  );
  await expect(table).toContainText('The date is before 1970. Is the year right?');
  await expect(table).not.toContainText('Negotiation basics');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 3 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '3 activities imported, 0 rows skipped.',
  );
});

test('an import is taken back in one step from its summary', async ({ page }) => {
  await openImport(page);
  const lines = ['Date,Activity,Provider,Type,PDUs,Power Skills'];
  for (let i = 0; i < 300; i += 1)
    lines.push(`2025-02-${String((i % 28) + 1).padStart(2, '0')},Talk ${i},Chapter,Webinar,1,1`);
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'wrong-unit.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.getByRole('button', { name: 'Import 300 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '300 activities imported, 0 rows skipped.',
  );
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByRole('heading', { name: 'Import taken back' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toHaveText(
    '300 imported activities were removed. Your credit log is as it was before the import.',
  );
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing logged yet' })).toBeVisible();
});

/** A small file of talks in PDUs (Power Skills), named as the person saved it. */
async function importTalks(page: Page, name: string, titles: string[]) {
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  const lines = ['Date,Activity,Provider,Type,PDUs,Power Skills'];
  titles.forEach((t, i) => lines.push(`2025-02-${String(i + 10)},${t},Chapter,Webinar,1,1`));
  await page
    .getByLabel('Spreadsheet file (CSV)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  const count = titles.length === 1 ? '1 activity' : `${titles.length} activities`;
  await page.getByRole('button', { name: `Import ${count}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    `${count} imported, 0 rows skipped.`,
  );
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
}

/** No last import offered, once the Import screen knows (it is busy until then). */
async function expectNoLastImport(page: Page) {
  await expect(page.getByRole('heading', { name: '1. Choose the file' })).toBeVisible();
  await expect(page.locator('.last-import-slot[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.last-import-slot')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Last import' })).toHaveCount(0);
}

const areaLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name });

test('the last import can still be taken back after leaving its summary', async ({ page }) => {
  await openImport(page);
  await expectNoLastImport(page);
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await importTalks(page, 'kept.csv', ['Risk talk', 'Budget talk']);
  // A second import replaces the first as the one to take back.
  await importTalks(page, 'pdus-2025.csv', ['Wrong unit A', 'Wrong unit B', 'Wrong unit C']);

  // Elsewhere in the app, then back to the import.
  await areaLink(page, 'Dashboard').click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello|Your dashboard/ })).toBeVisible();
  await areaLink(page, 'Credit log').click();
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  const last = page.getByRole('region', { name: 'Last import' });
  await expect(last).toContainText('3 activities from pdus-2025.csv, imported 22 Nov 2026, 10:00.');
  await expectAccessible(page);

  // Asked first; Escape leaves everything as it was.
  const undo = last.getByRole('button', { name: 'Undo that import' });
  await undo.click();
  const dialog = page.getByRole('alertdialog', { name: 'Undo the last import?' });
  await expect(dialog).toContainText(
    '3 activities imported from pdus-2025.csv on 22 Nov 2026, 10:00 will be removed from your credit log.',
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(undo).toBeFocused();

  // From the keyboard: to the button that goes ahead, then Enter.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Remove 3 activities' })).toBeFocused();
  await page.keyboard.press('Enter');
  const said = last.getByRole('status');
  await expect(said).toHaveText(
    '3 imported activities were removed. Your credit log is as it was before the import.',
  );
  await expect(said).toBeFocused();
  // Forgotten once taken back: the import before it is offered in its place, and stays
  // offered after a reload.
  await expect(last).toContainText(
    'The import before it: 2 activities from kept.csv, imported 22 Nov 2026, 10:00.',
  );
  await expect(undo).toHaveCount(1);
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Last import' })).toContainText(
    '2 activities from kept.csv, imported 22 Nov 2026, 10:00.',
  );
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.locator('table tbody tr')).toHaveCount(2);
  await expect(page.locator('table tbody')).toContainText('Risk talk');
  await expect(page.locator('table tbody')).toContainText('Budget talk');
  await expect(page.locator('table tbody')).not.toContainText('Wrong unit');
});

test('after the summary’s Undo, the import before it is offered again', async ({ page }) => {
  await openImport(page);
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await importTalks(page, 'once.csv', ['Only talk']);
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(page.getByRole('region', { name: 'Last import' })).toContainText(
    '1 activity from once.csv, imported 22 Nov 2026, 10:00.',
  );
  // Another file, taken back from its own summary this time.
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'third.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Date,Activity,Provider,Type,PDUs,Power Skills\n2025-03-01,Third talk,Chapter,Webinar,1,1',
    ),
  });
  await page.getByRole('button', { name: 'Import 1 activity' }).click();
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByRole('heading', { name: 'Import taken back' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(page.getByRole('region', { name: 'Last import' })).toContainText(
    '1 activity from once.csv, imported 22 Nov 2026, 10:00.',
  );
});
