import type { Page } from '@playwright/test';
import { areas } from '../../renderer/src/app/routes';
import { expect, expectAccessible, onboard, seriousViolations, test } from './fixtures';

/**
 * The accessibility gate: every screen that is ready, in light and dark, passes axe with no
 * serious or critical violation, and a screenshot of each is kept as a test artifact.
 */

const ready = areas.filter((a) => a.ready).map((a) => a.id);

/** Screens inside ready areas that have their own address. */
const subScreens = [
  'ladder/experience',
  'ladder/education',
  'ladder/eligibility',
  'ladder/skills',
  'credit-log/new',
  'credit-log/import',
  'goals/new',
  'learning/events',
  'learning/reading',
  'learning/courses/new',
  'network/interactions',
  'network/memberships',
  'study/new',
].filter((path) => ready.some((id) => path.startsWith(`${id}/`)));

/** Every SVG chart is either decoration (aria-hidden) or an image with a text alternative. */
function unlabelledCharts(page: Page): Promise<string[]> {
  return page.locator('main svg').evaluateAll((svgs) =>
    svgs
      .filter((svg) => svg.closest('[aria-hidden="true"]') === null)
      .filter(
        (svg) => svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-label')?.trim(),
      )
      .map((svg) => svg.outerHTML.slice(0, 80)),
  );
}

async function visit(page: Page, path: string, theme: string) {
  await page.goto(`/#/${path}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Loading|Opening/ })).toHaveCount(0);
  await expectAccessible(page);
  expect(await unlabelledCharts(page), `charts without a text alternative on ${path}`).toEqual([]);
  await page.screenshot({
    path: `test-results/artifacts/${path.replace(/\//g, '-')}-${theme}.png`,
    fullPage: true,
  });
}

// The longest file of the suite: its tests are spread over the workers, not run one by one.
test.describe.configure({ mode: 'parallel' });

async function withSampleData(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('region', { name: 'Sample data' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every ready area with sample data passes axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await withSampleData(page, theme);
    for (const path of ready) await visit(page, path, theme);
    // One credential's own page, with its cycle chart.
    await page.goto('/#/credentials');
    await page.locator('main h2 a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({
      path: `test-results/artifacts/credential-detail-${theme}.png`,
      fullPage: true,
    });
  });

  test(`every ready screen inside the areas, with sample data, passes axe in the ${theme} theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await withSampleData(page, theme);
    for (const path of subScreens) await visit(page, path, theme);
  });

  test(`a first day's empty screens pass axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await onboard(page);
    for (const id of ready) {
      await page.goto(`/#/${id}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectAccessible(page);
    }
  });
}

test('the gate itself finds what it is there to find', async ({ page }) => {
  // A page of the app's own origin with three serious faults: a button with no name, an
  // image with no text alternative, and light grey text on white.
  await page.goto('/');
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Faults</title></head><body><main>' +
      '<h1>Faults</h1><button type="button"></button><img src="data:," width="10" height="10">' +
      '<p style="color:#ddd;background:#fff">Hard to read</p></main></body></html>',
  );
  const found = (await seriousViolations(page)).map((line) => line.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'color-contrast']));
});
