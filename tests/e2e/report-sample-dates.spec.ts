/**
 * The report on the sample data with the current credential cycle chosen, a period that runs
 * years past the report date (22 Nov 2026), read back from the PDF: the PMO Forum three weeks
 * ahead is not counted as attended, and the planned study is said to end with its last
 * sitting, before the exam, not with the cycle.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
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
