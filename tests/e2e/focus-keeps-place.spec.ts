import type { Locator, Page } from '@playwright/test';
import { analyst, director, expect, fillProfile, onboard, test } from './fixtures';

// Keyboard only: after an action the focus stays where the user can go on from (the next
// step, the replacement button, the next row, the restored row), never on the page itself,
// where the next Tab would start again from the top.

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Presses Tab until the control has focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: the first day keeps the place from the welcome to the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await fillProfile(page, {
    current: analyst,
    target: director,
    education: 'Bachelor’s degree (four-year)',
  });
  await tabTo(page, page.getByRole('button', { name: 'Start using Ascent' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your first steps' })).toBeFocused();

  // A credential added: the form is fresh for the next one, its first field ready.
  await tabTo(page, page.getByLabel('Credential', { exact: true }));
  await page.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await page.getByLabel('Earned on (certification date)').fill('2025-06-01');
  await tabTo(page, page.getByRole('button', { name: 'Add credential' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added: PMP.')).toBeVisible();
  await expect(page.getByLabel('Credential', { exact: true })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Next: your next goal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Skip and open my dashboard' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toHaveText(/Hello|Your dashboard/);
});

test('keyboard only: forms, the timer and deletes hand the focus on', async ({ page }) => {
  await onboard(page);

  // New activity: the palette ends where the Add activity button does, on the page's heading.
  await page.goto('/#/credit-log');
  await expect(h1(page)).toHaveText('Credit log');
  await tabTo(page, page.getByRole('button', { name: 'Add activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await expect(h1(page)).toBeFocused();
  await page.goto('/#/dashboard');
  await expect(h1(page)).toHaveText(/Hello|Your dashboard/);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new act');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await expect(h1(page)).toBeFocused();

  // Add a goal: the form's first field; Cancel: back to the button.
  await page.goto('/#/goals');
  const addGoal = page.getByRole('button', { name: 'Add a goal' });
  await tabTo(page, addGoal);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Goal', { exact: true })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(addGoal).toBeFocused();

  // The focus timer: the button pressed goes, its replacement takes the focus.
  await page.goto('/#/study');
  await tabTo(page, page.getByRole('button', { name: 'Start timer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Stop and log' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeFocused();

  // Two memberships; deleting the first moves on to the second; Ctrl+Z brings it back.
  await page.goto('/#/network/memberships');
  for (const name of ['IIBA', 'PMI Netherlands Chapter']) {
    await page.getByRole('button', { name: 'Add a membership' }).click();
    const form = page.getByRole('form', { name: 'Add a membership' });
    await form.getByLabel('Association or chapter').fill(name);
    await form.getByLabel('Member since').fill('2025-03-01');
    await form.getByLabel('Renewal date').fill('2027-03-01');
    await form.getByRole('button', { name: 'Save membership' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  const deleteIiba = page.getByRole('button', { name: 'Delete IIBA' });
  await tabTo(page, deleteIiba);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /IIBA/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete PMI Netherlands Chapter' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('row', { name: /IIBA/ })).toBeVisible();
  await expect(deleteIiba).toBeFocused();

  // A credit-log entry deleted from its page: Ctrl+Z in the log puts the focus on its row.
  await page.goto('/#/credit-log/new');
  await expect(h1(page)).toHaveText('Log an activity');
  await page.getByLabel('Title', { exact: true }).fill('Chapter meeting talk');
  await page.getByLabel('Activity type').selectOption({ label: 'Volunteer' });
  await page.getByLabel('Completion date').fill('2026-11-02');
  await page.getByLabel('Amount', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Save activity' }).click();
  // Saved, the editor goes back where it was opened from; the entry is in the log.
  await expect(h1(page)).toHaveText('Network');
  await page.goto('/#/credit-log');
  const entry = page.getByRole('link', { name: 'Chapter meeting talk' });
  await entry.click();
  await tabTo(page, page.getByRole('button', { name: 'Delete activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credit log');
  await expect(entry).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(entry).toBeFocused();
});
