/**
 * `npm run bench` (issue 9): figures for a 25-year career, written to test-results/bench.json.
 * Not a test that passes or fails on time: budgets are reported, the table says pass or fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fillProfile, skipFirstSteps } from '../e2e/fixtures';
import { careerBackup } from './backup-file';
import { exportAll, restoreFile } from './backup-flow';
import { READY_PROBE, UNTIL_PROBE, dashboardReady, heapMb, launchProfile } from './browser';
import { initialJsGzipKb } from './bundle';
import { BENCH_TODAY, generateCareer, rowCounts, type Preset } from './dataset';
import { domainFiguresInChromium } from './domain-browser';
import { reportPdf } from './report-pdf';
import { addToDashboard, filterSamples, jumpToEnd, openLog } from './screens';
import { figure, type Figure } from './stats';

const root = resolve(import.meta.dirname, '../..');
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const preset = (process.env.BENCH_PRESET ?? 'career') as Preset['name'];
const seed = Number(process.env.BENCH_SEED ?? 1);

const say = (what: string) => console.log(`bench: ${what}`);

function writeResults(
  tables: ReturnType<typeof generateCareer>,
  figures: Figure[],
  complete: boolean,
) {
  mkdirSync(resolve(root, 'test-results'), { recursive: true });
  const out = {
    preset,
    seed,
    runs,
    today: BENCH_TODAY,
    complete,
    rows: rowCounts(tables),
    figures,
  };
  writeFileSync(resolve(root, 'test-results/bench.json'), `${JSON.stringify(out, null, 2)}\n`);
}

async function coldStart(dir: string, baseURL: string) {
  const context = await launchProfile(dir, baseURL);
  await context.addInitScript(READY_PROBE);
  await context.addInitScript(UNTIL_PROBE);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/#/dashboard');
  const ms = await dashboardReady(page);
  return { context, page, ms };
}

/** Waits (at most 10 s) until the app has kept today's figures of the current cycles. */
async function keptFiguresWritten(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('ascent');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const all = db.transaction('cycleLedger').objectStore('cycleLedger').getAll();
                all.onsuccess = () => {
                  db.close();
                  const rows = all.result as { kind?: string }[];
                  resolve(rows.filter((r) => r.kind === 'current').length);
                };
                all.onerror = () => reject(all.error);
              };
            }),
        ),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
}

/**
 * Changes the current cycles' kept figures in the profile's ledger, from a blank page of the
 * app's origin (the app itself would judge and keep them again at once): 'yesterday' makes
 * them a day old, as the last start of yesterday left them; 'forget' removes them.
 */
async function changeKeptFigures(dir: string, baseURL: string, how: 'yesterday' | 'forget') {
  const context = await launchProfile(dir, baseURL);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route('**/bench-blank', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/bench-blank');
  const changed = await page.evaluate(
    (how) =>
      new Promise<number>((resolve, reject) => {
        const dayBefore = (day: string) => {
          const d = new Date(`${day}T12:00:00Z`);
          d.setUTCDate(d.getUTCDate() - 1);
          return d.toISOString().slice(0, 10);
        };
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cycleLedger', 'readwrite');
          const table = tx.objectStore('cycleLedger');
          let n = 0;
          const all = table.getAll();
          all.onsuccess = () => {
            for (const row of all.result as { id: string; kind?: string; asOf?: string }[]) {
              if (row.kind !== 'current') continue;
              if (how === 'forget') table.delete(row.id);
              else table.put({ ...row, asOf: dayBefore(row.asOf!) });
              n++;
            }
          };
          tx.oncomplete = () => (db.close(), resolve(n));
          tx.onerror = () => reject(tx.error);
        };
      }),
    how,
  );
  expect(changed).toBeGreaterThan(0);
  await context.close();
}

test('benchmark', async ({ baseURL }) => {
  test.setTimeout(45 * 60_000);
  const figures: Figure[] = [];
  // Figures are written as they come, so a step that fails later loses none of them.
  const record = (...more: Figure[]) => {
    figures.push(...more);
    writeResults(tables, figures, false);
  };
  const work = mkdtempSync(join(tmpdir(), 'ascent-bench-'));
  const tables = generateCareer(preset, seed);
  const file = join(work, 'career.ascent-backup');
  writeFileSync(file, await careerBackup(tables));
  record(
    ...(await domainFiguresInChromium(
      join(work, 'domain'),
      baseURL!,
      preset,
      seed,
      BENCH_TODAY,
      runs,
      (tables.activities ?? []).length,
    )),
  );
  say('domain done');
  const js = initialJsGzipKb(resolve(root, process.env.WEB_OUT_DIR ?? 'out/web-bench'));
  record(
    figure(
      'initialJs',
      'Initial JS of the web app (gzip)',
      'KB',
      [js.kb],
      300,
      js.files.join(', '),
    ),
  );

  // Two profiles: one onboarded with nothing else, one with the career restored into it.
  const empty = join(work, 'empty');
  const full = join(work, 'career');
  const first = await launchProfile(empty, baseURL!);
  const p1 = first.pages()[0] ?? (await first.newPage());
  await p1.goto('/');
  await fillProfile(p1, {
    current: '4. PMO Manager — Programme Office Manager, Portfolio Office Manager',
    target: '5. PMO Director — Head of PMO, Director of Project Management',
    education: 'Bachelor’s degree (four-year)',
    name: 'Dana Okafor',
  });
  await p1.getByRole('button', { name: 'Start using Ascent' }).click();
  await skipFirstSteps(p1);
  await first.close();
  say('empty profile ready');
  const second = await launchProfile(full, baseURL!);
  const p2 = second.pages()[0] ?? (await second.newPage());
  await p2.goto('/');
  const restores = [await restoreFile(p2, file)];
  await second.close();
  say('career restored');

  const cold = { empty: [] as number[], full: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [dir, list] of [
      [empty, cold.empty],
      [full, cold.full],
    ] as const) {
      const { context, page, ms } = await coldStart(dir, baseURL!);
      list.push(ms);
      // A person does not quit the moment the dashboard answers: let the app keep the
      // figures it judged (a task after showing them), as every later start relies on.
      if (dir === full) await keptFiguresWritten(page);
      await context.close();
    }
  }
  // The first start of a day finds yesterday's figures (carried to today when only the day
  // counts move); a start with no kept figures (after a restore, or an entry dated years back)
  // judges every current cycle again.
  const firstOfDay: number[] = [];
  const noKept: number[] = [];
  for (let i = 0; i < runs; i++) {
    await changeKeptFigures(full, baseURL!, 'yesterday');
    const first = await coldStart(full, baseURL!);
    firstOfDay.push(first.ms);
    await keptFiguresWritten(first.page);
    await first.context.close();
    await changeKeptFigures(full, baseURL!, 'forget');
    const none = await coldStart(full, baseURL!);
    noKept.push(none.ms);
    await keptFiguresWritten(none.page);
    await none.context.close();
  }
  say('cold starts done');
  const ratios = cold.full.map((ms, i) => ms / cold.empty[i]!);
  const firstRatios = firstOfDay.map((ms, i) => ms / cold.empty[i]!);
  const noKeptRatios = noKept.map((ms, i) => ms / cold.empty[i]!);
  record(
    figure('coldEmpty', 'Cold start to dashboard, empty database', 'ms', cold.empty),
    figure('coldCareer', 'Cold start to dashboard, whole career', 'ms', cold.full),
    figure('coldRatio', 'Cold start: career ÷ empty', 'x', ratios, 1.5),
    figure('coldCareerFirst', 'First start of a day, whole career', 'ms', firstOfDay),
    figure('coldRatioFirst', 'First start of a day: career ÷ empty', 'x', firstRatios, 1.5),
    figure('coldCareerNoKept', 'Start with no kept figures, whole career', 'ms', noKept),
    figure('coldRatioNoKept', 'Start with no kept figures: career ÷ empty', 'x', noKeptRatios, 1.5),
  );

  const { context, page } = await coldStart(full, baseURL!);
  record(figure('heap', 'Renderer JS heap after load (career)', 'MB', [await heapMb(page)], 150));
  const open: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/#/dashboard');
    await dashboardReady(page);
    open.push(await openLog(page));
  }
  record(figure('logOpen', 'Credit log: open with every row', 'ms', open));
  say('credit log opened');
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  record(
    figure(
      'logFilter',
      'Credit log: keystroke → list updated',
      'ms',
      await filterSamples(page, 'kvwqz'),
      50,
    ),
  );
  say('credit log filtered');
  const ends: number[] = [];
  for (let i = 0; i < runs; i++) ends.push(await jumpToEnd(page));
  record(figure('logEnd', 'Credit log: jump to the end', 'ms', ends));
  say('credit log done');
  const adds: { saved: number; total: number }[] = [];
  for (let i = 0; i < runs; i++)
    adds.push(await addToDashboard(page, `Bench volunteering ${i + 1}`, BENCH_TODAY));
  record(
    figure(
      'addToDashboard',
      'Add an activity → dashboard updated',
      'ms',
      adds.map((a) => a.total),
      100,
      'from "Save activity" until the dashboard credentials card shows the new figures',
    ),
    figure(
      'addSaved',
      'Add an activity: save → editor closed',
      'ms',
      adds.map((a) => a.saved),
    ),
  );
  say('add done');
  const exports: number[] = [];
  for (let i = 0; i < runs; i++) exports.push(await exportAll(page));
  record(figure('export', 'Export the whole career', 'ms', exports, 2000));
  for (let i = 1; i < runs; i++) restores.push(await restoreFile(page, file));
  record(
    figure(
      'restore',
      'Restore the whole career (check + write)',
      'ms',
      restores.map((r) => r.check + r.write),
      5000,
    ),
    figure(
      'restoreCheck',
      'Restore: reading and checking the file',
      'ms',
      restores.map((r) => r.check),
    ),
  );
  say('export and restore done');
  const pdf12: number[] = [];
  const pdfAll: number[] = [];
  const pages = { last12: 0, all: 0 };
  const whole = { kind: 'whole-log', from: '1990-01-01', to: BENCH_TODAY } as const;
  for (let i = 0; i < runs; i++) {
    const a = await reportPdf(page, { kind: 'last-12-months' });
    pdf12.push(a.ms);
    const b = await reportPdf(page, whole);
    pdfAll.push(b.ms);
    pages.last12 = a.bytes;
    pages.all = b.bytes;
  }
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB PDF`;
  record(
    figure('pdf12', 'Report PDF, last 12 months', 'ms', pdf12, 3000, kb(pages.last12)),
    figure('pdfAll', 'Report PDF, whole log', 'ms', pdfAll, null, kb(pages.all)),
  );
  await context.close();
  say('report PDFs done');
  rmSync(work, { recursive: true, force: true });
  writeResults(tables, figures, true);
});
