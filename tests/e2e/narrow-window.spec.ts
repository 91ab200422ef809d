import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';
import { seedLongLog } from './long-log';

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

test('in a window narrower than the sidebar layout (480 px), wide content never widens the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 480, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  for (const where of ['/#/dashboard', '/#/learning/courses', '/#/ladder/experience']) {
    await page.goto(where);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const [page_, window_] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(page_, where).toBeLessThanOrEqual(window_);
  }
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
  // Scrolled again until it stays: the log brings the edited row into view as it comes back,
  // which can land after a first scroll.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(totals).toBeInViewport({ timeout: 1000 });
  }).toPass();
  const [row, notice] = [(await totals.boundingBox())!, (await toast.boundingBox())!];
  expect(row.y + row.height).toBeLessThanOrEqual(notice.y);
});

/** 200 characters, the longest title a person is likely to paste. */
const longTitle = (
  'Portfolio governance in practice: benefits realisation, stakeholder engagement, assurance ' +
  'gates and the many lessons learned from a five-year transformation programme across three ' +
  'regions and twelve teams'
).slice(0, 200);

async function openSample(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
}

/** Gives the newest activity in the log a 200-character title, the way a person would. */
async function retitleNewest(page: Page) {
  await page.goto('/#/credit-log');
  // The log as a person sees it once it has read every entry, then one opened from it.
  await expect(
    page.getByRole('status').filter({ hasText: /^Showing (\d+) activities of \1\.$/ }),
  ).toBeVisible();
  await page.locator('table tbody tr').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit activity' })).toBeVisible();
  // Exact: while the log is still drawn, "Title" alone also names its "Search title, provider
  // or code" box, and a title typed into that box as the editor replaced it was lost (CI).
  await page.getByLabel('Title', { exact: true }).fill(longTitle);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(longTitle);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));

/**
 * How much darker the pixels at a scroll box's left and right inner edges are than the page
 * 30 px further in, along a line through its first row (the caption: no text at the edges).
 */
async function edgeShade(page: Page, box: Locator): Promise<{ left: number; right: number }> {
  const b = (await box.boundingBox())!;
  const png = await page.screenshot({ clip: { x: b.x, y: b.y + 8, width: b.width, height: 4 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const grey = (x: number) => {
      const [r, g, b] = ctx.getImageData(x, 2, 1, 1).data;
      return (r! + g! + b!) / 3;
    };
    const w = image.width;
    return { left: grey(32) - grey(2), right: grey(w - 33) - grey(w - 3) };
  }, png.toString('base64'));
}

for (const { name, width, height } of [
  { name: 'a 900 × 700 window', width: 900, height: 700 },
  // 150 % zoom in a 1280 × 800 window.
  { name: '150 % zoom', width: 853, height: 533 },
]) {
  test(`in ${name}, the credit log and a ladder rung scroll their tables in labelled boxes, never the page`, async ({
    page,
  }) => {
    await openSample(page, width, height);
    await retitleNewest(page);
    const log = page.getByRole('region', { name: 'Credit log table' });
    await expect(log.getByRole('rowheader', { name: longTitle })).toBeVisible();
    expect(await pageWidth(page), 'credit log').toEqual({ page: width, window: width });
    await expect(log).toHaveAttribute('tabindex', '0');

    await page.goto('/#/ladder/pmo-director');
    const table = page.getByRole('table', { name: 'Requirements for PMO Director' });
    await expect(table).toBeVisible();
    expect(await pageWidth(page), 'ladder rung').toEqual({ page: width, window: width });
    const region = page.getByRole('region', { name: 'Requirements table' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region.getByRole('table')).toHaveAccessibleName('Requirements for PMO Director');
    // "Why" is folded in each row, so its long source no longer makes every row tall.
    const row = table.getByRole('row', { name: /^Hold PMP\b/ });
    const why = row.locator('details');
    const source = why.getByText(/PMO career ladder/);
    await expect(source).toBeHidden();
    expect((await row.boundingBox())!.height).toBeLessThanOrEqual(80);
    // Named for its requirement, for a screen reader's list of controls.
    await expect(why.locator('summary')).toHaveText('Why: Hold PMP');
    await why.locator('summary').click();
    await expect(source).toBeVisible();
    expect(await pageWidth(page), 'ladder rung, Why open').toEqual({ page: width, window: width });
    await expectAccessible(page);
  });
}

test('in a 900 px window, a shadow shows that the credit log has more columns to the right, and the keyboard scrolls to them', async ({
  page,
}) => {
  await openSample(page, 900, 700);
  await page.goto('/#/credit-log');
  const log = page.getByRole('region', { name: 'Credit log table' });
  const evidence = log.getByRole('columnheader', { name: 'Evidence' });
  await expect(log).toBeVisible();
  await expect(evidence).not.toBeInViewport();
  await log.scrollIntoViewIfNeeded();
  const start = await edgeShade(page, log);
  expect(start.right, 'a shadow on the right').toBeGreaterThan(25);
  expect(start.left, 'none on the left').toBeLessThan(5);

  await log.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(evidence).toBeInViewport({ ratio: 1 });
  const end = await edgeShade(page, log);
  expect(end.left, 'scrolled: a shadow on the left').toBeGreaterThan(25);
  expect(end.right, 'nothing more on the right').toBeLessThan(5);
});

/** Height of the row for `title`, and of the others drawn. */
async function rowHeights(page: Page, title: string) {
  const rows = page.locator('table tbody tr[aria-rowindex]');
  const heights = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.getBoundingClientRect().height]),
  );
  return {
    row: heights.find(([t]) => t === title)![1] as number,
    others: heights.filter(([t]) => t !== title).map(([, h]) => h as number),
  };
}

for (const width of [1280, 900]) {
  test(`at ${width} px, a 200-character title takes two lines in a readable column and shows whole on focus`, async ({
    page,
  }) => {
    await openSample(page, width, 800);
    await retitleNewest(page);
    const link = page.getByRole('link', { name: longTitle, exact: true });
    await expect(link).toHaveAttribute('title', longTitle);
    const cell = page.getByRole('rowheader', { name: longTitle });
    // It used to sit in a column about 100 px wide, 16 lines and 374 px tall.
    expect((await cell.boundingBox())!.width).toBeGreaterThanOrEqual(190);
    const { row, others } = await rowHeights(page, longTitle);
    expect(row).toBeLessThanOrEqual(Math.max(70, ...others));

    // Focused from the keyboard, the whole title is laid over the rows below it.
    const covered = async () => {
      const box = (await link.boundingBox())!;
      const below = { x: box.x + 20, y: box.y + box.height + 12 };
      return page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('title') ?? null,
        below,
      );
    };
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    expect(await covered(), 'not while the link does not have focus').toBeNull();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await covered()).toBe(longTitle);
    expect((await rowHeights(page, longTitle)).row, 'the row keeps its height').toBe(row);
  });
}

test('in a long log, a 200-character title keeps its row as tall as every other row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await onboard(page);
  await seedLongLog(page, 400);
  await page.goto('/#/credit-log');
  await page.getByRole('link', { name: 'Long log entry 1', exact: true }).click();
  // The editor's own field (exact), once drawn: not the log's search box (retitleNewest).
  await expect(page.getByRole('heading', { level: 1, name: 'Edit activity' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(longTitle);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(longTitle);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const log = page.getByRole('region', { name: 'Credit log table' });
  const cell = log.getByRole('rowheader', { name: longTitle });
  await expect(cell).toBeVisible();
  // One line, ended by "…", no wider than 20rem and its padding: the rows the long log draws
  // are all one height, which its scrolling counts on.
  expect((await cell.boundingBox())!.width).toBeLessThanOrEqual(20 * 16 + 14);
  const { row, others } = await rowHeights(page, longTitle);
  expect(others.length).toBeGreaterThan(20);
  expect(new Set([row, ...others])).toEqual(new Set([row]));
  await expect(log.getByRole('link', { name: longTitle, exact: true })).toHaveAttribute(
    'title',
    longTitle,
  );
});

test('with a long message, the notice’s Undo button keeps its word on one line', async ({
  page,
}) => {
  await openSample(page, 900, 700);
  await retitleNewest(page);
  await page.getByRole('link', { name: longTitle, exact: true }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  const notice = page.locator('.toast').filter({ hasText: `Deleted “${longTitle}”.` });
  await expect(notice).toBeVisible();
  const undo = notice.getByRole('button', { name: 'Undo' });
  const dismiss = notice.getByRole('button', { name: 'Dismiss, keep this change' });
  const [u, d, n] = [
    (await undo.boundingBox())!,
    (await dismiss.boundingBox())!,
    (await notice.boundingBox())!,
  ];
  // One line of text: as tall as the one-character Dismiss button, wider than tall.
  expect(Math.abs(u.height - d.height)).toBeLessThanOrEqual(1);
  expect(u.width).toBeGreaterThan(u.height);
  // The message wraps instead, and the notice stays inside the window.
  expect(n.height).toBeGreaterThan(3 * u.height);
  expect(n.x + n.width).toBeLessThanOrEqual(900);
  await undo.click();
  await expect(page.getByRole('rowheader', { name: longTitle })).toBeVisible();
});

test('in a 420 px window, the notice of a long delete is a short band: two lines of it, Undo and its key whole', async ({
  page,
}) => {
  await openSample(page, 420, 800);
  await retitleNewest(page);
  await page.getByRole('link', { name: longTitle, exact: true }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  const said = `Deleted “${longTitle}”.`;
  const notice = page.locator('.toast').filter({ hasText: said });
  await expect(notice).toBeVisible();
  // The whole message stays in its text (read out by the status region) and its tooltip.
  const message = notice.getByTitle(said, { exact: true });
  await expect(message).toHaveText(said);
  const undo = notice.getByRole('button', { name: 'Undo' });
  const key = notice.locator('kbd');
  const dismiss = notice.getByRole('button', { name: 'Dismiss, keep this change' });
  const box = async (l: Locator) => (await l.boundingBox())!;
  const [n, m, u, k, d] = [
    await box(notice),
    await box(message),
    await box(undo),
    await box(key),
    await box(dismiss),
  ];
  // It used to wrap to six lines over the page; now two lines, in a band under 120 px.
  expect(n.height).toBeLessThan(120);
  const lineHeight = await message.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(Math.round(m.height / lineHeight)).toBe(2);
  expect(n.x).toBeGreaterThanOrEqual(0);
  expect(n.x + n.width).toBeLessThanOrEqual(420);
  expect(n.y + n.height).toBeLessThanOrEqual(800);
  // Undo, its key and Dismiss keep their words on one line, inside the notice.
  expect(Math.abs(u.height - d.height)).toBeLessThanOrEqual(1);
  expect(u.width).toBeGreaterThan(u.height);
  await expect(key).toHaveText(/^(Ctrl\+Z|⌘Z)$/);
  expect(k.height).toBeLessThan(u.height);
  for (const b of [u, k, d]) expect(b.x + b.width).toBeLessThanOrEqual(n.x + n.width);
  await undo.click();
  await expect(page.getByRole('rowheader', { name: longTitle })).toBeVisible();
});
