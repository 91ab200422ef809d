import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

// The bug report's steps (today 22 Nov 2026): a goal and a milestone past their dates and a
// follow-up past its date are overdue on the dashboard's Next deadlines, as in Reminders.

const go = (page: Page, area: 'Goals' | 'Network' | 'Dashboard') =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();

test('Next deadlines lists an overdue goal, milestone and follow-up first, in words', async ({
  page,
}) => {
  await onboard(page);
  await go(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('form', { name: 'Add a goal' });
  await goal.getByLabel('Goal', { exact: true }).fill('Lead a portfolio review');
  await goal.getByLabel('Kind').selectOption({ label: 'Custom' });
  await goal.getByLabel('Start date').fill('2026-01-01');
  await goal.getByLabel('Target date (optional)').fill('2026-11-15');
  await goal.getByLabel('Measured by').selectOption({ label: 'My own count' });
  await goal.getByLabel('Where you are now').fill('0');
  await goal.getByLabel('Unit, e.g. books').fill('reviews');
  await goal.getByLabel('Target number').fill('1');
  await goal.getByRole('button', { name: 'Add a milestone' }).click();
  await goal.getByLabel('Milestone 1', { exact: true }).fill('Shadow the PMO');
  await goal.getByLabel('Milestone 1 due').fill('2026-11-10');
  await goal.getByRole('button', { name: 'Save goal' }).click();
  await expect(goal).toBeHidden();

  await go(page, 'Network');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const contact = page.getByRole('form', { name: 'Add a contact' });
  await contact.getByLabel('Name').fill('Sam Okafor');
  await contact.getByRole('button', { name: 'Save contact' }).click();
  await expect(contact).toBeHidden();
  await page.getByRole('link', { name: 'Interactions and follow-ups' }).click();
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const log = page.getByRole('form', { name: 'Log an interaction' });
  await log.getByLabel('Kind').selectOption({ label: 'Call' });
  await log.getByLabel('Date').fill('2026-11-01');
  await log.getByLabel('Next follow-up (optional)').fill('2026-11-12');
  await log.getByRole('button', { name: 'Save interaction' }).click();
  await expect(log).toBeHidden();

  await go(page, 'Dashboard');
  const deadlines = page.getByRole('region', { name: 'Next deadlines' });
  await expect(deadlines.getByRole('listitem')).toHaveText([
    'Overdue: Milestone: Shadow the PMO — 10 Nov 2026, 12 days ago',
    'Overdue: Follow up with Sam Okafor — 12 Nov 2026, 10 days ago',
    'Overdue: Goal: Lead a portfolio review — 15 Nov 2026, 7 days ago',
  ]);
  await expect(deadlines).not.toContainText('Nothing coming up');
  await expectAccessible(page);
});
