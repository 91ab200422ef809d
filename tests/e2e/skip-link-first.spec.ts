/**
 * "Skip to content" is the first Tab stop on every page, also when a banner (the backup
 * reminder) sits above the screen: a keyboard user can pass the banner and the sidebar at once,
 * and the banner's buttons come straight after it.
 */
import type { Page } from '@playwright/test';
import { analyst, director, expect, fillProfile, test } from './fixtures';

const skip = (page: Page) => page.getByRole('link', { name: 'Skip to content' });

test('“Skip to content” comes before the backup reminder’s buttons', async ({ page }) => {
  await page.goto('/');
  await fillProfile(page, {
    current: analyst,
    target: director,
    education: 'Bachelor’s degree (four-year)',
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await page
    .getByLabel('Credential', { exact: true })
    .selectOption({ label: 'PMP — Project Management Professional' });
  await page.getByLabel('Stage').selectOption({ label: 'Earned' });
  await page.getByLabel('Earned on (certification date)').fill('2025-03-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toContainText('You have not exported a backup yet.');

  // The first steps, started again: the first Tab stop is the skip link, then the banner's.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await expect(reminder).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reminder.getByRole('button', { name: 'Export now' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(skip(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // The dashboard, on a fresh start.
  await page.getByRole('button', { name: 'Next: your next goal' }).click();
  await page.getByRole('button', { name: 'Skip and open my dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await expect(reminder).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip(page)).toBeFocused();
  await expect(skip(page)).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(reminder.getByRole('button', { name: 'Export now' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reminder.getByRole('button', { name: 'Not now' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(skip(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // From the content on: the next Tab stop is inside the screen, not the sidebar.
  await page.keyboard.press('Tab');
  await expect(page.locator('main :focus')).toHaveCount(1);
});
