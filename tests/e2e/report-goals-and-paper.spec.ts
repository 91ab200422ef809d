/**
 * The report's goals keep to its period, and its paper starts as the user's locale has it:
 * a goal achieved eight years before the last 12 months is not listed, on screen or on paper,
 * and the report says so; own dates reaching back to it list it. Own dates in the past say a
 * goal with a step done after them was achieved after them, and leave out (and count) one
 * started and achieved since. A paused goal past its target date says its days overdue as its
 * card does. In the United States the paper starts as US Letter, and the PDF is printed on it.
 * All read back with poppler's tools.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import { expect, test } from './fixtures';
import { restoreSeedBackup } from './report-restore';

const now = '2026-11-01T09:00:00.000Z';
const stamp = { createdAt: now, updatedAt: now };

const talks = (id: string, title: string, over: object) => ({
  id,
  title,
  kind: 'custom',
  target: {
    type: 'number',
    value: 3,
    unit: 'custom',
    unitLabel: 'talks',
    measure: { source: 'manual', current: 3 },
  },
  milestones: [],
  ...stamp,
  ...over,
});

/**
 * Jo Park, with a goal under way, one paused a week past its target date, one achieved this
 * year, one achieved in 2018 and one worked on in 2018 whose last step was done in February 2019.
 */
async function goalsBackup(): Promise<Buffer> {
  const { bytes } = await encodeBackup(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: {
        ...Object.fromEntries(latestTables().map((t) => [t, []])),
        profile: [
          {
            id: 'me',
            name: 'Jo Park',
            currentRung: 'pmo-analyst',
            targetRung: 'pmo-manager',
            education: 'bachelor',
            gacAccredited: false,
            weeklyAvailability: { mon: 1, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 },
            ...stamp,
          },
        ],
        goals: [
          talks('g-open', 'Give three chapter talks', {
            startDate: '2026-09-01',
            targetDate: '2027-06-30',
            status: 'active',
          }),
          talks('g-paused', 'Speak at the regional conference', {
            target: {
              type: 'number',
              value: 1,
              unit: 'custom',
              unitLabel: 'talks',
              measure: { source: 'manual', current: 0 },
            },
            startDate: '2026-06-01',
            targetDate: '2026-11-15',
            status: 'paused',
          }),
          talks('g-now', 'Run a lessons-learned review', {
            startDate: '2026-03-01',
            targetDate: '2026-09-30',
            status: 'achieved',
          }),
          talks('g-old', 'Pass the CAPM exam', {
            startDate: '2018-01-08',
            targetDate: '2018-06-30',
            milestones: [
              { id: 'm-old', title: 'Book the exam', due: '2018-03-31', doneOn: '2018-03-20' },
            ],
            status: 'achieved',
          }),
          talks('g-late', 'Earn the PMP', {
            startDate: '2017-06-01',
            targetDate: '2018-12-31',
            milestones: [
              { id: 'm-late', title: 'Sit the exam', due: '2018-12-31', doneOn: '2019-02-14' },
            ],
            status: 'achieved',
          }),
        ],
      },
    },
    { appVersion: '0.4.0', exportedAt: now },
  );
  return Buffer.from(bytes);
}

async function printPdf(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return {
    text: execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [path]).toString('utf8'),
  };
}

async function openReport(page: Page) {
  await restoreSeedBackup(page, await goalsBackup());
  await page.goto('/#/reports');
  const report = page.getByRole('article', { name: 'Progress report: Jo Park' });
  await expect(report).toBeVisible();
  return report;
}

const leftOut = '2 goals achieved before this period are not listed.';
/** As the goal's card says it (goalDue): a paused goal's date passes all the same. */
const pausedDue = 'Target date 15 Nov 2026 (7 days overdue).';

test('a goal achieved years before the last 12 months is left out, and the report says so', async ({
  page,
}, testInfo) => {
  const report = await openReport(page);
  const goals = report.getByRole('region', { name: 'Goals and milestones' });
  await expect(goals).toContainText('Give three chapter talks (Active)');
  await expect(goals).toContainText('Run a lessons-learned review (Achieved)');
  await expect(goals).not.toContainText('Pass the CAPM exam');
  await expect(goals).toContainText(leftOut);
  await expect(goals).toContainText('Speak at the regional conference (Paused)');
  await expect(goals).toContainText(pausedDue);
  // In the United Kingdom (the tests' locale) the paper starts as A4.
  await expect(page.getByLabel('Paper size')).toHaveValue('A4');

  const { text, info } = await printPdf(page, testInfo.outputPath('report-goals.pdf'));
  expect(text).toContain('Give three chapter talks');
  expect(text).toContain('Run a lessons-learned review');
  expect(text).not.toContain('Pass the CAPM exam');
  expect(text).toContain(leftOut);
  expect(text).toContain(pausedDue);
  expect(text).not.toContain('Past its target date');
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

  // Own dates reaching back to 2018 list it, with its milestone, and leave nothing out.
  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2018-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-11-22');
  await expect(goals).toContainText('Pass the CAPM exam (Achieved)');
  await expect(goals).toContainText('Book the exam: due 31 Mar 2018, done 20 Mar 2018.');
  await expect(goals).toContainText('Earn the PMP (Achieved)');
  await expect(goals).not.toContainText('not listed');
});

test('own dates in the past: a goal achieved after them is said so, one begun after them is left out', async ({
  page,
}, testInfo) => {
  const report = await openReport(page);
  const goals = report.getByRole('region', { name: 'Goals and milestones' });
  await page.getByRole('group', { name: 'Period' }).getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill('2018-01-01');
  await page.getByLabel('To', { exact: true }).fill('2018-12-31');
  const begunAfter = '1 goal started and achieved after this period is not listed.';
  await expect(goals).toContainText(begunAfter);
  await expect(goals).toContainText('Pass the CAPM exam (Achieved)');
  await expect(goals).toContainText('Earn the PMP (Achieved after this period)');
  await expect(goals).toContainText('Sit the exam: due 31 Dec 2018, done 14 Feb 2019.');
  await expect(goals).not.toContainText('Run a lessons-learned review');

  const { text } = await printPdf(page, testInfo.outputPath('report-goals-2018.pdf'));
  expect(text).toContain('Pass the CAPM exam (Achieved)');
  expect(text).toContain('Earn the PMP (Achieved after this period)');
  expect(text).not.toContain('Run a lessons-learned review');
  expect(text).toContain(begunAfter);
});

test.describe('in the United States', () => {
  test.use({ locale: 'en-US' });

  test('the paper starts as US Letter, and the PDF is printed on it', async ({
    page,
  }, testInfo) => {
    await openReport(page);
    await expect(page.getByLabel('Paper size')).toHaveValue('Letter');
    const { info } = await printPdf(page, testInfo.outputPath('report-us.pdf'));
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});
