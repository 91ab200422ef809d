/**
 * A long credit log (issue 9) is drawn a window at a time but stays one table: row count and
 * positions are announced (aria-rowcount, aria-rowindex), the keyboard scrolls it, the last
 * entry can be reached, and axe finds nothing.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const COUNT = 400;

/** COUNT activities written straight into IndexedDB, newest on 2026-11-20, then a reload. */
async function seedLongLog(page: Page) {
  await page.evaluate(async (count) => {
    const now = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ascent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['activities'], 'readwrite');
        for (let i = 0; i < count; i++) {
          const day = new Date(Date.UTC(2026, 10, 20 - i)).toISOString().slice(0, 10);
          tx.objectStore('activities').put({
            id: `act-${String(i).padStart(4, '0')}`,
            date: day,
            title: `Long log entry ${i + 1}`,
            type: 'read',
            amount: 1,
            unit: 'hours',
            split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
            status: 'earned',
            createdAt: now,
            updatedAt: now,
          });
        }
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }, COUNT);
  await page.reload();
}

test('a long log draws a window of rows, announces every row and reaches the last by keyboard', async ({
  page,
}) => {
  await onboard(page);
  await seedLongLog(page);
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
