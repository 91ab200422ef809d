/**
 * The progress report and the audit pack (issue 8), on a seeded profile restored from a
 * backup file: the report printed to PDF by Chromium and read back with poppler's tools,
 * and an audit pack unzipped and compared byte for byte with the stored evidence.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { restoreSeedBackup } from './report-restore';
import { seededActivities, seededEvidence, seededJournal, seededStudy } from './report-seed';
import { capsBackup, LONG_PLAN } from './report-caps-seed';

async function restoreSeed(page: Page, backup?: Buffer) {
  await restoreSeedBackup(page, backup);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
}

const inLastYear = (day: string | null) =>
  day !== null && day >= '2025-11-23' && day <= '2026-11-22';

/** Earned hours in the last 12 months before 22 Nov 2026, computed from the seed itself. */
function expectedLastYear() {
  const inside = seededActivities().filter((a) => inLastYear(a.date));
  const earned = inside.filter((a) => a.status === 'earned');
  return { count: inside.length, hours: earned.reduce((s, a) => s + a.amount, 0) };
}

/** Minutes as the report writes them: "21 h 15 min", "2 h", "45 min". */
const hm = (total: number) => {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
};
const minutes = (rows: { date: string; minutes: number }[]) =>
  rows.filter((r) => inLastYear(r.date)).reduce((s, r) => s + r.minutes, 0);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The study and journal sentences of the last 12 months, computed from the seed itself. */
function expectedRecords() {
  const { blocks, sessions } = seededStudy();
  const { courses, events, media } = seededJournal();
  // A course counts on the day it ended (else began), an event on its first day.
  const entries = [
    ...courses.map((c) => ({ kind: 'course', day: c.end ?? c.start, r: c.reflection })),
    ...events.map((e) => ({ kind: 'event', day: e.start, r: e.reflection })),
    ...media.map((m) => ({ kind: 'media', day: m.date, r: m.reflection })),
  ].filter((e) => inLastYear(e.day));
  const of = (kind: string) => entries.filter((e) => e.kind === kind).length;
  const reflections = entries.filter((e) => e.r && (e.r.learned || e.r.apply)).length;
  const logged = sessions.filter((x) => inLastYear(x.date)).length;
  return {
    study: `Planned ${hm(minutes(blocks))}, studied ${hm(minutes(sessions))} in ${count(logged, 'session', 'sessions')}.`,
    journal:
      `In this period: ${count(of('course'), 'course', 'courses')}, ` +
      `${count(of('event'), 'event', 'events')}, ` +
      `${count(of('media'), 'reading or media entry', 'reading or media entries')}, ` +
      // The seed logs no network interactions.
      `${count(0, 'network interaction', 'network interactions')}; ` +
      `${count(reflections, 'reflection', 'reflections')}.`,
  };
}

async function printPdf(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return {
    text: execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8'),
    info: execFileSync('pdfinfo', [path]).toString('utf8'),
  };
}

const pages = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)![1]);

/** A line of the PDF's text (pdftotext -layout) that starts with the whole date, then an activity. */
const rowStartingWith = (date: string) => new RegExp(`^\\s*${date}\\s+Learning activity`, 'm');

test('the report prints every chosen section to a PDF whose totals match the screen', async ({
  page,
}, testInfo) => {
  await restoreSeed(page);
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('Progress report: Dana Okafor');
  await expect(report).toContainText('Report date 22 Nov 2026');
  await expect(report).toContainText('Last 12 months, 23 Nov 2025 to 22 Nov 2026');
  const expected = expectedLastYear();
  const totals = report.getByTestId('credit-log-totals');
  await expect(totals).toContainText(
    `${expected.count} activities. Earned: ${expected.hours} hours.`,
  );
  await expect(report.locator('table').last().locator('tbody tr')).toHaveCount(expected.count);
  const shownTotals = (await totals.innerText()).replace(/\s+/g, ' ').trim();
  // Every earned hour is in one of the parts, so they add up to the Earned total.
  const shownParts = (await report.getByTestId('credit-log-parts').innerText())
    .replace(/\s+/g, ' ')
    .trim();
  expect(shownParts).toMatch(
    new RegExp(`^Of the ${expected.hours} earned hours: Ways of Working [\\d.]+ h, `),
  );
  // Only the parts that hold hours are named (this log has no Giving Back).
  expect(shownParts).not.toContain('Giving Back');
  const parts = [...shownParts.matchAll(/([\d.]+) h\b/g)].map((m) => Number(m[1]));
  expect(parts.length).toBeGreaterThan(1);
  expect(parts).not.toContain(0);
  expect(parts.reduce((sum, h) => sum + h, 0)).toBe(expected.hours);
  // The readiness percentage is not read as a share of the count beside it.
  const summary = report.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(
    /Readiness for PMO Director: \d+% of the way there · \d+ of \d+ essential requirements fully met\./,
  );
  await expect(summary).toContainText(
    'A readiness percentage also counts part-way progress on each essential requirement',
  );
  await expect(
    report.getByRole('img', { name: /PMP PDUs counted this cycle: total/ }),
  ).toBeVisible();
  await expect(report).toContainText('PgMP exam preparation');
  await expect(report).toContainText('Study without a plan');
  const records = expectedRecords();
  const study = report.getByRole('region', { name: 'Study plan and actual' });
  await expect(study).toContainText(records.study);
  const journal = report.getByRole('region', { name: 'Journal highlights and reflections' });
  await expect(journal).toContainText(records.journal);
  await expect(
    journal.getByRole('blockquote', { name: 'Reflection on Benefits realisation masterclass' }),
  ).toContainText('How I will use it: I will add a benefit map to every business case.');
  await expect(journal).toContainText('Met two PMO leads.');
  await expect(journal).not.toContainText('Old notes');
  await expect(report).not.toContainText('Sample data');
  // Exams waiting for the work history share one line saying what is not recorded; the
  // PMP and PMI-RMP Dana holds are shown under Credentials, so are named once, not judged.
  const eligibility = report.getByRole('region', { name: 'Exam eligibility' });
  const waiting = (await eligibility.getByTestId('eligibility-waiting').innerText()).trim();
  expect(waiting).toBe(
    'Eligibility for PgMP and PfMP cannot be judged yet: work history is not recorded in Ascent.',
  );
  await expect(eligibility).not.toContainText('cannot tell yet');
  await expect(eligibility).not.toContainText('Information missing');
  const heldNote = 'Not listed here: PMP and PMI-RMP, already held (see Credentials).';
  await expect(eligibility).toContainText(heldNote);
  // The credit log's dates as the screen shows them, to find on paper.
  const logDates = await report
    .locator('table')
    .last()
    .locator('tbody tr td:first-child')
    .allInnerTexts();
  await expectAccessible(page);

  const pdfPath = testInfo.outputPath('report-a4.pdf');
  const { text, info } = await printPdf(page, pdfPath);
  for (const heading of [
    'Summary',
    'Credentials',
    'Exam eligibility',
    'Goals and milestones',
    'Study plan and actual',
    'Journal highlights and reflections',
    'Credit log',
  ]) {
    expect(text).toContain(heading);
  }
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(shownTotals);
  expect(flat).toContain(shownParts);
  expect(flat).toContain(records.study);
  expect(flat).toContain(records.journal);
  expect(flat).toContain('What I learned: Benefit maps make value visible.');
  expect(flat).toContain(waiting);
  expect(flat).toContain(heldNote);
  // The paper may go to a manager: it says what the record holds, never tells its owner
  // what to enter where.
  expect(flat).not.toMatch(/Enter your|under Ladder|Ladder →|\byou hold\b|\bYou are eligible\b/i);
  // Each credit-log date prints on one line ("12 Mar 2026"), never stacked over three.
  expect(logDates.length).toBe(expected.count);
  expect(logDates[0]).toMatch(/^\d{1,2} \S+ \d{4}$/);
  for (const d of new Set(logDates)) expect(text, `${d} on one line`).toMatch(rowStartingWith(d));
  expect(text).toContain('Dana Okafor');
  expect(text).toContain('Report date 22 Nov 2026');
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).not.toContain('Audit packs'); // the controls and the audit list stay off paper
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(pages(info)).toBeGreaterThanOrEqual(3);
  expect(pages(info)).toBeLessThanOrEqual(20);
  // The first page as a picture, beside the PDF in this test's own output folder.
  const page1 = testInfo.outputPath('report-page1');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    page1,
  ]);
  expect(readFileSync(`${page1}.png`).subarray(1, 4).toString()).toBe('PNG');
});

test('chosen sections only, US Letter paper, and the print button calls the browser print', async ({
  page,
}, testInfo) => {
  await restoreSeed(page);
  const sections = page.getByRole('group', { name: 'Sections' });
  for (const name of [
    'Exam eligibility',
    'Journal highlights and reflections',
    'Study plan and actual',
  ]) {
    await sections.getByLabel(name).uncheck();
  }
  await page.getByLabel('Paper size').selectOption('Letter');
  await page.getByRole('group', { name: 'Period' }).getByLabel('Current credential cycle').check();
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('Current credential cycle');
  const { text, info } = await printPdf(page, testInfo.outputPath('report-letter.pdf'));
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(text).toContain('Credit log');
  expect(text).not.toContain('Exam eligibility');
  expect(text).not.toContain('Journal highlights');

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print report…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2026-06-01');
  await page.getByLabel('To', { exact: true }).fill('2026-01-01');
  await expect(
    page.getByText('The first date of the range must not be after the last.'),
  ).toBeVisible();

  // With every section unticked there is nothing to print: the button waits, and says why.
  await page.getByRole('group', { name: 'Period' }).getByLabel('Current credential cycle').check();
  const print = page.getByRole('button', { name: 'Print report…' });
  await expect(print).toBeEnabled();
  for (const box of await sections.getByRole('checkbox').all()) await box.uncheck();
  await expect(print).toBeDisabled();
  await expect(
    page.getByText('Choose at least one section to include; the report is empty.'),
  ).toBeVisible();
  await sections.getByLabel('Credit log').check();
  await expect(print).toBeEnabled();
});

test('the audit pack holds the cycle CSV, an index and every evidence file byte for byte', async ({
  page,
}) => {
  await restoreSeed(page);
  const packs = page.getByRole('region', { name: 'Audit packs' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    packs
      .getByRole('button', { name: 'Save audit pack for PMP, cycle 15 Jan 2025 to 14 Jan 2028' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('PMP-cycle-2025-01-15-to-2028-01-14-audit-pack.zip');
  await expect(
    packs.getByRole('status').filter({ hasText: 'Keep it until at least 14 Jul 2029' }),
  ).toBeVisible();
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files);
  expect(names).toContain('PMP-cycle-2025-01-15-to-2028-01-14.csv');
  expect(strFromU8(files['README.txt']!)).toContain('Keep these records until at least 2029-07-14');
  const index = strFromU8(files['index.csv']!);
  const evidence = seededEvidence();
  for (const e of evidence) {
    const folder = `-Learning activity ${Number(e.activityId.slice(4))}/`;
    const path = names.find((n) => n.includes(folder) && n.endsWith(e.name.replace(/[:/]/g, '-')));
    expect(index).toContain(path);
    expect(path, `${e.name} is in the pack`).toBeDefined();
    expect(Buffer.from(files[path!]!).equals(Buffer.from(e.data))).toBe(true);
  }
  expect(names.filter((n) => n.startsWith('evidence/'))).toHaveLength(evidence.length);
  expect(index.split('\r\n')[0]).toContain('Evidence paths');
});

test('the credential page offers the same audit pack', async ({ page }) => {
  await restoreSeed(page);
  await page.goto('/#/credentials/held-pmp');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Save audit pack for PMP/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^PMP-cycle-.*-audit-pack\.zip$/);
  await expectAccessible(page);
});

test('a cycle’s caps and carry-over, units and a long plan name print as the credential page says them', async ({
  page,
}, testInfo) => {
  await restoreSeed(page, await capsBackup());
  await page.getByRole('group', { name: 'Period' }).getByLabel('Current credential cycle').check();
  await page.getByRole('combobox', { name: 'Credential', exact: true }).selectOption('held-pmp');
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('PMP cycle 1, 10 Mar 2024 to 9 Mar 2027');
  // The log sums hours before caps; Credentials counts after them, and both say why.
  const caps = [
    'Giving Back: 25 PDUs counted of at most 25.',
    'Giving Back is capped at 25 PDUs a cycle: 5 PDUs did not count.',
    '3.5 PDUs would carry over to the next cycle.',
  ];
  const credentials = report.getByRole('region', { name: 'Credentials' });
  await expect(
    credentials.getByRole('list', { name: 'PMP: caps and carry-over' }).getByRole('listitem'),
  ).toHaveText(caps);
  const logged = '68.5 hours logged; PMP counts 63.5 of them after its caps — see Credentials.';
  await expect(report.getByTestId('credit-log-cycle-count')).toHaveText(logged);
  await expect(credentials).toContainText('Counted 1 SEU (20 required)');
  await expect(credentials).toContainText('Exam booked for 22 Mar 2027.');
  await expect(credentials).not.toContainText('No cycle is running');
  const goals = report.getByRole('region', { name: 'Goals and milestones' });
  await expect(goals).toContainText('Credentials held: PMI-PMOCP');
  await expectAccessible(page);

  const { text } = await printPdf(page, testInfo.outputPath('report-caps.pdf'));
  const flat = text.replace(/\s+/g, ' ');
  for (const line of caps) expect(flat).toContain(line);
  expect(flat).toContain(logged);
  expect(flat).toContain('Counted 63.5 PDUs (60 required)');
  expect(flat).toContain('Counted 1 SEU (20 required)');
  expect(flat).not.toContain('SEUs (20 required)');
  // The bars say a total passed as the credential page does, never "63.5 of 60 PDUs".
  expect(flat).toContain('63.5 PDUs counted — 60 required');
  expect(flat).not.toMatch(/63\.5 of 60/);
  // The long plan name prints whole, its last words included, on the lines it wraps onto.
  expect(flat).toContain(LONG_PLAN);
  expect(flat).toContain('Exam booked for 22 Mar 2027.');
  expect(flat).toContain('Credentials held: PMI-PMOCP');

  // One activity in the chosen dates: one hour, in the singular.
  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2026-11-05');
  await page.getByLabel('To', { exact: true }).fill('2026-11-20');
  await expect(report.getByTestId('credit-log-totals')).toHaveText(
    '1 activity. Earned: 1 hour. Planned: 0 hours. Evidence files: 0.',
  );
  await expect(report.getByTestId('credit-log-cycle-count')).toHaveCount(0);
});
