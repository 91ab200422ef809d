import { expect, expectAccessible, test } from './fixtures';

test('in a narrow window, wide tables scroll inside their box and the page stays as wide as the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  for (const [where, table] of [
    ['/#/learning/courses', 'Your courses'],
    ['/#/network/contacts', 'Your contacts'],
  ] as const) {
    await page.goto(where);
    await expect(page.getByRole('table', { name: table })).toBeVisible();
    const [page_, window_] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(page_, where).toBeLessThanOrEqual(window_);
    // The table's last column is still reachable: its box scrolls.
    const edit = page.getByRole('table', { name: table }).getByRole('button', { name: /^Edit/ });
    await edit.first().scrollIntoViewIfNeeded();
    await expect(edit.first()).toBeInViewport();
  }
  await expectAccessible(page);
});
