/**
 * The app left open over midnight: the dashboard keeps every card and figure on screen while
 * the next day's are read, then shows the next day's. Before, the cards read for the day
 * vanished for a moment just after midnight and the whole page jumped.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';

/** Every card of the dashboard, by the start of its heading. */
const CARDS = [
  'Your climb',
  'Readiness for ',
  'Credentials',
  'Next deadlines',
  'Recent activity',
  'Events and follow-ups',
  'This week’s study: plan vs actual',
  'Study time',
];

async function addCredential(page: Page, label: string, stage: string, earned: string) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label });
  await form.getByLabel('Stage').selectOption({ label: stage });
  await form.getByLabel(/Earned on/).fill(earned);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

/**
 * Records, after every change to the page, a loading text or a dashboard card that is not
 * there; what was seen is read back with `flashes`.
 */
function watchForFlashes(page: Page): Promise<void> {
  return page.evaluate((cards) => {
    const seen: string[] = [];
    (window as unknown as { __flashes: string[] }).__flashes = seen;
    const main = document.querySelector('main') ?? document.body;
    const check = () => {
      if (/Loading/i.test(main.textContent ?? '')) seen.push('a loading text');
      const titles = [...main.querySelectorAll('h1, h2')].map((h) => h.textContent ?? '');
      for (const card of cards)
        if (!titles.some((t) => t.startsWith(card))) seen.push(`no "${card}" card`);
    };
    check();
    new MutationObserver(check).observe(main, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }, CARDS);
}

const flashes = (page: Page) =>
  page.evaluate(() => [...new Set((window as unknown as { __flashes: string[] }).__flashes)]);

test('over midnight the dashboard keeps its cards and figures, then shows the next day’s', async ({
  page,
}) => {
  await onboard(page);
  await addCredential(page, pmp, 'Earned', '2025-01-15');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const summary = page.getByRole('region', { name: 'Credentials' });
  const deadlines = page.getByRole('region', { name: 'Next deadlines' });
  await expect(summary).toContainText('Next cycle end: PMP on 14 Jan 2028 — in 418 days.');
  await expect(deadlines).toContainText('14 Jan 2028, in 418 days');
  for (const card of CARDS)
    await expect(page.getByRole('heading', { name: card }).first()).toBeVisible();
  await expectAccessible(page);

  // Late in the evening, the app still open; time stands still until it is moved on (the
  // fixtures' fixed time gives way to a clock that moves).
  const evening = new Date('2026-11-22T23:59:30');
  await page.clock.pauseAt(evening);
  await page.clock.setSystemTime(evening);
  await watchForFlashes(page);
  // Past midnight: the app's minute check finds the next day; then time runs again.
  await page.clock.fastForward('01:00');
  await page.clock.resume();

  await expect(summary).toContainText('Next cycle end: PMP on 14 Jan 2028 — in 417 days.');
  await expect(deadlines).toContainText('14 Jan 2028, in 417 days');
  expect(await flashes(page)).toEqual([]);
  await expectAccessible(page);

  // The credentials screen shows the next day's cycle, read for that day.
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await expect(page.getByRole('article', { name: pmp })).toContainText('417 days left');
});
