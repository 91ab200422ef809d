/**
 * A link inside a screen opens the next screen at its top, with the focus on its heading and
 * the heading in view: never scrolled as far down as the screen left behind was. Back and
 * Forward do the same (the screen starts at its top). A move that brings a section into view
 * itself (the palette's "New study session") still ends at that section.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls the window to the bottom of the page (again as more of it is drawn), far down. */
async function scrollToBottom(page: Page) {
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return scrollY(page);
    })
    .toBeGreaterThan(300);
}

async function exploreSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(h1(page)).toHaveText('Hello, Sam Rivera');
}

test('a link far down the dashboard opens the study planner at its top; Back and Forward too', async ({
  page,
}) => {
  await exploreSample(page);
  const open = page.getByRole('link', { name: 'Open the study planner' });
  await expect(open).toBeVisible();
  await scrollToBottom(page);
  await open.click();

  await expect(h1(page)).toHaveText('Study planner');
  // The whole planner is drawn (its last section too) before the place is read.
  await expect(page.getByRole('heading', { level: 2, name: 'Plans' })).toBeVisible();
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toBeInViewport();
  expect(await scrollY(page)).toBe(0);

  // Back: the dashboard, from its top, its heading focused.
  await scrollToBottom(page);
  await page.goBack();
  await expect(h1(page)).toHaveText('Hello, Sam Rivera');
  await expect(open).toBeVisible();
  await expect(h1(page)).toBeFocused();
  expect(await scrollY(page)).toBe(0);

  // Forward: the planner again, from its top.
  await scrollToBottom(page);
  await page.goForward();
  await expect(h1(page)).toHaveText('Study planner');
  await expect(page.getByRole('heading', { level: 2, name: 'Plans' })).toBeVisible();
  await expect(h1(page)).toBeFocused();
  expect(await scrollY(page)).toBe(0);

  // The dashboard's deadlines link, pressed from the keyboard far down the page.
  await page.goto('/#/dashboard');
  await expect(h1(page)).toHaveText('Hello, Sam Rivera');
  await scrollToBottom(page);
  const calendar = page.getByRole('link', { name: 'See them on the week calendar' });
  await calendar.focus();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Study planner');
  await expect(page.getByRole('heading', { level: 2, name: 'Plans' })).toBeVisible();
  await expect(h1(page)).toBeFocused();
  expect(await scrollY(page)).toBe(0);
});

test('a rung far down the ladder opens at the top of the rung’s page', async ({ page }) => {
  await exploreSample(page);
  await page.goto('/#/ladder');
  await expect(h1(page)).toHaveText('Career ladder');
  const ladder = page.getByRole('list', { name: 'Your ladder, top rung first' });
  const rung = ladder.getByRole('link').last();
  const name = (await rung.textContent())!.trim();
  await scrollToBottom(page);
  await rung.click();
  await expect(h1(page)).toHaveText(name);
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toBeInViewport();
  expect(await scrollY(page)).toBe(0);
});

test('a move that brings its own section into view keeps it there', async ({ page }) => {
  await exploreSample(page);
  await scrollToBottom(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new study session');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Study planner');
  const first = page.getByLabel('Session plan');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Log a study session' })).toBeInViewport();
});
