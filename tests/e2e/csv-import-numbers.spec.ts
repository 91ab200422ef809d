import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

/**
 * "1.500" in a credit log: 1500 where the decimal mark is a comma, 1.5 where it is a point.
 * Unless the file's other numbers show which, the row is refused with both readings and
 * what to write instead, and nothing is imported wrong without a word (numbers.ts).
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

test('"1.500" in a file that does not show its decimal mark is a row problem, and nothing wrong is imported', async ({
  page,
}) => {
  await openImport(page);
  await chooseFile(page, 'semicolons.csv', [
    'Date;Activity;Provider;Type;PDUs;Power Skills',
    '2025-02-03;Negotiation basics;Chapter;Webinar;2;2',
    '2025-02-04;Risk talk;Acme;Webinar;1.500;1.500',
    '2025-02-05;Scheduling;Acme;Webinar;3;3',
  ]);
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('2 ready to import');
  await expect(summary).toContainText('1 with errors (not imported)');
  await expect(previewRow(page, 3)).toContainText(
    'Amount: “1.500” could be 1500 or 1.5. Write 1500 or 1.5 in that cell (whichever you mean), then import the file again.',
  );
  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '2 activities imported, 1 row skipped.',
  );
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(2);
  await expect(page.locator('table tbody')).not.toContainText('Risk talk');
  await expect(page.locator('table tfoot tr td').first()).toHaveText('5');
});

test('"1.500" in a file whose other numbers use a decimal point is 1.5', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'points.csv', [
    'Date,Activity,Provider,Type,PDUs,Power Skills',
    '2025-02-03,Negotiation basics,Chapter,Webinar,2.5,2.5',
    '2025-02-04,Risk talk,Acme,Webinar,1.500,1.500',
  ]);
  await expect(page.getByRole('list', { name: 'Summary' })).toContainText('2 ready to import');
  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await expect(page.locator('table tfoot tr td').first()).toHaveText('4');
});

test('a quotation mark never closed says what to do', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'quote.csv', [
    'Date,Activity,Provider,Type,PDUs,Power Skills',
    '2025-02-03,"Negotiation basics,Chapter,Webinar,2,2',
    '2025-02-05,Scheduling,Acme,Webinar,3,3',
  ]);
  await expect(
    page.getByText(
      'Row 2: a quotation mark is never closed, so the rest of the line (or of the file) ran into one cell. Close or remove the quotation mark in the spreadsheet, save it as CSV again and choose it here.',
    ),
  ).toBeVisible();
});

test('a spreadsheet of university courses keeps each course’s semester credits', async ({
  page,
}) => {
  await openImport(page);
  await chooseFile(page, 'courses.csv', [
    'Date;Course;Institution;Type;Hours;Semester credits;Power Skills',
    '2025-02-03;IT audit and assurance;State University;University course;45;3;45',
    '2025-03-04;Risk webinar;Acme;Webinar;2;1;2',
    '2025-04-05;Project scheduling;State University;Course;22,5;1,5;22,5',
  ]);
  await expect(page.getByLabel('Import column “Semester credits” as')).toHaveValue(
    'semesterCredits',
  );
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('2 ready to import');
  await expect(summary).toContainText('1 with errors (not imported)');
  await expect(previewRow(page, 3)).toContainText(
    'Semester credits: “1” is on a row that is not a course. Semester credits are only for a university or college course: make the row’s type “Course or training”, or empty the cell, then import the file again.',
  );
  await page.getByLabel('Show').selectOption({ label: 'All rows (3)' });
  await expect(previewRow(page, 2)).toContainText('3 semester credits');
  await expect(previewRow(page, 4)).toContainText('1.5 semester credits');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '2 activities imported, 1 row skipped.',
  );
  await page.getByRole('link', { name: 'Back to the credit log' }).click();
  await page.getByRole('link', { name: 'IT audit and assurance' }).click();
  await expect(page.getByLabel('Semester credits (optional)')).toHaveValue('3');
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('45');
});
