// "Which row holds the column names?": a file without a row of column names is imported whole
// once the person says so, and the rows above a real header are never left out without a word
// (MappingStep, PreviewStep's summary, ImportDone).
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const HEADER_ROW = 'Which row holds the column names?';
const NONE = 'None — every row is an activity';

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

async function chooseFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeVisible();
}

/** The option a drop-down shows as chosen. */
const chosen = (page: Page, label: string) => page.getByLabel(label).locator('option:checked');

const mapColumn = (page: Page, column: string, field: string) =>
  page.getByLabel(`Import column “${column}” as`).selectOption({ label: field });

test('a file without column names: choose “None”, map the columns, and every row is imported', async ({
  page,
}) => {
  await openImport(page);
  await chooseFile(page, 'talks.csv', [
    '2025-03-10,Leadership essentials,Course,7',
    '2025-04-02,Risk workshop,Webinar,2',
    '2025-05-20,Agile meetup,Meeting,1.5',
  ]);

  // Ascent took the first row for the column names: that is what the choice shows.
  await expect(chosen(page, HEADER_ROW)).toHaveText(
    'Row 1: 2025-03-10, Leadership essentials, Course, 7',
  );
  await expect(page.getByLabel(HEADER_ROW).getByRole('option')).toHaveText([
    'Row 1: 2025-03-10, Leadership essentials, Course, 7',
    'Row 2: 2025-04-02, Risk workshop, Webinar, 2',
    'Row 3: 2025-05-20, Agile meetup, Meeting, 1.5',
    NONE,
  ]);

  await page.getByLabel(HEADER_ROW).selectOption({ label: NONE });
  await expect(chosen(page, HEADER_ROW)).toHaveText(NONE);
  await expect(
    page.getByText('The file names no columns: choose what each column holds, or ignore it.'),
  ).toBeVisible();
  const missing = page.getByRole('alert').filter({ hasText: 'Choose a column for' });
  await expect(missing).toHaveText(
    'Choose a column for: Completion date, Title, Activity type, Amount (or an area column). Or choose a type for rows without one.',
  );
  const importButton = page.getByRole('button', { name: /^Import \d+ activit/ });
  await expect(importButton).toBeDisabled();

  await mapColumn(page, 'Column 1', 'Completion date');
  await mapColumn(page, 'Column 2', 'Title');
  await mapColumn(page, 'Column 3', 'Activity type');
  await mapColumn(page, 'Column 4', 'Amount (PDUs or hours)');
  await expect(missing).toBeHidden();

  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('3 ready to import');
  await expect(summary).not.toContainText('above the column names');
  await expectAccessible(page);

  await expect(importButton).toHaveText('Import 3 activities');
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '3 activities imported, 0 rows skipped.',
  );
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await expect(page.getByText('above the column names')).toHaveCount(0);

  // The first row is in the credit log with the other two: none was taken for column names.
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  const titles = page.locator('table tbody').getByRole('rowheader');
  await expect(titles).toHaveCount(3);
  for (const title of ['Leadership essentials', 'Risk workshop', 'Agile meetup'])
    await expect(page.locator('table tbody').getByRole('link', { name: title })).toBeVisible();
});

test('a title line above the column names is named before the import and after it', async ({
  page,
}) => {
  await openImport(page);
  await chooseFile(page, 'tracker.csv', [
    'PDU tracker 2026,,',
    ',,',
    'Date,Course,Type,Hours',
    '2026-03-10,Scrum in practice,Course,7',
    '2026-04-02,Risk workshop,Webinar,2',
  ]);

  // Ascent found the real header in row 3; the title line above it is said, not imported.
  await expect(chosen(page, HEADER_ROW)).toHaveText('Row 3: Date, Course, Type, Hours');
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('2 ready to import');
  await expect(
    summary.getByRole('listitem').filter({ hasText: 'above the column names' }),
  ).toHaveText('1 row above the column names is not imported: row 1.');

  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '2 activities imported, 0 rows skipped.',
  );
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await expect(
    page.getByText('1 row above the column names was not imported: row 1.', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.locator('table tbody').getByRole('rowheader')).toHaveCount(2);
  await expect(page.locator('table tbody')).not.toContainText('PDU tracker');
});
