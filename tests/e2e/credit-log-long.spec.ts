/**
 * A long credit log (issue 9) is drawn a window at a time but stays one table: row count and
 * positions are announced (aria-rowcount, aria-rowindex), the keyboard scrolls it, the last
 * entry can be reached, and axe finds nothing.
 */
import { expect, expectAccessible, onboard, test } from './fixtures';
import { seedLongLog } from './long-log';

const COUNT = 400;

test('a long log draws a window of rows, announces every row and reaches the last by keyboard', async ({
  page,
}) => {
  await onboard(page);
  await seedLongLog(page, COUNT);
  await page.goto('/#/credit-log');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 2));
  const rows = page.locator('table tbody tr[aria-rowindex]');
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.first().getByRole('rowheader')).toHaveText('Long log entry 1');
  expect(await rows.count()).toBeLessThan(COUNT / 2);
  await expectAccessible(page);

  await page.getByRole('region', { name: 'Credit log table' }).focus();
  await page.keyboard.press('End');
  const last = page.getByRole('rowheader', { name: `Long log entry ${COUNT}` });
  await expect(last).toBeInViewport();
  await expect(rows.last()).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  await page.keyboard.press('Home');
  await expect(
    page.getByRole('rowheader', { name: 'Long log entry 1', exact: true }),
  ).toBeInViewport();

  await page.getByLabel('Search title, provider or code').fill('entry 39');
  // 39 and 390–399: a short list is drawn whole again.
  await expect(rows).toHaveCount(11);
  await expect(table).toHaveAttribute('aria-rowcount', '13');
});
