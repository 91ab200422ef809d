import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Areas' });

/** A goal counted by the user, already at its target, with a milestone left open. */
async function addReachedGoal(page: Page) {
  await nav(page).getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('Read twelve PM books');
  await form.getByLabel('Kind').selectOption({ label: 'Custom' });
  await form.getByLabel('Start date').fill('2026-01-01');
  await form.getByLabel('Target date (optional)').fill('2026-11-30');
  await form.getByLabel('Measured by').selectOption({ label: 'My own count' });
  await form.getByLabel('Where you are now').fill('12');
  await form.getByLabel('Unit, e.g. books').fill('books');
  await form.getByLabel('Target number').fill('12');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await form.getByLabel('Milestone 1', { exact: true }).fill('Six books read');
  await form.getByLabel('Milestone 1 due').fill('2026-06-30');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(form).toBeHidden();
}

test('a goal that has reached its target is reminded as ready to be marked achieved', async ({
  page,
}) => {
  await onboard(page);
  await addReachedGoal(page);
  const card = page.getByRole('region', { name: 'Read twelve PM books' });
  await expect(card).toContainText('Target reached: mark the goal as achieved when you are ready.');
  // Nothing of a goal whose target is reached is overdue.
  await expect(card.getByRole('list', { name: /Overdue milestones/ })).toHaveCount(0);

  await nav(page).getByRole('link', { name: 'Study' }).click();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders.getByRole('listitem')).toHaveText([
    'Target reached: Read twelve PM books. Mark the goal as achieved when you are ready.',
  ]);
  await expectAccessible(page);

  await reminders.getByRole('link', { name: 'Read twelve PM books' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Read twelve PM books' });
  await expect(heading).toBeFocused();
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Mark as achieved Read twelve PM books' }).click();
  await expect(card.getByText('Achieved', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: /Mark as achieved/ })).toHaveCount(0);

  // Achieved goals are no longer reminded.
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await expect(page.getByRole('region', { name: 'Reminders' })).toContainText(
    'Nothing due in that time.',
  );
});

test('"Earn PMP" saves as the form first reads, and its target cannot exceed the credentials chosen', async ({
  page,
}) => {
  await onboard(page);
  await nav(page).getByRole('link', { name: 'Goals' }).click();
  await expect(
    page.getByText(
      'Progress is measured from your records, except for goals measured by “My own count”: there you type where you are now, and keep it up to date by editing the goal.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await expect(form.getByLabel('Measured by')).toHaveValue('credentials');
  await expect(form.getByLabel('Target number')).toHaveValue('1');
  await form.getByLabel('Goal', { exact: true }).fill('Earn PMP');
  await form.getByLabel('Target number').fill('3');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(
    form.getByText('You chose 1 credential, so the target can be at most 1.', { exact: true }),
  ).toBeVisible();
  await form.getByLabel('Target number').fill('1');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('region', { name: 'Earn PMP' });
  await expect(card).toContainText('Credentials held: PMP');
  await expect(card).toContainText('0 of 1 (0%)');
  await expectAccessible(page);
});

test('Escape in the goal form acts as Cancel: asks before losing what was typed', async ({
  page,
}) => {
  await onboard(page);
  await nav(page).getByRole('link', { name: 'Goals' }).click();
  const add = page.getByRole('button', { name: 'Add a goal' });
  await add.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add a goal' });
  const title = form.getByLabel('Goal', { exact: true });
  await expect(title).toBeFocused();
  await page.keyboard.type('Earn PMP');

  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Earn PMP');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Discard changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();
  await expect(page.getByRole('region', { name: 'Earn PMP' })).toHaveCount(0);
});
