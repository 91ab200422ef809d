import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

/**
 * Step 3, "Check the rows": a row with an unusual amount can be left out from the keyboard
 * (and taken back in), the summary counts only what will be imported, and a row with an error
 * shows its readable values as good rows do, with the file's text only in the wrong cell.
 */
async function openImport(page: Page) {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }),
  ).toBeVisible();
}

const chooseFile = (page: Page, name: string, lines: string[]) =>
  page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });

const previewRow = (page: Page, row: number) =>
  page
    .getByRole('region', { name: 'Rows of the file' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) });

const TALKS = [
  'Date,Activity,Provider,Type,PDUs,Power Skills',
  '2025-09-06,Negotiation basics,Chapter,Course,1.5,1.5',
  '2025-09-07,Stakeholder workshop,Acme,Course,500,500',
  '2025-09-01,Budget talk,Acme,Course,lots,',
];

test('a row with an unusual amount is left out from the keyboard; an error row reads like the others', async ({
  page,
}) => {
  await openImport(page);
  await chooseFile(page, 'talks.csv', TALKS);
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('2 ready to import');
  await expect(summary).toContainText(
    '1 row with an unusual amount or year is imported as it is, so check it below or leave it out',
  );

  // One style: the error row's readable cells formatted, its wrong cell marked.
  await page.getByLabel('Show').selectOption({ label: 'All rows (3)' });
  await expect(previewRow(page, 2).getByRole('cell')).toHaveText([
    '6 Sept 2025',
    'Negotiation basics',
    'Chapter',
    'Course or training',
    '1.5',
    'Ready to import',
  ]);
  await expect(previewRow(page, 4).getByRole('cell').first()).toHaveText('1 Sept 2025');
  await expect(previewRow(page, 4).getByRole('cell').nth(3)).toHaveText('Course or training');
  await expect(previewRow(page, 4).getByRole('cell').nth(4)).toHaveText('Wrong: lots');
  await expectAccessible(page);

  // Left out with the keyboard, then taken back in, then out again.
  const leave = page.getByRole('checkbox', { name: 'Leave row 3 out' });
  await leave.focus();
  await page.keyboard.press('Space');
  await expect(leave).toBeChecked();
  await expect(previewRow(page, 3)).toContainText('Left out: not imported');
  await expect(summary).toContainText('1 ready to import');
  await expect(summary).toContainText('1 row you left out (not imported)');
  await expect(summary).not.toContainText('unusual');
  await expect(page.getByRole('button', { name: 'Import 1 activity' })).toBeEnabled();
  await expectAccessible(page);
  await page.keyboard.press('Space');
  await expect(summary).toContainText('2 ready to import');
  await expect(page.getByRole('button', { name: 'Import 2 activities' })).toBeEnabled();
  await page.keyboard.press('Space');

  await page.getByRole('button', { name: 'Import 1 activity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '1 activity imported, 1 row skipped, 1 row you left out.',
  );
  // The row left out is listed apart from the row to correct, and not saved with it.
  await expect(page.getByRole('table', { name: 'Rows not imported' })).toContainText('Budget talk');
  await expect(page.getByRole('table', { name: 'Rows not imported' })).not.toContainText(
    'Stakeholder workshop',
  );
  await expect(page.getByRole('table', { name: 'Rows you left out (1)' })).toContainText(
    'Stakeholder workshop',
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toHaveText(
    '1 imported activity was removed. Your credit log is as it was before the import.',
  );
});
