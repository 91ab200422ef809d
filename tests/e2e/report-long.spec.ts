/**
 * A report over a long period (issue 9): its thousands of rows are drawn in the background,
 * so the choices answer at once and the screen says the report is being brought up to date
 * (the report itself marked busy) until the new one is shown; then it holds every activity.
 */
import { expect, expectAccessible, onboard, test } from './fixtures';
import { seedLongLog } from './long-log';

const COUNT = 600;

test('choosing a long period says the report is being updated until it is shown', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await onboard(page);
  await seedLongLog(page, COUNT);
  await page.goto('/#/reports');
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report.locator('.report-header p')).toHaveText(/^Last 12 months,/);

  // Everything the page shows from `watch()` on, however briefly.
  const watch = () =>
    page.evaluate(() => {
      const w = window as unknown as { seen: { updating: boolean; busy: boolean } };
      w.seen = { updating: false, busy: false };
      const look = () => {
        if (document.body.textContent?.includes('Updating the report…')) w.seen.updating = true;
        if (document.querySelector('article.report[aria-busy="true"]')) w.seen.busy = true;
      };
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  const seen = () =>
    page.evaluate(() => (window as unknown as { seen: { updating: boolean; busy: boolean } }).seen);
  const header = report.locator('.report-header p');

  await watch();
  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2024-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-11-22');
  await expect(header).toHaveText(/^Chosen dates, 1 Jan 2024 to 22 Nov 2026/, { timeout: 60_000 });
  // No report was shown for the incomplete dates: nothing to mark busy, only the status.
  expect((await seen()).updating).toBe(true);

  // From one long period to another: the report shown stays, marked busy, until the new one.
  await watch();
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await expect(header).toHaveText(/^Chosen dates, 1 Jan 2025 to 22 Nov 2026/, { timeout: 60_000 });
  expect(await seen()).toEqual({ updating: true, busy: true });

  await expect(page.getByText('Updating the report…')).toHaveCount(0);
  await expect(report).not.toHaveAttribute('aria-busy');
  await expect(report.getByText(`Long log entry ${COUNT}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print report…' })).toBeEnabled();
  await expectAccessible(page);
});
