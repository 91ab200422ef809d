/**
 * Keyboard focus when a screen opens for the first time after a page load (its code is loaded
 * on demand, so it arrives a moment after the move), and when the activity editor or a
 * credential's Undo brings the person back to a list: focus is on the new screen's heading or
 * on the row or card they were working on, never on the page itself, where the next Tab would
 * start again from the top.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';
import { seedLongLog } from './long-log';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The text of the element that has focus, or what it is when it has none (the page itself). */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    return `${el.tagName.toLowerCase()}: ${el.textContent ?? ''}`;
  });

/** Presses Tab until the control has focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A fresh page load on `hash`: no screen's code is loaded yet but the one shown. */
async function freshLoad(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await page.reload();
  await expect(h1(page)).toBeVisible();
}

const pmp = 'PMP — Project Management Professional';

async function addPmp(page: Page) {
  await page.goto('/#/credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill('2025-06-01');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

test('a screen opened for the first time after a load puts focus on its heading', async ({
  page,
}) => {
  await onboard(page);
  await addPmp(page);

  // A credential's page, from its card's link.
  await freshLoad(page, '#/credentials');
  await tabTo(page, page.getByRole('link', { name: pmp }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(pmp);
  await expect.poll(() => focusedText(page)).toBe(`h1: ${pmp}`);
  await expectAccessible(page);

  // The activity editor, from the dashboard's link.
  await freshLoad(page, '#/dashboard');
  await tabTo(page, page.getByRole('link', { name: 'Log a course, a webinar or a book' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await expect.poll(() => focusedText(page)).toBe('h1: Log an activity');

  // The career ladder, from the dashboard's link.
  await freshLoad(page, '#/dashboard');
  await tabTo(page, page.getByRole('link', { name: 'Open the ladder' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Career ladder');
  await expect.poll(() => focusedText(page)).toBe('h1: Career ladder');
});

test('Cancel and Save in the activity editor go back to that activity’s row in a long log', async ({
  page,
}) => {
  await onboard(page);
  await seedLongLog(page, 400);
  await page.goto('/#/credit-log');
  const region = page.getByRole('region', { name: 'Credit log table' });
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '402');
  // Far down the log: its row is drawn only once the table is scrolled to it.
  await region.focus();
  await page.keyboard.press('End');
  const entry = page.getByRole('link', { name: 'Long log entry 390', exact: true });
  await expect(entry).toBeInViewport();
  await tabTo(page, entry);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Edit activity');

  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credit log');
  await expect.poll(() => focusedText(page)).toBe('a: Long log entry 390');
  await expect(entry).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Edit activity');
  await page.getByLabel('Provider').fill('Library');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved your changes to “Long log entry 390”.')).toBeVisible();
  await expect(h1(page)).toHaveText('Credit log');
  await expect.poll(() => focusedText(page)).toBe('a: Long log entry 390');
  await expect(entry).toBeInViewport();
  await expect(page.getByRole('row', { name: /Long log entry 390 Library/ })).toBeVisible();
  await expectAccessible(page);

  // A new activity, once saved, is focused in the log too.
  // Each move drawn before the next: two address changes in one frame are one move.
  await page.goto('/#/dashboard');
  await expect(h1(page)).toHaveText('Hello, Dana Okafor');
  await page.goto('/#/credit-log');
  await expect(h1(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Add activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await page.getByLabel('Title', { exact: true }).fill('Risk workshop');
  await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
  await page.getByLabel('Completion date').fill('2026-11-21');
  await page.getByLabel('Amount', { exact: true }).fill('2');
  await tabTo(page, page.getByRole('button', { name: 'Save activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credit log');
  await expect.poll(() => focusedText(page)).toBe('a: Risk workshop');
});

test('Undo of a credential delete puts focus on the credential’s card', async ({ page }) => {
  await onboard(page);
  await addPmp(page);
  await page.getByRole('link', { name: pmp }).click();
  await expect(h1(page)).toHaveText(pmp);
  await tabTo(page, page.getByRole('button', { name: 'Delete credential' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credentials');
  await expect(page.getByRole('link', { name: pmp })).toHaveCount(0);

  await tabTo(page, page.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: pmp })).toBeVisible();
  await expect.poll(() => focusedText(page)).toBe(`a: ${pmp}`);
  await expectAccessible(page);
});
