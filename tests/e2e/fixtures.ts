import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The day the end-to-end tests live in. */
export const TODAY = '2026-11-22';

/**
 * Every test gets a fresh browser context (its own empty IndexedDB) and a record of every
 * request the page made, so a test can prove nothing left 127.0.0.1.
 */
export const test = base.extend<{ requests: string[] }>({
  // One fixed "today" for every test, so cycle dates and days left never drift with the calendar.
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await use(page);
  },
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await use(urls);
  },
});
export { expect };

export interface ProfileAnswers {
  name?: string;
  current: string;
  target: string;
  education: string;
  gac?: boolean;
  hours?: Partial<
    Record<
      'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday',
      string
    >
  >;
}

/** Fills the profile form the way a person would: by the labels they read. */
export async function fillProfile(page: Page, a: ProfileAnswers): Promise<void> {
  if (a.name !== undefined) await page.getByLabel('Your name (optional)').fill(a.name);
  await page.getByLabel('Current rung').selectOption({ label: a.current });
  await page.getByLabel('Target rung').selectOption({ label: a.target });
  await page.getByLabel('Highest education').selectOption({ label: a.education });
  if (a.gac !== undefined)
    await page.getByLabel('My degree is from a GAC-accredited programme').setChecked(a.gac);
  for (const [day, value] of Object.entries(a.hours ?? {})) {
    await page.getByLabel(day, { exact: true }).fill(value);
  }
}

export const analyst = '2. PMO Analyst — PMO Officer, Project Planner / Controller';
export const director = '5. PMO Director — Head of PMO, Director of Project Management';
export const manager = '4. PMO Manager — Programme Office Manager, Portfolio Office Manager';
export const support =
  '1. Project support — Project Coordinator, Project Administrator, PMO Administrator';

/** Completes onboarding with a typical profile and waits for the dashboard. */
export async function onboard(page: Page, a: Partial<ProfileAnswers> = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
  await fillProfile(page, {
    name: 'Dana Okafor',
    current: analyst,
    target: director,
    education: 'Bachelor’s degree (four-year)',
    hours: { Tuesday: '2', Thursday: '1.5', Saturday: '3' },
    ...a,
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await skipFirstSteps(page);
}

/** The optional first steps after the profile (credentials, a goal), skipped. */
export async function skipFirstSteps(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip: your next goal' }).click();
  await page.getByRole('button', { name: 'Skip and open my dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello|Your dashboard/ })).toBeVisible();
}

/**
 * axe's serious and critical violations on the current page, one line each. Run in the page
 * itself (legacy mode: the app has no frames, so there are no frames' results to put together
 * in a page of their own), asking for violations only: the same rules, in about a third of the
 * time, which the suite's 200-odd checks add up to minutes of.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** axe on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
