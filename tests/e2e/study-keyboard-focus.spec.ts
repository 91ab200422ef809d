import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test, TODAY } from './fixtures';

// The study planner from the keyboard, in the built app (a reviewer's findings): a button that
// goes once pressed hands the focus to the sentence that says what happened, and Escape in
// "Claim as credit" is its Cancel, with the focus back on the button.

const nav = (page: Page) => page.getByRole('navigation', { name: 'Areas' });

/** A PMP exam on 25 Jan 2027, passed PMP earned earlier: study can be claimed for it. */
async function pmpCredential(page: Page, stage: 'Exam booked' | 'Earned') {
  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form
    .getByLabel('Credential')
    .selectOption({ label: 'PMP — Project Management Professional' });
  await form.getByLabel('Stage').selectOption({ label: stage });
  if (stage === 'Exam booked') await form.getByLabel('Exam date (optional)').fill('2027-01-25');
  else await form.getByLabel(/Earned on/).fill('2025-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

test('re-planning a plan that is behind, from the keyboard: the focus goes to the result', async ({
  page,
}) => {
  await onboard(page);
  await pmpCredential(page, 'Exam booked');
  await nav(page).getByRole('link', { name: 'Study' }).click();
  // The plan is made on its start day, 2 Nov, and the planner opened again on 22 Nov (today in
  // these tests) with nothing studied since: three weeks of sittings missed.
  await page.clock.setFixedTime(new Date('2026-11-02T10:00:00'));
  await page.reload();
  await page.getByRole('link', { name: 'New study plan' }).click();
  const form = page.getByRole('form', { name: 'New study plan' });
  await form.getByLabel('Prepares for').selectOption({ index: 1 });
  await form.getByLabel('Hours of study needed').fill('20');
  await form.getByLabel('Start date').fill('2026-11-02');
  await form.getByRole('button', { name: 'Create plan' }).click();
  const plan = page.getByRole('article', { name: 'PMP exam' });
  await expect(plan).toBeVisible();
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.reload();

  await expect(plan.getByText('Behind schedule:')).toBeVisible();
  await plan.getByRole('button', { name: 'Re-plan the remaining hours' }).focus();
  await page.keyboard.press('Enter');
  const note = plan.getByRole('status');
  await expect(note).toHaveText('Re-planned: 20 h from today to the exam.');
  await expect(note).toBeFocused();
  await expect(plan.getByText('Behind schedule:')).toHaveCount(0);
  // The keyboard goes on from the card, not from the top of the page: back to its buttons.
  await page.keyboard.press('Shift+Tab');
  await expect(plan.getByRole('button', { name: 'Delete plan' })).toBeFocused();
  await expectAccessible(page);
});

test('turning on system notifications from the keyboard: the answer takes the focus', async ({
  page,
}) => {
  // The browser's question answered "Allow" (a headless browser has no one to ask).
  await page.addInitScript(() => {
    let state: NotificationPermission = 'default';
    Object.defineProperty(Notification, 'permission', { get: () => state });
    Notification.requestPermission = async () => (state = 'granted');
  });
  await onboard(page);
  await nav(page).getByRole('link', { name: 'Study' }).click();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  const button = reminders.getByRole('button', { name: 'Turn on system notifications' });
  await button.focus();
  await page.keyboard.press('Enter');
  const status = reminders.getByRole('status');
  await expect(status).toHaveText(
    'System notifications are on: each reminder here is also shown as a notification, once a day, while Ascent is open.',
  );
  await expect(status).toBeFocused();
  await expect(button).toHaveCount(0);
  await expectAccessible(page);
});

test('Escape in "Claim as credit" is its Cancel, and the focus goes back to the button', async ({
  page,
}) => {
  await onboard(page);
  await pmpCredential(page, 'Earned');
  await nav(page).getByRole('link', { name: 'Study' }).click();
  const log = page.getByRole('form', { name: 'Log a study session' });
  await log.getByLabel('Session date').fill('2026-11-20');
  await log.getByLabel('Minutes studied').fill('90');
  await log.getByLabel('Topic (optional)').fill('Agile book');
  await log.getByRole('button', { name: 'Log session' }).click();

  const row = page.getByRole('row').filter({ hasText: 'Agile book' });
  const claim = row.getByRole('button', { name: /^Claim as credit/ });
  await claim.focus();
  await page.keyboard.press('Enter');
  const form = row.getByRole('group', { name: 'Claim as credit' });
  await expect(form.getByLabel('Activity type')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(claim).toBeFocused();

  // Changed: asked first; "Keep editing" keeps the choice, "Discard changes" closes.
  await page.keyboard.press('Enter');
  await form.getByLabel('Area').selectOption({ label: 'Business Acumen' });
  await form.getByLabel('Area').focus();
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(form.getByLabel('Area')).toBeFocused();
  await expect(form.getByLabel('Area')).toHaveValue('businessAcumen');
  await page.keyboard.press('Escape');
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toHaveCount(0);
  await expect(claim).toBeFocused();
});
