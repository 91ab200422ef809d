import {
  analyst,
  director,
  expect,
  expectAccessible,
  fillProfile,
  manager,
  onboard,
  support,
  test,
} from './fixtures';

test('a new user is welcomed, answers, and lands on a dashboard that survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Welcome — Ascent');
  await expectAccessible(page);
  await onboard(page);

  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  const climb = page.getByRole('region', { name: 'Your climb' });
  await expect(climb).toContainText('PMO Analyst → PMO Director');
  await expect(climb).toContainText('3 steps to go.');
  const ladder = climb.getByRole('list', { name: 'Your ladder, top rung first' });
  await expect(ladder.getByRole('listitem').filter({ hasText: 'You are here' })).toContainText(
    'PMO Analyst',
  );
  await expect(ladder.getByRole('listitem').filter({ hasText: 'Your target' })).toContainText(
    'PMO Director',
  );
  await expect(ladder.getByRole('listitem').filter({ hasText: 'On the way' })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Study time' })).toContainText('6.5 hours a week');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/dashboard-light.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your climb' })).toContainText(
    'PMO Analyst → PMO Director',
  );
});

test('invalid answers are explained next to each field and nothing is saved', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  // The summary is focused and names each problem; each of its links goes to the field.
  const summary = page.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('3 things need your attention; nothing was saved:');
  await expect(summary.getByRole('button')).toHaveText([
    'Current rung: Choose a rung.',
    'Target rung: Choose a rung.',
    'Highest education: Choose your highest education.',
  ]);
  await summary.getByRole('button', { name: /^Highest education/ }).click();
  await expect(page.getByLabel('Highest education')).toBeFocused();
  // And each field says it too.
  await expect(page.getByText('Choose a rung.', { exact: true })).toHaveCount(2);
  await expect(page.getByText('Choose your highest education.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Current rung')).toHaveAttribute('aria-invalid', 'true');

  await fillProfile(page, {
    name: 'Ravi',
    current: director,
    target: analyst,
    education: 'Master’s degree or MBA',
    hours: { Monday: 'two', Wednesday: '1.1', Friday: '-3', Sunday: '20' },
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await expect(summary).toContainText('5 things need your attention');
  await expect(
    page.getByText(/^Your target rung cannot be below your current rung\./),
  ).toBeVisible();
  await expect(
    page.getByText('Enter hours as a number, for example 1.5.', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Use quarter-hour steps: .25, .5 or .75.', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Hours cannot be negative.', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Enter at most 16 hours for one day.', { exact: true }),
  ).toBeVisible();
  // What the user typed is still there to correct.
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Ravi');
  await expect(page.getByLabel('Monday', { exact: true })).toHaveValue('two');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/onboarding-errors.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('');
});

test('the profile can be edited in Settings and the dashboard follows', async ({ page }) => {
  await onboard(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Dana Okafor');
  await expect(page.getByLabel('Tuesday', { exact: true })).toHaveValue('2');

  await fillProfile(page, {
    name: 'Dana O.',
    current: support,
    target: manager,
    education: 'Doctorate',
    hours: { Saturday: '4.25' },
  });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // An invalid edit is refused and the saved profile stays as it was.
  await page.getByLabel('Target rung').selectOption({ label: support });
  await page.getByLabel('Current rung').selectOption({ label: manager });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(
    page.getByText(/^Your target rung cannot be below your current rung\./),
  ).toBeVisible();

  // The refused edit is still in the form: leaving asks first.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(page.getByRole('heading', { name: 'Hello, Dana O.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your climb' })).toContainText(
    'Project support → PMO Manager',
  );
  await expect(page.getByRole('region', { name: 'Study time' })).toContainText('7.75 hours a week');
});
