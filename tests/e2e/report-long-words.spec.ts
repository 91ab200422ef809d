/**
 * A long unbroken word in the credit log (a web address pasted as an activity's title) wraps
 * inside its cell: the printed table stays as wide as the page. (A review found it ran past
 * the paper's edge.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { restoreSeedBackup } from './report-restore';

const ADDRESS = `https://example.org/${'a'.repeat(180)}`;

/** Gives a seeded activity of the last 12 months a title as pasted. */
async function writeTitle(page: Page, title: string) {
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('activities', 'readwrite');
          const activities = tx.objectStore('activities');
          const get = activities.get('act-190');
          get.onsuccess = () => activities.put({ ...get.result, title: t });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    title,
  );
}

test('a 200-character web address as a title wraps inside the printed credit log', async ({
  page,
}) => {
  expect(ADDRESS).toHaveLength(200);
  await restoreSeedBackup(page);
  await writeTitle(page, ADDRESS);
  // The printed page's width: A4 less its 15 mm margins (reports.css), at 96 px an inch.
  await page.setViewportSize({ width: 680, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/#/reports');
  await page.reload();
  const log = page.getByRole('region', { name: 'Credit log' });
  await expect(log.getByText(ADDRESS)).toBeVisible();
  const widths = await log.evaluate((section) => ({
    table: section.querySelector('table')!.getBoundingClientRect().width,
    section: section.getBoundingClientRect().width,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.table).toBeLessThanOrEqual(widths.section);
  expect(widths.page).toBeLessThanOrEqual(680);
});
