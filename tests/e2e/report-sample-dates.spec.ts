/**
 * The report on the sample data with the current credential cycle chosen, a period that runs
 * years past the report date (22 Nov 2026), read back from the PDF: the PMO Forum three weeks
 * ahead is not counted as attended, and the planned study is said to end with its last
 * sitting, before the exam, not with the cycle.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

async function pdfText(page: Page, path: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').replace(/\s+/g, ' ');
}

test('a cycle running past the report date counts only what happened, on screen and on paper', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.goto('/#/reports');
  await page.getByRole('group', { name: 'Period' }).getByLabel('Current credential cycle').check();
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('PMP cycle 1, 22 Sept 2025 to 21 Sept 2028');

  // The sample's journal: a course, last month's conference, a book, a mentoring session,
  // and the PMO Forum on 13 Dec 2026, which has not happened yet.
  const counts =
    'Up to the report date, 22 Nov 2026: 1 course, 1 event, 1 reading or media entry, ' +
    '1 network interaction; 1 reflection.';
  const planned = 'Planned after the report date: 1 event (PMO Forum, 13 Dec 2026).';
  const journal = report.getByRole('region', { name: 'Journal highlights and reflections' });
  await expect(journal.getByTestId('journal-counts')).toHaveText(counts);
  await expect(journal.getByTestId('journal-upcoming')).toHaveText(planned);

  // The study plan runs to the exam on 22 Mar 2027, not to the cycle's end.
  const later = (await report.getByTestId('study-later').innerText()).replace(/\s+/g, ' ').trim();
  const m =
    /^A further .+ is planned from 23 Nov 2026 to (\d{1,2} \S+ \d{4}) for PMI-PMOCP exam preparation\.$/.exec(
      later,
    );
  expect(m, later).not.toBeNull();
  const lastSitting = new Date(`${m![1]!.replace('Sept', 'Sep')} 12:00`);
  expect(lastSitting.getTime()).toBeGreaterThan(new Date('2026-11-22T12:00').getTime());
  expect(lastSitting.getTime()).toBeLessThanOrEqual(new Date('2027-03-22T12:00').getTime());

  const text = await pdfText(page, testInfo.outputPath('report-sample-cycle.pdf'));
  expect(text).toContain(counts);
  expect(text).toContain(planned);
  expect(text).toContain(later);
  expect(text).not.toContain('In this period: 1 course, 2 events');
  expect(text).not.toContain('to 21 Sept 2028 for PMI-PMOCP');
});

/**
 * Own dates a year before the report date (22 Nov 2026): the credit log keeps to them, while
 * credentials, readiness, eligibility and goals are as on the report date, and the paper says
 * so under each of those sections; the period picker says it once, as a hint.
 */
test('own dates in the past: the sections judged on the report date say so, on paper', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.goto('/#/reports');
  const period = page.getByRole('group', { name: 'Period' });
  await period.getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await page.getByLabel('To', { exact: true }).fill('2025-12-31');
  const hint =
    'These dates end before today: credentials, readiness, eligibility and goals are shown as ' +
    'they stand today, not as they stood on the last date.';
  await expect(period.getByText(hint)).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription(hint);

  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('Chosen dates, 1 Jan 2025 to 31 Dec 2025');
  const line = 'As on the report date, 22 Nov 2026 (not at the end of the chosen dates).';
  for (const name of ['Summary', 'Credentials', 'Exam eligibility', 'Goals and milestones']) {
    await expect(report.getByRole('region', { name }).locator('h3 + p')).toHaveText(line);
  }
  for (const name of ['Credit log', 'Study plan and actual']) {
    await expect(report.getByRole('region', { name })).not.toContainText(line);
  }

  const text = await pdfText(page, testInfo.outputPath('report-sample-past-dates.pdf'));
  expect(text).toContain('Chosen dates, 1 Jan 2025 to 31 Dec 2025');
  expect(text.split(line)).toHaveLength(5);
  // Under its section's title on paper, not anywhere.
  expect(text).toContain(`Credentials ${line}`);
});

test('an audit pack made from the sample data says so in its name and its read-me', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await page.goto('/#/reports');
  const packs = page.getByRole('region', { name: 'Audit packs' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    packs.getByRole('button', { name: /^Save audit pack for PMP, cycle 22 Sept 2025/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'PMP-cycle-2025-09-22-to-2028-09-21-audit-pack-sample-data.zip',
  );
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const readMe = strFromU8(files['README.txt']!).split('\r\n');
  expect(readMe[0]).toBe(
    'Sample data, not a real person’s records: this audit pack is made from the invented ' +
      'records that come with Ascent for trying it out.',
  );
  // The sample keeps no evidence files: no folder for them, and the read-me describes none.
  expect(Object.keys(files).filter((n) => n.startsWith('evidence/'))).toEqual([]);
  expect(readMe).toContain('No evidence files are attached to these activities.');
  expect(readMe.filter((l) => l.startsWith('evidence/'))).toEqual([]);
});
