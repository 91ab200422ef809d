import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/**
 * The study planner at the window sizes the app must work at (review: the week overflowed its
 * columns at 1024 × 700, and a 640 px window scrolled sideways). The sample data's week of
 * 16 Nov 2026 has blocks of "PMI-PMOCP exam preparation" on Thursday and Saturday.
 */
async function openSampleStudy(page: Page, width: number) {
  await page.setViewportSize({ width, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.goto('/#/study');
  await expect(page.getByRole('heading', { level: 2, name: 'Week of 16 Nov 2026' })).toBeVisible();
  await expect(page.getByRole('button', { name: /PMI-PMOCP exam preparation/ })).toHaveCount(4);
}

/** Left and right of the text a person sees in `el` (words only a screen reader gets left out). */
function seenText(el: Element): { left: number; right: number } | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = Infinity;
  let right = -Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
  }
  return left === Infinity ? null : { left, right };
}

/**
 * Every day heading and block that is wider than its day's column, or whose words reach past
 * it (into its padding or over its border), in words: "Wed 18 Nov: heading 90 px wide in a 74 px column".
 */
async function spills(page: Page): Promise<string[]> {
  const days = page.locator('[data-day-col]');
  await expect(days).toHaveCount(7);
  const out: string[] = [];
  for (const day of await days.all()) {
    // Inside its border and padding: the room the day has for its words.
    const column = await day.evaluate((li) => {
      const r = li.getBoundingClientRect();
      const css = getComputedStyle(li);
      const left = r.left + li.clientLeft + parseFloat(css.paddingLeft);
      const right = r.left + li.clientLeft + li.clientWidth - parseFloat(css.paddingRight);
      return { x: left, width: right - left };
    });
    const heading = day.getByRole('heading', { level: 3 });
    const name = await heading.innerText();
    const parts: [string, Locator][] = [['heading', heading]];
    for (const block of await day.getByRole('button').all())
      parts.push([`block “${await block.innerText()}”`, block]);
    for (const [what, part] of parts) {
      const box = (await part.boundingBox())!;
      const text = await part.evaluate(seenText);
      const left = Math.min(box.x, text?.left ?? Infinity);
      const right = Math.max(box.x + box.width, text?.right ?? -Infinity);
      if (left < column.x - 0.5 || right > column.x + column.width + 0.5)
        out.push(
          `${name.replace(/\s+/g, ' ').trim()}: ${what} ${Math.round(right - left)} px wide in a ${Math.round(column.width)} px column`,
        );
    }
  }
  return out;
}

for (const width of [1280, 1024]) {
  test(`at ${width} × 700, every day heading and block stays inside its day’s column`, async ({
    page,
  }) => {
    await openSampleStudy(page, width);
    expect(await spills(page)).toEqual([]);
    // The whole date stays the heading's name, whatever the column has room to show.
    await expect(
      page.getByRole('heading', { level: 3, name: 'Wednesday 18 November', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Sunday 22 November (today)' }),
    ).toBeVisible();
    // "New study plan" does not touch the Reminders card below it.
    const button = (await page.getByRole('link', { name: 'New study plan' }).boundingBox())!;
    const reminders = (await page.getByRole('region', { name: 'Reminders' }).boundingBox())!;
    expect(reminders.y - (button.y + button.height)).toBeGreaterThanOrEqual(8);
    await expectAccessible(page);
  });
}

test('in a 640 px window the study planner is no wider than the window', async ({ page }) => {
  await openSampleStudy(page, 640);
  await expect(page.getByRole('table', { name: 'Logged study sessions' })).toBeVisible();
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await spills(page)).toEqual([]);
  // The sessions table's last column is still reachable: its box scrolls if it must.
  const remove = page
    .getByRole('table', { name: 'Logged study sessions' })
    .getByRole('button', { name: /^Delete/ })
    .first();
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport();
  await expectAccessible(page);
});
