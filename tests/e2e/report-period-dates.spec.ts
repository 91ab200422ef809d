/**
 * The report's own period with a date begun but not whole: a date input then holds no value,
 * so the message must come from the input's own state — it names the date to finish, tied to
 * that input, instead of the hint shown before anything is typed.
 */
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
