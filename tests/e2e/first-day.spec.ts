import { expect, expectAccessible, fillProfile, analyst, manager, onboard, test } from './fixtures';

test('the first day goes on with a credential held and a first goal', async ({ page }) => {
  await page.goto('/');
  await fillProfile(page, {
    name: 'Ada',
    current: analyst,
    target: manager,
    education: 'Bachelor’s degree (four-year)',
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel('Credential', { exact: true })
    .selectOption({ label: 'PMP — Project Management Professional' });
  await page.getByLabel('Stage').selectOption({ label: 'Earned' });
  await page.getByLabel('Earned on (certification date)').fill('2025-03-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByText('Added: PMP.')).toBeVisible();

  await page.getByRole('button', { name: 'Next: your next goal' }).click();
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('Study 35 hours for the PMI-ACP');
  await form.getByLabel('Kind').selectOption({ label: 'Education' });
  await form.getByLabel('Target number').fill('35');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Open my dashboard' }).click();

  await expect(page.getByRole('heading', { name: 'Hello, Ada' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Nothing logged yet.',
  );
  const areas = page.getByRole('navigation', { name: 'Areas' });
  await areas.getByRole('link', { name: 'Credentials' }).click();
  await expect(page.getByRole('heading', { name: /PMP/ }).first()).toBeVisible();
  await areas.getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('region', { name: 'Study 35 hours for the PMI-ACP' })).toBeVisible();
});

test('sample data: explored, clearly marked, and removed in one action without touching mine', async ({
  page,
}) => {
  await onboard(page, { name: 'Dana Okafor' });
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  const banner = page.getByRole('region', { name: 'Sample data' });
  await expect(banner).toContainText('You are exploring sample data.');
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent activity' });
  await expect(recent.getByRole('listitem').first()).toContainText(
    'Coaching conversation on stakeholder mapping',
  );
  const upcoming = page.getByRole('region', { name: 'Events and follow-ups' });
  await expect(upcoming).toContainText('PMO Forum');
  await expect(upcoming).toContainText('Morgan Ellis');
  await expectAccessible(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Leading change course' })).toBeVisible();
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Leave sample data…' }).click();
  await banner.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sample data' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Leading change course' })).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).toEqual(['ascent']);
});

test('a new user can start with sample data from the welcome screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave sample data…' }).click();
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
});
