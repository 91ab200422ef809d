import { expect, expectAccessible, onboard, test } from './fixtures';

const unbuilt: string[] = [];

test('every area is in the sidebar; areas not built yet say so plainly', async ({ page }) => {
  await onboard(page);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await expect(nav.getByRole('link')).toHaveText([
    'Dashboard',
    'Ladder',
    'Credentials',
    'Credit log',
    'Learning',
    'Study',
    'Goals',
    'Network',
    'Reports',
    'Settings',
  ]);
  for (const name of unbuilt) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(page.getByText('Coming in a later version.')).toBeVisible();
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle(`${name} — Ascent`);
  }
  await expectAccessible(page);
});

test('the dark theme can be chosen in Settings, is accessible and is remembered', async ({
  page,
}) => {
  await onboard(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Follow the system')).toBeChecked();
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/settings-dark.png', fullPage: true });
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/dashboard-dark.png', fullPage: true });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Light').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system theme is followed when no choice is made', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await onboard(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await context.close();
});

test('About Ascent opens from the keyboard and closes with Escape', async ({ page }) => {
  await onboard(page);
  await page.getByRole('button', { name: 'About Ascent' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'About Ascent' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Web app in this browser');
  await expect(dialog).toContainText('makes no network connections');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the whole onboarding can be done with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your name (optional)').focus();
  await page.keyboard.type('Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // current rung: first option after "Choose…"
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // target rung: PMO Analyst
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // education: secondary
  await page.getByRole('button', { name: 'Start using Ascent' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip: your next goal' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Skip and open my dashboard' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hello, Kim' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your climb' })).toContainText(
    'Project support → PMO Analyst',
  );
});

test('no request ever leaves 127.0.0.1', async ({ page, requests }) => {
  await onboard(page);
  for (const name of ['Settings', 'Ladder', 'Dashboard']) {
    await page.getByRole('link', { name, exact: true }).click();
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter(
    (u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  expect(outside).toEqual([]);
});

test('loading the app makes no request that fails, the site icon included', async ({ page }) => {
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.url()}: ${r.status()}`);
  });
  // The browser fetches the site icon itself: neither event above sees it, only the console.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('Failed to load resource'))
      failures.push(m.text());
  });
  await onboard(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();

  // A request the reload itself cancels (net::ERR_ABORTED, the icon of the first load still
  // on its way) did not fail; a missing file is a 404 or another net:: error.
  expect(failures.filter((f) => !f.endsWith(': net::ERR_ABORTED'))).toEqual([]);

  // The page names its own icon, shipped in the build, so the browser never asks for
  // /favicon.ico; the icon it names is there.
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute('href', /^\.\/assets\/icon-[\w-]+\.svg$/);
  const href = await icon.getAttribute('href');
  expect(await page.evaluate(async (h) => (await fetch(h ?? '')).status, href)).toBe(200);
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
});

test('a newer Ascent in another window: this one stops saving and says so; then read-only, where nothing can be typed but exporting works', async ({
  page,
}) => {
  await onboard(page);
  // Another window of a newer version upgrades the database.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ascent', 1000);
        req.onupgradeneeded = () => req.result.createObjectStore('fromTheFuture');
        req.onsuccess = () => (req.result.close(), resolve());
        req.onerror = () => reject(req.error);
      }),
  );
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ascent was updated in another window.' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Read-only.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();

  // Nothing can be typed that would only be thrown away on Save: the form says why.
  await page.getByRole('link', { name: 'Settings' }).click();
  const name = page.getByLabel('Your name (optional)');
  await expect(name).toHaveValue('Dana Okafor');
  await expect(name).toBeDisabled();
  await name.click({ force: true });
  await page.keyboard.type('Someone else');
  await expect(name).toHaveValue('Dana Okafor');
  await expect(page.getByRole('button', { name: 'Save profile' })).toBeDisabled();
  await expect(
    page
      .getByRole('region', { name: 'Profile' })
      .getByText('You can read this, but changes are switched off: your data was saved by a'),
  ).toBeVisible();

  // A new activity's form opens (from its address too) with every field switched off.
  await page.getByRole('link', { name: 'Credit log' }).click();
  await expect(page.getByRole('button', { name: 'Log your first activity' })).toBeDisabled();
  await page.goto('/#/credit-log/new');
  await expect(page.getByRole('heading', { name: 'Log an activity' })).toBeVisible();
  await expect(page.getByLabel('Title')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save activity' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();

  // Exporting a backup still works.
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a complete backup', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.ascent-backup$/);
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
});
