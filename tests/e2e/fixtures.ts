import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

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
 * axe-core as @axe-core/playwright uses it (the same version and rules), read once per run.
 * @axe-core/playwright's AxeBuilder evaluates these 550 KB of script in the page twice on
 * every check, and the suite's 200-odd checks spent more time on that than on the rules.
 */
const fromAxePlaywright = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's serious and critical violations on the current page, one line each. axe-core is put
 * into the page once per document (a move between screens keeps it) and run on the whole
 * document with every rule, asking for violations only. The app has no frames, so there are
 * no frames' results to put together.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.targets.join('; ')})`);
}

/** axe on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
