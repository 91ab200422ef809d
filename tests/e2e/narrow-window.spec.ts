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

test('the dashboard’s study meter is as wide as its readiness bar, in a narrow window and a wide one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  const meter = page.getByRole('meter', { name: 'Studied against planned this week' });
  const readiness = page.getByRole('img', { name: /^Readiness \d+ out of 100$/ });
  for (const width of [900, 1400]) {
    await page.setViewportSize({ width, height: 700 });
    await expect(meter).toBeVisible();
    const [meterBox, barBox] = [await meter.boundingBox(), await readiness.boundingBox()];
    expect(Math.abs(meterBox!.width - barBox!.width), `at ${width} px`).toBeLessThanOrEqual(2);
  }
  await expectAccessible(page);
});

test('in a narrow window, the study plan chart names its weeks without the names overlapping', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.goto('/#/study');
  const chart = page.getByRole('img', { name: /planned and studied hours per week/ });
  await expect(chart).toBeVisible();
  const labels = chart.locator('.week-label');
  // The sample plan started on Sunday 11 Oct, six weeks before today: its first week (from
  // Monday) is named.
  await expect(labels.first()).toHaveText('5 Oct');
  const boxes = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  const chartBox = (await chart.boundingBox())!;
  for (const [i, box] of boxes.entries()) {
    expect(box.right, `label ${i} inside the chart`).toBeLessThanOrEqual(
      chartBox.x + chartBox.width + 0.5,
    );
    if (i > 0)
      expect(box.left, `label ${i} clear of the one before`).toBeGreaterThan(boxes[i - 1]!.right);
  }
});
