import type { Page } from '@playwright/test';
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

/** The page's width and every form group's overflow, measured the way a person sees them. */
async function widths(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
    // A group or a control inside it that reaches past its group's right edge.
    overflowing: [...document.querySelectorAll('fieldset')].flatMap((f) => {
      const edge = f.getBoundingClientRect().right + 0.5;
      const name = f.querySelector('legend')?.textContent ?? '?';
      const wide = [...f.querySelectorAll('input, select, textarea, label')].filter(
        (c) => c.getBoundingClientRect().right > edge,
      );
      return f.getBoundingClientRect().right > window.innerWidth + 0.5 || wide.length ? [name] : [];
    }),
  }));
}

for (const { name, width, fontSize } of [
  { name: 'a 900 px window', width: 900, fontSize: 16 },
  // 150 % zoom in a 1280 px window leaves 853 CSS pixels; larger text on top of it too.
  { name: '150 % zoom', width: 853, fontSize: 16 },
  { name: '150 % zoom with larger text', width: 853, fontSize: 24 },
]) {
  test(`in ${name}, onboarding and Settings are never wider than the window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.addInitScript((size) => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = `${size}px`;
      });
    }, fontSize);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Your place on the career ladder' }),
    ).toBeVisible();
    expect(await widths(page), 'onboarding').toEqual({
      page: width,
      window: width,
      overflowing: [],
    });

    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
    await page.goto('/#/settings');
    await expect(page.getByRole('group', { name: 'Weekly study time' })).toBeVisible();
    await expect(page.getByLabel('Current rung')).toHaveValue(/.+/);
    expect(await widths(page), 'Settings').toEqual({ page: width, window: width, overflowing: [] });
  });
}

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

test('a notice stays in the content column’s corner, and the totals under it can be scrolled clear', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Areas' });
  const toast = page.locator('.toast').filter({ hasText: 'Saved' });

  // A long notice (an interaction that answers a follow-up and earns credit) wraps beside the
  // sidebar, never over it, and no wider than 36rem.
  await page.goto('/#/network/interactions');
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByLabel('Kind').selectOption({ label: 'Mentoring I gave' });
  await form.getByLabel('Hours').fill('2');
  await form.getByRole('button', { name: 'Save interaction' }).click();
  await expect(toast).toContainText('It earns credit for PMP');
  const [box, side] = [(await toast.boundingBox())!, (await sidebar.boundingBox())!];
  expect(box.x).toBeGreaterThanOrEqual(side.x + side.width);
  expect(box.width).toBeLessThanOrEqual(36 * 16);
  expect(box.x + box.width).toBeLessThanOrEqual(900);

  // The credit log scrolled to its end: the totals row is above the notice.
  await page.goto('/#/credit-log');
  await page.locator('table tbody tr').first().getByRole('link').first().click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(toast).toContainText('Saved your changes');
  const totals = page.getByRole('row', { name: /^Total earned in view/ });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(totals).toBeInViewport();
  const [row, notice] = [(await totals.boundingBox())!, (await toast.boundingBox())!];
  expect(row.y + row.height).toBeLessThanOrEqual(notice.y);
});
