/**
 * The report's own period with a date begun but not whole: a date input then holds no value,
 * so the message must come from the input's own state — it names the date to finish, tied to
 * that input, instead of the hint shown before anything is typed.
 */
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, onboard, test } from './fixtures';

test('a From date begun but not finished is named as not whole, at its input', async ({ page }) => {
  await onboard(page);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  const hint = 'Enter the From and To dates of the period to report on.';
  await expect(page.getByText(hint)).toBeVisible();

  await page.getByLabel('To', { exact: true }).fill('2026-11-22');
  const from = page.getByLabel('From', { exact: true });
  await from.click();
  await page.keyboard.type('03');
  await from.blur();
  const words = 'The From date is not a whole date. Enter its day, month and year.';
  await expect(page.getByRole('alert').filter({ hasText: words })).toBeVisible();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(new RegExp(words.replace(/\./g, '\\.')));
  await expect(page.getByText(hint)).toHaveCount(0);
  await expectAccessible(page);

  // Finished, the message goes and the report is made.
  await from.fill('2026-01-01');
  await expect(page.getByText(words)).toHaveCount(0);
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
});

/**
 * A fresh profile (no work history, no contact hours): the exams waiting for information are
 * grouped by what each lacks, so CAPM, which needs 23 h of PM education and no work history
 * (domain-facts §2), is not said to wait for work history — on screen and in the PDF.
 */
test('eligibility not judged yet: each exam is said to wait only for what it lacks', async ({
  page,
}, testInfo) => {
  await onboard(page);
  await page.goto('/#/reports');
  const eligibility = page.getByRole('region', { name: 'Exam eligibility' });
  const sentence =
    'Eligibility cannot be judged yet for these exams, as some records are not in Ascent. ' +
    'CAPM: PM education contact hours are not recorded. ' +
    'PMP, PMI-ACP, PMI-RMP, PMI-SP, PMI-PBA and PMI-PMOCP: work history and PM education ' +
    'contact hours are not recorded. PgMP and PfMP: work history is not recorded.';
  await expect(eligibility.getByTestId('eligibility-waiting')).toHaveText(sentence);

  const path = testInfo.outputPath('report-fresh-eligibility.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
  expect(text.replace(/\s+/g, ' ')).toContain(sentence);
  expect(text).not.toContain('Eligibility for CAPM');
});
