/**
 * A credential chart's figures are printed whole: a long one ("1,339.25 PDUs counted — 60
 * required") ends inside the chart, not past its right edge, where an SVG cuts it off. (A
 * review found only 200 units left after the bars.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { restoreSeedBackup } from './report-restore';

/** Makes a seeded activity in the running cycles a long one: 1,000.25 hours, most in one area. */
async function writeLongActivity(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('activities', 'readwrite');
          const activities = tx.objectStore('activities');
          const get = activities.get('act-190');
          get.onsuccess = () =>
            activities.put({
              ...get.result,
              amount: 1000.25,
              split: { waysOfWorking: 999.75, powerSkills: 0.25, businessAcumen: 0.25 },
            });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('a long figure beside a credential’s bars ends inside the chart', async ({ page }) => {
  await restoreSeedBackup(page);
  await writeLongActivity(page);
  await page.goto('/#/reports');
  await page.reload();
  const credentials = page.getByRole('region', { name: 'Credentials' });
  await expect(credentials.getByText(/Counted 1,\d{3}(\.\d+)? PDUs/).first()).toBeVisible();
  const figures = await credentials.locator('svg.report-chart').evaluateAll((charts) =>
    charts.flatMap((svg) =>
      [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => {
        const box = t.getBBox();
        return {
          text: t.textContent,
          right: Math.round(box.x + box.width),
          edge: (svg as SVGSVGElement).viewBox.baseVal.width,
        };
      }),
    ),
  );
  expect(figures.some((f) => f.text?.startsWith('1,'))).toBe(true);
  expect(figures.filter((f) => f.right > f.edge)).toEqual([]);
});
