/**
 * Issue 9: the dashboard reads each credential's current cycle from the cycle ledger and the
 * current windows only. What it shows must always be what a credential's own page (which
 * evaluates the whole credit log) shows: after a restore, once the ledger is kept, after a
 * restart, and after an entry is added to a cycle that closed years ago.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { careerBackup } from '../bench/backup-file';
import { restoreFile } from '../bench/backup-flow';
import { generateCareer } from '../bench/dataset';
import { expect, onboard, test } from './fixtures';

type Figures = Record<string, { status: string; counted: string }>;

/** Per credential link: the cycle status and the hours counted, as the dashboard says them. */
async function dashboardFigures(page: Page): Promise<Figures> {
  await page.goto('/#/dashboard');
  const items = page.locator('ul.dash-credentials > li');
  await expect(items.first()).toBeVisible();
  const out: Figures = {};
  for (const li of await items.all()) {
    const href = (await li.locator('a').first().getAttribute('href'))!;
    const figures = li.locator('span:not(.pill)');
    if ((await figures.count()) === 0) continue;
    const text = (await figures.last().textContent()) ?? '';
    // The cycle's status is left out where the credential's own label already says it
    // ("PMP [Suspended] 42 PDUs counted of 60"): the label is the status then.
    const m = /^\s*(?:([^·]+?) · )?([\d.,]+) \S+ counted/.exec(text);
    const status = m?.[1] ?? (await li.locator('.pill').first().textContent());
    if (m && status) out[href] = { status: status.trim(), counted: m[2]! };
  }
  return out;
}

/**
 * The same figures from each credential's own page, which judges every cycle over the whole
 * credit log (the Credentials screen shows the start-up summary, as the dashboard does).
 */
async function wholeLogFigures(page: Page, hrefs: readonly string[]): Promise<Figures> {
  const out: Figures = {};
  for (const href of hrefs) {
    await page.goto(`/${href}`);
    const summary = page.locator('.cycle-summary').first();
    await expect(summary).toBeVisible();
    const status = (await summary.locator('strong').first().textContent())!;
    const number = /[\d.,]+/.exec((await summary.locator('p.counted').textContent()) ?? '')![0];
    out[href] = { status: status.trim(), counted: number };
  }
  return out;
}

/** Rows in the cycle ledger, read straight from IndexedDB. */
function ledgerRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('cycleLedger').objectStore('cycleLedger').count();
          req.onsuccess = () => (db.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Closed-cycle rows in the ledger, and how many carry the tampered piece. */
function closedCycles(page: Page): Promise<{ rows: number; tampered: number }> {
  return page.evaluate(
    () =>
      new Promise<{ rows: number; tampered: number }>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('cycleLedger').objectStore('cycleLedger').getAll();
          all.onsuccess = () => {
            db.close();
            const cycles = (
              all.result as { kind?: string; carryOut?: { activityId: string }[] }[]
            ).filter((r) => r.kind === undefined);
            const tampered = cycles.filter((r) =>
              (r.carryOut ?? []).some((p) => p.activityId === 'tampered'),
            ).length;
            resolve({ rows: cycles.length, tampered });
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Makes every kept closed cycle say it met its rule and carried 100 hours over, and forgets
 * the kept current figures (straight into IndexedDB, as no user could): if the dashboard
 * reads the ledger, its figures move. Returns the last day the tampered rows sum.
 */
function tamperLedger(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cycleLedger', 'readwrite');
          const table = tx.objectStore('cycleLedger');
          const ends: string[] = [];
          const all = table.getAll();
          all.onsuccess = () => {
            for (const row of all.result as Record<string, unknown>[]) {
              if (row.kind === 'current') table.delete(row.id as string);
              else if (row.kind === undefined) {
                ends.push(row.countTo as string);
                const date = row.countTo as string;
                const carryOut = [
                  { activityId: 'tampered', date, bucket: 'powerSkills', quarters: 400 },
                ];
                table.put({ ...row, met: true, carryOut });
              }
            }
          };
          tx.oncomplete = () => (db.close(), resolve(ends));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('dashboard figures kept in the cycle ledger always match the whole log', async ({ page }) => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'ascent-ledger-'));
  try {
    const file = join(work, 'five-years.ascent-backup');
    writeFileSync(file, await careerBackup(generateCareer('small', 1)));
    await onboard(page);
    await page.goto('/#/settings');
    await restoreFile(page, file);

    // Right after the restore the ledger is empty: the first dashboard works it out.
    const first = await dashboardFigures(page);
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => ledgerRows(page)).toBeGreaterThan(0);
    const whole = await wholeLogFigures(page, Object.keys(first));
    expect(first).toEqual(whole);

    // A restart reads the kept ledger and the current windows only: the same figures.
    await page.reload();
    expect(await dashboardFigures(page)).toEqual(whole);

    // The dashboard really reads the ledger: tampered rows move its figures.
    const ends = await tamperLedger(page);
    expect(ends.length).toBeGreaterThan(0);
    await page.reload();
    expect(await dashboardFigures(page)).not.toEqual(whole);

    // An entry dated in the tampered cycles: the rows it can change are dropped and judged
    // again, so the dashboard says what the whole log says once more.
    const day = [...ends].sort()[0]!;
    await page.goto('/#/credit-log/new');
    await page.getByLabel('Title', { exact: true }).fill('Portfolio governance masterclass');
    await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
    await page.getByLabel('Completion date').fill(day);
    await page.getByLabel('Amount', { exact: true }).fill('35');
    await page.getByLabel('Power Skills', { exact: true }).fill('35');
    await page.getByRole('button', { name: 'Save activity' }).click();
    // Opened from the dashboard: saving goes back there.
    await expect(page).toHaveURL(/#\/dashboard$/);
    const after = await dashboardFigures(page);
    expect(after).toEqual(await wholeLogFigures(page, Object.keys(after)));
    expect(after).not.toEqual(first);
    // Judged again and kept: the closed cycles are back, none of them with the tampered piece.
    await expect.poll(() => closedCycles(page)).toEqual({ rows: ends.length, tampered: 0 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('after the app has been idle, a save, an edit and a delete move the dashboard as the whole log says', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'ascent-ledger-'));
  try {
    const file = join(work, 'five-years.ascent-backup');
    writeFileSync(file, await careerBackup(generateCareer('small', 1)));
    await onboard(page);
    await page.goto('/#/settings');
    await restoreFile(page, file);
    const first = await dashboardFigures(page);
    const hrefs = Object.keys(first);
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    // Idle: the current windows are read and kept, so a save is judged from them.
    await page.waitForTimeout(3_000);

    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await page.goto('/#/credit-log/new');
    await page.getByLabel('Title', { exact: true }).fill('Stakeholder negotiation workshop');
    await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
    await page.getByLabel('Completion date').fill(today);
    await page.getByLabel('Amount', { exact: true }).fill('6');
    await page.getByLabel('Power Skills', { exact: true }).fill('6');
    await page.getByRole('button', { name: 'Save activity' }).click();
    // Opened from the dashboard: saving goes back there.
    await expect(page).toHaveURL(/#\/dashboard$/);
    const added = await dashboardFigures(page);
    expect(added).not.toEqual(first);
    expect(added).toEqual(await wholeLogFigures(page, hrefs));

    // An edit of its hours.
    await page.goto('/#/credit-log');
    await page.getByRole('link', { name: 'Stakeholder negotiation workshop' }).click();
    await page.getByLabel('Amount', { exact: true }).fill('2');
    await page.getByLabel('Power Skills', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
    const edited = await dashboardFigures(page);
    expect(edited).not.toEqual(added);
    expect(edited).toEqual(await wholeLogFigures(page, hrefs));

    // Deleted: the figures are the ones before it was added.
    await page.goto('/#/credit-log');
    await page.getByRole('link', { name: 'Stakeholder negotiation workshop' }).click();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
    expect(await dashboardFigures(page)).toEqual(first);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
