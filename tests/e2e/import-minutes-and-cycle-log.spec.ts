import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';

async function openCreditLog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
}

/** From the credit log, the import screen with `csv` chosen as the file. */
async function chooseCsv(page: Page, name: string, csv: string) {
  await openCreditLog(page);
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }),
  ).toBeVisible();
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
}

const previewRow = (page: Page, row: number) =>
  page
    .getByRole('region', { name: 'Rows of the file' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) });

const logRow = (page: Page, title: string) =>
  page.locator('table tbody tr').filter({ hasText: title });

test('a webinar log in minutes is imported as hours: 45 min is 0.75 h, "90 min" is 1.5 h', async ({
  page,
}) => {
  await onboard(page);
  await chooseCsv(
    page,
    'webinars.csv',
    [
      'Date,Title,Type,Duration (minutes)',
      '2026-03-04,Risk webinar,Webinar,45',
      '2026-03-05,Agile webinar,Webinar,90 min',
    ].join('\n'),
  );

  // The column's name says minutes: the amount is mapped, and the unit is minutes.
  await expect(page.getByLabel('Import column “Duration (minutes)” as')).toHaveValue('amount');
  const unit = page.getByLabel('The amount column counts');
  await expect(unit).toHaveValue('minutes');
  await expect(unit.locator('option:checked')).toHaveText('Minutes (imported as hours)');

  // The preview shows each row's minutes beside the hours they become.
  await expect(page.getByRole('list', { name: 'Summary' })).toContainText('2 ready to import');
  await expect(previewRow(page, 2)).toContainText('45 min → 0.75 h');
  await expect(previewRow(page, 3)).toContainText('90 min → 1.5 h');
  await expect(previewRow(page, 3)).not.toContainText('not a number');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '2 activities imported, 0 rows skipped.',
  );
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the credit log' }).click();

  // The credit log: both webinars, in hours.
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(2);
  await expect(
    logRow(page, 'Risk webinar').getByRole('cell', { name: '0.75', exact: true }),
  ).toBeVisible();
  await expect(
    logRow(page, 'Agile webinar').getByRole('cell', { name: '1.5', exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('row', { name: /Total earned in view/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2.25');
  await expectAccessible(page);
});

test('"Open in the credit log" from a PMP cycle shows its counting window, with the total the cycle counts', async ({
  page,
}) => {
  await onboard(page);
  // PMP earned 15 Jan 2024: Cycle 1, 15 Jan 2024 – 14 Jan 2027, today (22 Nov 2026) inside it.
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill('2024-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: pmp })).toContainText(
    'Cycle 1: 15 Jan 2024 – 14 Jan 2027',
  );

  // Three activities in the cycle, each with its Talent Triangle split, and one before it.
  await chooseCsv(
    page,
    'pdus.csv',
    [
      'Date,Title,Type,PDUs,Ways of Working,Power Skills,Business Acumen',
      '2023-06-10,Before the cycle,Webinar,5,5,,',
      '2024-03-04,Scheduling deep dive,Webinar,10,10,,',
      '2025-05-20,Leadership webinar,Webinar,2.5,,2.5,',
      '2026-02-11,Finance basics,Webinar,6,,,6',
    ].join('\n'),
  );
  await expect(page.getByRole('list', { name: 'Summary' })).toContainText('4 ready to import');
  await page.getByRole('button', { name: 'Import 4 activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    '4 activities imported, 0 rows skipped.',
  );

  // The credential's page: what the cycle counts (the row before the cycle does not count).
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  const current = page.getByRole('region', { name: 'Current cycle' });
  await expect(current).toContainText('Cycle 1: 15 Jan 2024 – 14 Jan 2027');
  const counted = current.locator('.counted');
  await expect(counted).toHaveText('18.5 PDUs counted of 60');
  const countedFigure = ((await counted.textContent()) ?? '').split(' ')[0] ?? '';
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Open in the credit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  // The counting window: from the cycle's start to the end of the year of suspension after it,
  // since PDUs earned while suspended still count towards the cycle not yet renewed.
  await expect(page).toHaveURL(/credential=.*&from=2024-01-15&to=2028-01-14$/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2024-01-15');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2028-01-14');
  await expect(page.locator('table tbody tr')).toHaveCount(3);
  await expect(page.locator('table tbody')).not.toContainText('Before the cycle');
  await expect(
    page
      .getByRole('row', { name: /Total earned in view/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(countedFigure);
  await expectAccessible(page);
});
