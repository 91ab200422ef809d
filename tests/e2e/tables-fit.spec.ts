import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/**
 * Each row of a table, measured as a person sees it: whether every button of its Actions cell
 * lies inside the table as it shows (not cut off by the box it scrolls in), and the bottom
 * edges of its cells (one value when they line up).
 */
async function rows(page: Page, table: string) {
  return page.getByRole('table', { name: table }).evaluate((t) => {
    // The table as it shows: its box, cut to the box it scrolls in.
    const table = t.getBoundingClientRect();
    const clip = (t.closest('.table-scroll') ?? t).getBoundingClientRect();
    const box = {
      left: Math.max(table.left, clip.left),
      right: Math.min(table.right, clip.right),
      top: table.top,
      bottom: table.bottom,
    };
    const inside = (r: DOMRect) =>
      r.left >= box.left - 0.5 &&
      r.right <= box.right - 0.5 &&
      r.top >= box.top - 0.5 &&
      r.bottom <= box.bottom + 0.5;
    return [...t.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children];
      const actions = cells.at(-1)!;
      return {
        row: cells[0]?.textContent ?? '?',
        actionsIsACell: getComputedStyle(actions).display === 'table-cell',
        buttonsOutside: [...actions.querySelectorAll('button')]
          .filter((b) => !inside(b.getBoundingClientRect()))
          .map((b) => b.textContent),
        bottoms: [...new Set(cells.map((c) => Math.round(c.getBoundingClientRect().bottom)))],
      };
    });
  });
}

test('at 1024 × 700 the Learning, Network and Experience tables keep each row’s actions inside the table, on one line of cells', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  for (const [where, table] of [
    ['/#/learning/courses', 'Your courses'],
    ['/#/learning/events', 'Your events'],
    ['/#/network/contacts', 'Your contacts'],
    ['/#/network/interactions', 'Your interactions, latest first'],
    ['/#/ladder/experience', 'Your roles, latest first'],
  ] as const) {
    await page.goto(where);
    await expect(page.getByRole('table', { name: table })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`${where.split('/').at(-1)}.png`) });
    const measured = await rows(page, table);
    expect(measured.length, `${table}: rows`).toBeGreaterThan(0);
    const problems = measured.flatMap((r) => [
      ...(r.actionsIsACell ? [] : [`${r.row}: the Actions cell is not a table cell`]),
      ...r.buttonsOutside.map((b) => `${r.row}: “${b}” reaches outside the table`),
      ...(r.bottoms.length === 1 ? [] : [`${r.row}: cells end at ${r.bottoms.join(', ')} px`]),
    ]);
    expect(problems, table).toEqual([]);
    await expectAccessible(page);
  }
});
