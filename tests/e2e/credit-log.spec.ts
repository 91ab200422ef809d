import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, expectAccessible, onboard, test } from './fixtures';

const EARNED = '2025-01-15';

/** Follows a link in the sidebar. */
async function goTo(page: Page, area: string) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
}

/**
 * A credential earned on a date: through the credentials screen when it offers "Add a
 * credential", else written straight into IndexedDB (Dexie's native version for schema v2 is
 * 20, so the database is opened without a version) and the page reloaded.
 */
async function seedCredential(page: Page, credentialId: string, earnedDate: string) {
  await goTo(page, 'Credentials');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Credentials');
  const add = page.getByRole('button', { name: 'Add a credential' });
  if (await add.isVisible()) {
    await add.click();
    const form = page.getByRole('form', { name: 'Add a credential' });
    await form.getByLabel('Credential', { exact: true }).selectOption(credentialId);
    await form.getByLabel(/Earned on/).fill(earnedDate);
    await form.getByRole('button', { name: 'Add credential' }).click();
    await expect(form).toBeHidden();
    return;
  }
  await page.evaluate(
    async ({ credentialId, earnedDate }) => {
      const now = new Date().toISOString();
      const row = { id: `${credentialId}-1`, credentialId, stage: 'earned', earnedDate };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('credentials', 'readwrite');
          tx.objectStore('credentials').put({ ...row, createdAt: now, updatedAt: now });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { credentialId, earnedDate },
  );
  await page.reload();
}

interface ActivityInput {
  title: string;
  provider?: string;
  type: string;
  date: string;
  startDate?: string;
  amount: string;
  unit?: string;
  share?: string;
  split?: [string, string, string];
  claimCode?: string;
}

/** Exports the chosen credential's cycle as CSV and reads the file back, header first. */
async function exportedCsv(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export cycle as CSV' }).click(),
  ]);
  const text = (await readFile((await download.path())!)).toString('utf8').slice(1);
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** Fills the activity form by its labels, the way a person would. */
async function fillActivity(page: Page, a: ActivityInput) {
  await page.getByLabel('Title', { exact: true }).fill(a.title);
  if (a.provider) await page.getByLabel('Provider (optional)').fill(a.provider);
  await page.getByLabel('Activity type').selectOption({ label: a.type });
  await page.getByLabel('Completion date').fill(a.date);
  if (a.startDate) await page.getByLabel('Start date (optional)').fill(a.startDate);
  await page.getByLabel('Amount', { exact: true }).fill(a.amount);
  if (a.unit) await page.getByLabel('Unit', { exact: true }).selectOption({ label: a.unit });
  if (a.share) await page.getByLabel('Relevant share (%)').fill(a.share);
  const areas = ['Ways of Working', 'Power Skills', 'Business Acumen'];
  for (const [i, value] of (a.split ?? []).entries()) {
    await page.getByLabel(areas[i]!, { exact: true }).fill(value);
  }
  if (a.claimCode) await page.getByLabel('Claim code (optional)').fill(a.claimCode);
}

/** The "Still missing" lines of the PMP card on the Credentials screen, then back to the log. */
async function expectPmpShortfalls(page: Page, lines: string[]) {
  await goTo(page, 'Credentials');
  const card = page.getByRole('article', { name: /^PMP/ });
  await expect(card.getByRole('listitem').filter({ hasText: ' more ' })).toHaveText(lines);
  await goTo(page, 'Credit log');
}

const save = (page: Page) => page.getByRole('button', { name: 'Save activity' }).click();
const preview = (page: Page) => page.getByRole('complementary', { name: 'How it counts' });
const bodyRows = (page: Page) => page.locator('table tbody tr');
const totalsRow = (page: Page) => page.locator('table tfoot tr');
const showing = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

async function startLog(page: Page, credentials: [string, string][] = [['pmp', EARNED]]) {
  await onboard(page);
  for (const [id, earned] of credentials) await seedCredential(page, id, earned);
  await goTo(page, 'Credit log');
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
}

const masterclass: ActivityInput = {
  title: 'Risk "deep dive" masterclass',
  provider: 'Acme Training, Inc.',
  type: 'Course or training',
  date: '2025-03-10',
  startDate: '2025-03-08',
  amount: '8',
  split: ['5', '2', '0'],
  claimCode: 'ACME-42',
};

test('log five activities, see how they count, filter, sort, undo a delete and export the CSV', async ({
  page,
}) => {
  await startLog(page);
  await expect(page.getByRole('heading', { name: 'Nothing logged yet' })).toBeVisible();
  await expectAccessible(page);
  await expectPmpShortfalls(page, [
    '60 PDUs more in total.',
    '35 PDUs more of Education (Giving Back does not count towards this).',
    '8 PDUs more in Ways of Working.',
    '8 PDUs more in Power Skills.',
    '8 PDUs more in Business Acumen.',
  ]);
  await page.getByRole('button', { name: 'Log your first activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log an activity' })).toBeVisible();

  // 1. A split that does not add up: explained inline and in the summary, nothing saved.
  await fillActivity(page, masterclass);
  await expect(
    page.getByText('The areas add up to 7 of 8 hours counted: 1 hour still to place.'),
  ).toBeVisible();
  await expect(preview(page)).toContainText('complete or correct: Talent Triangle split');
  await save(page);
  const summary = page.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(summary).toContainText('One thing needs your attention');
  await expect(
    page.getByText('The areas must add up to the counted hours: 8, not 7.').first(),
  ).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(masterclass.title);
  await expectAccessible(page);
  await page.screenshot({
    path: 'test-results/artifacts/activity-form-errors.png',
    fullPage: true,
  });
  await page.getByLabel('Business Acumen', { exact: true }).fill('1');
  await expect(
    page.getByText('The areas add up to 8 of 8 hours counted: it adds up.'),
  ).toBeVisible();
  await expect(summary).toBeHidden();
  const pmp = preview(page).getByRole('listitem').filter({ hasText: 'PMP' }).first();
  await expect(pmp).toContainText('Counts (cycle 1)');
  await expect(pmp).toContainText('Ways of Working: 5 PDUs');
  await expect(pmp).toContainText('Total: 8 PDUs');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(1);

  // 2. Hours not in quarter steps are refused; a decimal comma is fine; evidence is kept.
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Chapter meeting: agile night',
    provider: 'PMI Chapter',
    type: 'Organization meetings',
    date: '2025-04-02',
    amount: '1.1',
    split: ['', '1,5', ''],
  });
  await save(page);
  await expect(page.getByText('Use quarter-hour steps: .25, .5 or .75.').first()).toBeVisible();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('1.1');
  await page.getByLabel('Amount', { exact: true }).fill('1,5');
  await page.getByLabel('Add evidence files').setInputFiles({
    name: 'attendance.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 attendance record'),
  });
  await expect(page.getByRole('list', { name: 'Evidence files' })).toContainText('attendance.pdf');
  await expect(page.getByRole('list', { name: 'Evidence files' })).toContainText('26 bytes');
  await save(page);
  await expect(bodyRows(page)).toHaveCount(2);

  // 3. Giving Back: no split.
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Chapter volunteering',
    type: 'Volunteer',
    date: '2025-05-20',
    amount: '10',
    unit: 'PDUs or other credits (1 = 1 hour)',
  });
  await expect(page.getByLabel('Power Skills', { exact: true })).toHaveCount(0);
  await expect(preview(page)).toContainText('Giving Back: 10 PDUs');
  await save(page);

  // 4. A book, half of it relevant: 3 hours at 50 % = 1.5.
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Team Topologies',
    provider: 'IT Revolution',
    type: 'Read',
    date: '2025-06-15',
    amount: '3',
    share: '50',
    split: ['', '', '1.5'],
  });
  await expect(preview(page)).toContainText(
    'Only the relevant share counts: 50% of 3 PDUs, so 1.5 PDUs.',
  );
  await save(page);

  // 5. Before the certification: saved, and the preview says why it will not count.
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Exam prep webinar',
    type: 'Online or digital media',
    date: '2024-12-01',
    amount: '2',
    split: ['', '2', ''],
  });
  const notCounted = preview(page).getByRole('listitem').filter({ hasText: 'PMP' }).first();
  await expect(notCounted).toContainText('Does not count');
  await expect(notCounted).toContainText(
    'Earned before the certification date (15 Jan 2025): it does not count.',
  );
  await save(page);

  // The log: five rows and their totals.
  await expect(showing(page)).toHaveText('Showing 5 activities of 5.');
  await expect(totalsRow(page)).toHaveText(/Total earned in view\s*23\s*5\s*5\.5\s*2\.5\s*10/);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/credit-log-light.png', fullPage: true });

  // The shortfalls moved: 21 PDUs counted (education 11: WoW 5, PS 3.5, BA 2.5; giving back 10).
  await expectPmpShortfalls(page, [
    '39 PDUs more in total.',
    '24 PDUs more of Education (Giving Back does not count towards this).',
    '3 PDUs more in Ways of Working.',
    '4.5 PDUs more in Power Skills.',
    '5.5 PDUs more in Business Acumen.',
  ]);

  // Filter by credential: the webinar before the certification does not count for PMP.
  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMP' });
  await expect(showing(page)).toHaveText('Showing 4 activities of 5.');
  await expect(totalsRow(page)).toHaveText(/Total earned in view\s*21\s*5\s*3\.5\s*2\.5\s*10/);
  await expect(page.getByRole('region', { name: 'PMP current cycle' })).toContainText(
    '21 PDUs counted of 60',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Volunteer' });
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page)).toContainText('Chapter volunteering');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'All types' });

  await page.getByLabel('Area', { exact: true }).selectOption({ label: 'Business Acumen' });
  await expect(bodyRows(page).getByRole('rowheader')).toHaveText([
    'Team Topologies',
    masterclass.title,
  ]);
  await page.getByLabel('Area', { exact: true }).selectOption({ label: 'All areas' });

  await page.getByLabel('From', { exact: true }).fill('2025-04-01');
  await page.getByLabel('To', { exact: true }).fill('2025-05-31');
  await expect(bodyRows(page).getByRole('rowheader')).toHaveText([
    'Chapter volunteering',
    'Chapter meeting: agile night',
  ]);
  await expect(totalsRow(page)).toHaveText(/Total earned in view\s*11\.5/);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByLabel('Search title, provider or code').fill('acme');
  await expect(bodyRows(page).getByRole('rowheader')).toHaveText([masterclass.title]);
  await page.getByLabel('Search title, provider or code').fill('');

  // Sort by hours, largest first, then smallest first (a tie goes to the newest).
  const hours = page.getByRole('columnheader', { name: 'Hours' });
  await hours.getByRole('button').click();
  await expect(hours).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(page).first().getByRole('rowheader')).toHaveText('Chapter volunteering');
  await hours.getByRole('button').click();
  await expect(hours).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(page).getByRole('rowheader')).toHaveText([
    'Team Topologies',
    'Chapter meeting: agile night',
    'Exam prep webinar',
    masterclass.title,
    'Chapter volunteering',
  ]);
  await expect(page.getByRole('columnheader', { name: 'Date' })).not.toHaveAttribute(
    'aria-sort',
    /.+/,
  );

  // Delete the meeting (it has evidence), then Undo puts it back exactly.
  await page.getByRole('link', { name: 'Chapter meeting: agile night' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit activity' })).toBeVisible();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('1.5');
  await expect(page.getByRole('list', { name: 'Evidence files' })).toContainText('attendance.pdf');
  await page.getByRole('button', { name: 'Delete activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(showing(page)).toHaveText('Showing 4 activities of 4.');
  await expect(page.getByText('Deleted “Chapter meeting: agile night”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(showing(page)).toHaveText('Showing 5 activities of 5.');
  const meeting = bodyRows(page).filter({ hasText: 'Chapter meeting: agile night' });
  await expect(meeting.locator('td').last()).toHaveText('1');
  await page.getByRole('link', { name: 'Chapter meeting: agile night' }).click();
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a copy of attendance.pdf' }).click(),
  ]);
  expect(copy.suggestedFilename()).toBe('attendance.pdf');
  expect((await readFile((await copy.path())!)).toString()).toBe('%PDF-1.4 attendance record');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Export PMP's cycle and read the file back.
  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMP' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export cycle as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('PMP-cycle-2025-01-15-to-2028-01-14.csv');
  await expect(
    page.getByText('Saved PMP-cycle-2025-01-15-to-2028-01-14.csv (4 activities).'),
  ).toBeVisible();
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe(
    'Provider,Activity,Start date,Completion date,Activity type,Ways of Working (PDUs),Power Skills (PDUs),Business Acumen (PDUs),Giving Back (PDUs),Total (PDUs),Claim code,Claim status',
  );
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  expect(rows).toEqual([
    [
      'Acme Training, Inc.',
      masterclass.title,
      '2025-03-08',
      '2025-03-10',
      'Course or training',
      '5',
      '2',
      '1',
      '0',
      '8',
      'ACME-42',
      'Earned',
    ],
    [
      'PMI Chapter',
      'Chapter meeting: agile night',
      '2025-04-02',
      '2025-04-02',
      'Organization meetings',
      '0',
      '1.5',
      '0',
      '0',
      '1.5',
      '',
      'Earned',
    ],
    [
      '',
      'Chapter volunteering',
      '2025-05-20',
      '2025-05-20',
      'Volunteer',
      '0',
      '0',
      '0',
      '10',
      '10',
      '',
      'Earned',
    ],
    [
      'IT Revolution',
      'Team Topologies',
      '2025-06-15',
      '2025-06-15',
      'Read',
      '0',
      '0',
      '1.5',
      '0',
      '1.5',
      '',
      'Earned',
    ],
  ]);
});

test('bad input is explained, oversized evidence is refused, and unsaved changes are guarded', async ({
  page,
}) => {
  // A 20 MB file goes to the page, and the form is checked for axe: longer than most.
  test.setTimeout(60_000);
  await startLog(page);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await save(page);
  await expect(
    page.getByRole('region', { name: /needs? your attention; nothing was saved:/ }),
  ).toContainText('3 things need your attention');
  await expect(page.getByText('This is needed.').first()).toBeVisible();

  await fillActivity(page, {
    title: 'Future course',
    type: 'Course or training',
    date: '2026-12-01',
    amount: '-2',
  });
  await page.getByLabel('Relevant share (%)').fill('150');
  await expect(page.getByText('This cannot be negative.').first()).toBeVisible();
  await expect(page.getByText(/This date is in the future/).first()).toBeVisible();
  await expect(
    page.getByText('The relevant share is a percentage above 0 and at most 100.').first(),
  ).toBeVisible();
  // The summary's buttons take the keyboard to the field.
  await page.getByRole('button', { name: /^Amount: This cannot be negative/ }).click();
  await expect(page.getByLabel('Amount', { exact: true })).toBeFocused();

  await page.getByLabel('Add evidence files').setInputFiles([
    {
      name: 'scan.tiff',
      mimeType: 'image/tiff',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 1),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await expect(
    page.getByText('“scan.tiff” is larger than 20 MB and was not added.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('“empty.txt” is empty and was not added')).toBeVisible();
  await expect(page.getByText('No files yet.')).toBeVisible();
  await expectAccessible(page);

  // Cancel with unsaved changes asks first; staying keeps every word typed.
  const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Future course');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing logged yet' })).toBeVisible();
});

test('an unusual amount or year is asked about before it is saved, and kept once confirmed', async ({
  page,
}) => {
  await startLog(page);
  await page.getByRole('button', { name: 'Log your first activity' }).click();
  // 600 for 6.00 hours, and 0202 for 2022: both valid, both asked about.
  await fillActivity(page, {
    title: 'Scheduling workshop',
    type: 'Course or training',
    date: '0202-05-10',
    amount: '600',
    split: ['600', '0', '0'],
  });
  await save(page);
  const check = page.getByRole('group', { name: /^Is this right/ });
  await expect(check).toContainText(
    '600 hours for one activity is more than any credential asks for in a whole cycle (120).',
  );
  await expect(check).toContainText('The completion date is before 1970.');
  await expect(check).toBeFocused();
  await expectAccessible(page);
  // Each item takes the keyboard to its field; corrected, the save goes through at once.
  await check.getByRole('button', { name: /^Completion date:/ }).click();
  await expect(page.getByLabel('Completion date')).toBeFocused();
  await page.getByLabel('Completion date').fill('2025-05-10');
  await expect(check).not.toContainText('before 1970');
  await page.getByLabel('Amount', { exact: true }).fill('6');
  await page.getByLabel('Ways of Working', { exact: true }).fill('6');
  await expect(check).toBeHidden();
  await save(page);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText('Scheduling workshop');

  // A long programme really can be 150 hours: "Save as it is" keeps it as typed.
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Part-time master’s module',
    type: 'Course or training',
    date: '2025-06-30',
    amount: '150',
    split: ['50', '50', '50'],
  });
  await save(page);
  await expect(check).toContainText('150 hours for one activity');
  // Nothing saved yet: the form is still open.
  await expect(page.getByRole('heading', { level: 1, name: 'Log an activity' })).toBeVisible();
  await check.getByRole('button', { name: 'Save as it is' }).click();
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Part-time master’s module/ })).toContainText('150');

  // Editing it later does not ask again about what was already confirmed.
  await page.getByRole('link', { name: 'Part-time master’s module' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit activity' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Part-time master’s module (term 1)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('link', { name: 'Part-time master’s module (term 1)' }),
  ).toBeVisible();
});

test('the log and the form are accessible in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startLog(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, masterclass);
  await page.getByLabel('Business Acumen', { exact: true }).fill('1');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/activity-form-dark.png', fullPage: true });
  await save(page);
  await expect(bodyRows(page)).toHaveCount(1);
  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMP' });
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/credit-log-dark.png', fullPage: true });
});

test('one activity counts differently for a PMP and a PMI-ACP holder', async ({ page }) => {
  await startLog(page, [
    ['pmp', EARNED],
    ['pmi-acp', '2025-02-01'],
  ]);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Agile leadership course',
    type: 'Course or training',
    date: '2025-05-10',
    amount: '6',
    split: ['4', '2', ''],
  });
  const outcome = (acronym: string) =>
    preview(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: acronym, exact: true }) });
  await expect(outcome('PMP')).toContainText('Total: 6 PDUs');
  await expect(outcome('PMI-ACP')).toContainText('Power Skills: 2 PDUs');
  await expect(outcome('PMI-ACP')).toContainText(
    '4 hours of Ways of Working are not allocated to this credential: enter the activity’s Ways of Working hours for it (the hours that cover its subject).',
  );

  const allocation = page.getByLabel('Ways of Working hours for PMI-ACP');
  await allocation.fill('5');
  await save(page);
  await expect(
    page.getByText('At most 4 hours of Ways of Working can be allocated.').first(),
  ).toBeVisible();
  await allocation.fill('1');
  await expect(outcome('PMI-ACP')).toContainText('Total: 3 PDUs');
  await expect(outcome('PMP')).toContainText('Total: 6 PDUs');

  await page.getByText('Per credential: a different claim status, or leave it out').click();
  await page.getByLabel('Claim status for PMI-ACP').selectOption({ label: 'Planned' });
  await expect(outcome('PMI-ACP')).toContainText('Planned: a projection');
  await expect(outcome('PMP')).toContainText('Counts (cycle 1)');
  await expectAccessible(page);
  await save(page);

  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMI-ACP' });
  // Planned for PMI-ACP: listed, but not added to what was earned (said apart, as planned).
  await expect(totalsRow(page)).toHaveText(
    /Total earned in view\s*0\s*0\s*0\s*0\s*0\s*\+ 3 PDUs planned/,
  );
  await expect(bodyRows(page)).toContainText('Planned');
  await page.getByRole('button', { name: 'Export cycle as CSV' }).click();
  await expect(
    page.getByText('Nothing to export yet: no activity counts in this cycle.'),
  ).toBeVisible();
  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMP' });
  await expect(totalsRow(page)).toHaveText(/Total earned in view\s*6\s*4\s*2/);
  await expect(bodyRows(page)).toContainText('Earned');

  // Editing keeps what was stored: the allocation and the per-credential status come back.
  await page.getByRole('link', { name: 'Agile leadership course' }).click();
  await expect(page.getByLabel('Ways of Working hours for PMI-ACP')).toHaveValue('1');
  await expect(page.getByLabel('Claim status for PMI-ACP')).toHaveValue('planned');
  await page.getByLabel('Title', { exact: true }).fill('Agile leadership course (2 days)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(bodyRows(page).getByRole('rowheader')).toHaveText([
    'Agile leadership course (2 days)',
  ]);
  await expect(totalsRow(page)).toHaveText(/Total earned in view\s*6\s*4\s*2/);
});

test('a university course counts its semester credits for ISACA and its hours for PMI', async ({
  page,
}) => {
  await startLog(page, [
    ['pmp', EARNED],
    ['cisa', EARNED],
  ]);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'IT audit and assurance (university)',
    type: 'Course or training',
    date: '2025-05-10',
    amount: '40',
    split: ['', '40', ''],
  });
  await page.getByLabel('Semester credits (optional)').fill('3');
  const outcome = (acronym: string) =>
    preview(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: acronym, exact: true }) });
  await expect(outcome('CISA')).toContainText('3 semester credits × 15 = 45 CPEs (ISACA)');
  await expect(outcome('PMP')).toContainText('Power Skills: 40 PDUs');
  await expectAccessible(page);
  await save(page);

  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'CISA' });
  // Total, then the three areas and Giving Back: 45 CPE from 3 credits, 40 PDUs from the hours.
  await expect(totalsRow(page)).toHaveText(/^Total earned in view\s*45\s*0\s*0\s*0\s*0$/);
  // The cycle's CSV says how 45 was reached beside a 40-hour course, in a last column.
  const title = 'IT audit and assurance (university)';
  const cisaCsv = await exportedCsv(page);
  expect(cisaCsv[0]?.slice(-4)).toEqual([
    'Total (CPEs)',
    'Claim code',
    'Claim status',
    'How counted',
  ]);
  expect(cisaCsv.slice(1).map((r) => [r[1], r[6], r[9]])).toEqual([
    [title, '45', '3 semester credits × 15 = 45 CPEs (ISACA)'],
  ]);
  await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'PMP' });
  await expect(totalsRow(page)).toHaveText(/^Total earned in view\s*40\s*0\s*40\s*0\s*0$/);
  // PMI counts the hours: its file keeps its columns, with no note.
  const pmpCsv = await exportedCsv(page);
  expect(pmpCsv.map((r) => r.at(-1))).toEqual(['Claim status', 'Earned']);

  // The CISA audit pack says it too, in its copy of the CSV and in its index.
  await goTo(page, 'Dashboard');
  await page
    .getByRole('region', { name: 'Credentials' })
    .getByRole('link', { name: 'CISA', exact: true })
    .click();
  const [pack] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Save audit pack for CISA/ }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile((await pack.path())!)));
  const csvName = Object.keys(files).find((n) => /^CISA-cycle-.*\.csv$/.test(n))!;
  const packCsv = Papa.parse<string[]>(strFromU8(files[csvName]!).slice(1)).data;
  expect(packCsv[1]?.slice(-2)).toEqual(['Earned', '3 semester credits × 15 = 45 CPEs (ISACA)']);
  const index = Papa.parse<string[]>(strFromU8(files['index.csv']!).slice(1)).data;
  expect([index[0]?.at(-1), index[1]?.[2], index[1]?.[4], index[1]?.at(-1)]).toEqual([
    'How counted',
    title,
    '45',
    '3 semester credits × 15 = 45 CPEs (ISACA)',
  ]);
  await goTo(page, 'Credit log');
  await page.getByRole('link', { name: 'IT audit and assurance (university)' }).click();
  await expect(page.getByLabel('Semester credits (optional)')).toHaveValue('3');
});

test('the editor goes back to the screen it was opened from', async ({ page }) => {
  await startLog(page);
  const h1 = page.getByRole('heading', { level: 1 });
  const recent = page.getByRole('region', { name: 'Recent activity' });
  const webinar: ActivityInput = {
    title: 'Negotiation webinar',
    type: 'Course or training',
    date: '2025-04-02',
    amount: '2',
    split: ['0', '2', '0'],
  };

  // Logged from the dashboard: saving goes back there, and the dashboard shows it.
  await goTo(page, 'Dashboard');
  await recent.getByRole('link', { name: 'Log a course, a webinar or a book' }).click();
  await expect(h1).toHaveText('Log an activity');
  await fillActivity(page, webinar);
  await save(page);
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(recent.getByRole('link', { name: 'Negotiation webinar' })).toBeVisible();
  // The title is isolated from the date beside it (a right-to-left title keeps them apart).
  await expect(recent.locator('li bdi')).toHaveText(['Negotiation webinar']);
  // It says so, and focus starts from the screen's heading (not lost on the page).
  await expect(page.locator('.toast')).toContainText('Saved “Negotiation webinar”.');
  await expect(h1).toBeFocused();

  // Cancel goes back too.
  await recent.getByRole('link', { name: 'Log an activity' }).click();
  await expect(h1).toHaveText('Log an activity');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);

  // Edited from a credential's page: back to that page, which lists the new title.
  await page
    .getByRole('region', { name: 'Credentials' })
    .getByRole('link', { name: 'PMP', exact: true })
    .click();
  await expect(page).toHaveURL(/#\/credentials\/.+/);
  const credentialPage = page.url();
  await page.getByRole('link', { name: 'Negotiation webinar' }).click();
  await expect(h1).toHaveText('Edit activity');
  await page.getByLabel('Title', { exact: true }).fill('Negotiation webinar (recorded)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(credentialPage);
  await expect(page.getByRole('link', { name: 'Negotiation webinar (recorded)' })).toBeVisible();
  await expect(page.locator('.toast')).toContainText(
    'Saved your changes to “Negotiation webinar (recorded)”.',
  );

  // Deleted from the dashboard: back there, and Undo puts it back.
  await goTo(page, 'Dashboard');
  await recent.getByRole('link', { name: 'Negotiation webinar (recorded)' }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(recent).toContainText('Nothing logged yet.');
  // Undo from the keyboard, wherever focus is (outside a text field).
  await expect(h1).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(recent.getByRole('link', { name: 'Negotiation webinar (recorded)' })).toBeVisible();

  // Logged from the log: back to the log.
  await goTo(page, 'Credit log');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, { ...webinar, title: 'Stakeholder mapping course' });
  await save(page);
  await expect(h1).toHaveText('Credit log');
  await expect(bodyRows(page).getByRole('rowheader')).toContainText(['Stakeholder mapping course']);
});

test('an activity changed or deleted in another window is never overwritten unseen', async ({
  page,
  context,
}) => {
  await startLog(page);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, { ...masterclass, title: 'Governance course', split: ['5', '2', '1'] });
  await save(page);
  await page.getByRole('link', { name: 'Governance course' }).click();
  const address = page.url();

  // A second window on the same activity.
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await other.goto(address);
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Governance course');
  // Focus on a button (no field name to find it by).
  await other.getByRole('button', { name: 'Cancel' }).focus();

  // This window renames it; the other window, where nothing was typed, takes up the change.
  await page.getByLabel('Title', { exact: true }).fill('Governance course (renamed)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  // Back to the other window (a hidden window hears of changes when it is shown again).
  await other.bringToFront();
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue(
    'Governance course (renamed)',
  );
  await expect(
    other.getByRole('status').filter({ hasText: 'the form now shows that version' }),
  ).toHaveText('This activity was changed in another window; the form now shows that version.');
  // The control that had focus keeps it.
  await expect(other.getByRole('button', { name: 'Cancel' })).toBeFocused();

  // Typing there, then another change here: the other window is told at once and keeps
  // what was typed.
  await other.getByLabel('Provider (optional)').fill('Other provider');
  await page.bringToFront();
  await page.getByRole('link', { name: 'Governance course (renamed)' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Governance course (renamed twice)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await other.bringToFront();
  await expect(other.getByRole('alert')).toContainText(
    'This activity was changed in another window after you opened it.',
  );
  await expect(other.getByLabel('Provider (optional)')).toHaveValue('Other provider');
  // Cancel keeps the change made here.
  await other.getByRole('button', { name: 'Cancel' }).click();
  await other.getByRole('button', { name: 'Discard changes' }).click();
  await expect(bodyRows(page).getByRole('rowheader')).toContainText([
    'Governance course (renamed twice)',
  ]);
  // The other window's log shows the new name too (it has caught up with the change).
  await expect(bodyRows(other).getByRole('rowheader')).toContainText([
    'Governance course (renamed twice)',
  ]);

  // Deleted here while the other window edits it: what was typed there stays, and saving
  // there puts the activity back with it.
  await other.goto(address);
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue(
    'Governance course (renamed twice)',
  );
  await other.getByLabel('Title', { exact: true }).fill('Governance course (kept)');
  await page.bringToFront();
  await page.getByRole('link', { name: 'Governance course (renamed twice)' }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await other.bringToFront();
  await expect(other.getByRole('alert')).toContainText(
    'This activity was deleted in another window after you opened it.',
  );
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Governance course (kept)');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await page.bringToFront();
  await expect(bodyRows(page).getByRole('rowheader')).toContainText(['Governance course (kept)']);
  await other.close();
});

test('read-only (data from a newer Ascent): an activity’s evidence can still be saved as a copy from the keyboard, but not removed or added', async ({
  page,
}) => {
  await startLog(page);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, { ...masterclass, split: ['5', '2', '1'] });
  const record = Buffer.from('%PDF-1.4 attendance record');
  await page.getByLabel('Add evidence files').setInputFiles({
    name: 'attendance.pdf',
    mimeType: 'application/pdf',
    buffer: record,
  });
  await save(page);
  await expect(bodyRows(page)).toHaveCount(1);

  // A newer Ascent upgrades the database; opened again, this one is read-only.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ascent', 1000);
        req.onupgradeneeded = () => req.result.createObjectStore('fromTheFuture');
        req.onsuccess = () => (req.result.close(), resolve());
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Read-only.' })).toBeVisible();
  await page.getByRole('link', { name: masterclass.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit activity' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toBeDisabled();

  const files = page.getByRole('list', { name: 'Evidence files' });
  const copy = files.getByRole('button', { name: 'Save a copy of attendance.pdf' });
  await expect(copy).toBeEnabled();
  await expect(files.getByRole('button', { name: 'Remove attendance.pdf' })).toBeDisabled();
  await expect(page.getByLabel('Add evidence files')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expectAccessible(page);

  // Back from Cancel, Tab skips the switched-off controls and stops on the copy.
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(copy).toBeFocused();
  for (const key of ['Enter', 'Space']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(key)]);
    expect(file.suggestedFilename()).toBe('attendance.pdf');
    expect(await readFile((await file.path())!)).toEqual(record);
  }
  const [clicked] = await Promise.all([page.waitForEvent('download'), copy.click()]);
  expect(clicked.suggestedFilename()).toBe('attendance.pdf');
});

test('a category of your own credential is chosen on the activity, and its shortfall closes', async ({
  page,
}) => {
  // The review's repro: 20 CPD every 12 months, at least 1 category, "Formal learning" 5 at
  // least; earned on 1 Jun 2026, then a 25 h course that no category could be chosen for.
  await onboard(page);
  await goTo(page, 'Credentials');
  await page.getByRole('button', { name: 'Define your own credential' }).click();
  const define = page.getByRole('form', { name: 'Define your own credential' });
  await define.getByLabel('Awarding body').fill('My institute');
  await define.getByLabel('Short name').fill('MYCPD');
  await define.getByLabel('Full name').fill('My CPD scheme');
  await define.getByLabel('Credit unit').selectOption('CPD');
  await define.getByLabel('Cycle length in months').fill('12');
  await define.getByLabel('Credits needed per cycle').fill('20');
  await define.getByLabel('At least this many categories (optional)').fill('1');
  await define.getByRole('button', { name: 'Add a category' }).click();
  await define.getByLabel('Category 1 name').fill('Formal learning');
  await define.getByLabel('Category 1 minimum').fill('5');
  await define.getByRole('button', { name: 'Save credential definition' }).click();
  await expect(define).toBeHidden();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const hold = page.getByRole('form', { name: 'Add a credential' });
  await hold
    .getByLabel('Credential', { exact: true })
    .selectOption({ label: 'MYCPD — My CPD scheme (My institute)' });
  await hold.getByLabel('Stage').selectOption({ label: 'Earned' });
  await hold.getByLabel(/Earned on/).fill('2026-06-01');
  await hold.getByRole('button', { name: 'Add credential' }).click();
  await expect(hold).toBeHidden();

  await goTo(page, 'Credit log');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await fillActivity(page, {
    title: 'Project controls course',
    type: 'Course or training',
    date: '2026-07-01',
    amount: '25',
  });
  await save(page);
  await expect(page.getByRole('link', { name: 'Project controls course' })).toBeVisible();

  // The card names the category by its own name, and asks for it.
  await goTo(page, 'Credentials');
  const card = page.getByRole('article', { name: /^MYCPD/ });
  await expect(card).toContainText('25 CPDs counted — 20 required');
  await expect(card.getByRole('listitem')).toHaveText([
    '5 CPDs more in Formal learning.',
    'Credits in 1 more category: Formal learning.',
  ]);

  // The activity is put in the category; the preview follows, and the card's gaps close.
  await goTo(page, 'Credit log');
  await page.getByRole('link', { name: 'Project controls course' }).click();
  const category = page.getByLabel('Category for MYCPD');
  await expect(category.getByRole('option')).toHaveText([
    'No category (counts towards the total only)',
    'Formal learning',
  ]);
  await expect(preview(page)).toContainText('Credits: 25 CPDs');
  await category.selectOption({ label: 'Formal learning' });
  await expect(preview(page)).toContainText('Formal learning: 25 CPDs');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Project controls course' })).toBeVisible();

  await goTo(page, 'Credentials');
  await expect(card.getByText('Still missing')).toBeHidden();
  await expect(card).toContainText('All requirements of this cycle are met.');
});
