/**
 * Parts (c) and (d): the credit log with the whole career in it, and a new activity reaching
 * the dashboard. Times are taken in the page (see UNTIL_PROBE).
 */
import { expect, type Page } from '@playwright/test';
import type { Until } from './browser';

type W = Window & { __benchUntil: Until; __benchKey?: Promise<number> };

/** Dashboard → "Credit log" in the sidebar → the first rows of the table are on screen. */
export function openLog(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as W;
    const t0 = performance.now();
    document.querySelector<HTMLAnchorElement>('nav a[href="#/credit-log"]')!.click();
    return w.__benchUntil(t0, () => !!document.querySelector('.cl-table tbody tr'));
  });
}

const showing = () => document.querySelector('[role="status"].muted')?.textContent ?? '';

/** One keystroke in the search box → the count of matching rows says something new. */
export async function keystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(
    (before) => {
      const w = window as unknown as W;
      const text = () => document.querySelector('[role="status"].muted')?.textContent ?? '';
      w.__benchKey = new Promise((resolve, reject) => {
        document.addEventListener(
          'keydown',
          () =>
            void w.__benchUntil(performance.now(), () => text() !== before).then(resolve, reject),
          { once: true, capture: true },
        );
      });
    },
    await page.evaluate(showing),
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as W).__benchKey!);
}

/** Keystrokes in and out of a search: each one changes what the list shows. */
export async function filterSamples(page: Page, letters: string): Promise<number[]> {
  await page.getByLabel('Search title, provider or code').focus();
  const out: number[] = [];
  for (const letter of letters) {
    out.push(await keystroke(page, letter));
    out.push(await keystroke(page, 'Backspace'));
  }
  return out;
}

/** End in the table → its last row is in the table's view (the 20,000th, by aria-rowindex when given). */
export async function jumpToEnd(page: Page): Promise<number> {
  const region = page.getByRole('region', { name: 'Credit log table' });
  await region.focus();
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__benchKey = new Promise((resolve, reject) => {
      const lastInView = () => {
        const table = document.querySelector('.cl-table')!;
        const rows = table.querySelectorAll('tbody tr');
        const last = rows[rows.length - 1];
        if (!last) return false;
        const total = table.getAttribute('aria-rowcount');
        if (total && last.getAttribute('aria-rowindex') !== String(Number(total) - 1)) return false;
        // In view in the table's own scroll box (where End scrolls): the page around it may be
        // scrolled anywhere, depending on what was focused before.
        const box = table.closest('[role="region"]') ?? table.parentElement!;
        const r = last.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return r.bottom <= b.bottom + 1 && r.top >= b.top - 1;
      };
      document.addEventListener(
        'keydown',
        () => void w.__benchUntil(performance.now(), lastInView).then(resolve, reject),
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press('End');
  const ms = await page.evaluate(() => (window as unknown as W).__benchKey!);
  await page.keyboard.press('Home');
  return ms;
}

const credentialsText = () =>
  document.querySelector('#dash-credentials')?.closest('section')?.textContent ?? null;

/**
 * From the dashboard, "Log an activity" (its Recent activity card), the form filled in (an
 * hour of Power Skills training today), "Save activity" → the dashboard's credential figures
 * show it. The clock runs from the click on "Save activity" until the credentials card on the
 * dashboard says something new. The editor goes back to the screen it was opened from, here
 * the dashboard (editorReturn); should it ever go elsewhere, the benchmark goes on to the
 * dashboard at once, as the user would with one click. `saved` is the part until the editor
 * had closed (the entry written).
 */
export async function addToDashboard(
  page: Page,
  title: string,
  today: string,
  beforeSave?: () => Promise<void>,
): Promise<{ saved: number; total: number }> {
  await page.goto('/#/dashboard');
  await page.locator('#dash-credentials').waitFor({ timeout: 120_000 });
  const before = await page.evaluate(credentialsText);
  await page
    .getByRole('region', { name: 'Recent activity' })
    .getByRole('link', { name: 'Log an activity' })
    .click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
  await page.getByLabel('Completion date').fill(today);
  await page.getByLabel('Amount', { exact: true }).fill('1');
  await page.getByLabel('Power Skills', { exact: true }).fill('1');
  const save = page.getByRole('button', { name: 'Save activity' });
  await expect(save).toBeEnabled();
  await page.evaluate((was) => {
    const w = window as unknown as W & { __benchSaved?: number };
    const text = () =>
      document.querySelector('#dash-credentials')?.closest('section')?.textContent ?? null;
    const editor = location.hash;
    w.__benchKey = new Promise((resolve, reject) => {
      let t0 = 0;
      const updated = () => {
        if (w.__benchSaved === undefined && location.hash !== editor) {
          w.__benchSaved = performance.now() - t0;
          if (location.hash !== '#/dashboard') location.hash = '#/dashboard';
        }
        const now = text();
        return w.__benchSaved !== undefined && now !== null && now !== was;
      };
      document.addEventListener(
        'click',
        () => {
          t0 = performance.now();
          void w.__benchUntil(t0, updated).then(resolve, reject);
        },
        { once: true, capture: true },
      );
    });
  }, before);
  await beforeSave?.();
  await save.click();
  const total = await page.evaluate(() => (window as unknown as W).__benchKey!);
  const saved = await page.evaluate(
    () => (window as unknown as { __benchSaved: number }).__benchSaved,
  );
  await page.evaluate(() => delete (window as unknown as { __benchSaved?: number }).__benchSaved);
  return { saved, total };
}
