import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fillProfile, analyst, manager, onboard, test } from './fixtures';

test('the first day goes on with a credential held and a first goal', async ({ page }) => {
  await page.goto('/');
  await fillProfile(page, {
    name: 'Ada',
    current: analyst,
    target: manager,
    education: 'Bachelor’s degree (four-year)',
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await expectAccessible(page);
  // Only the profile so far: nothing of the user's own to back up, so no export reminder…
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toHaveCount(0);

  await page
    .getByLabel('Credential', { exact: true })
    .selectOption({ label: 'PMP — Project Management Professional' });
  await page.getByLabel('Stage').selectOption({ label: 'Earned' });
  await page.getByLabel('Earned on (certification date)').fill('2025-03-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByText('Added: PMP.')).toBeVisible();
  // …until there is a record of their own.
  await expect(reminder).toContainText('You have not exported a backup yet.');

  await page.getByRole('button', { name: 'Next: your next goal' }).click();
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('Study 35 hours for the PMI-ACP');
  await form.getByLabel('Kind').selectOption({ label: 'Education' });
  await form.getByLabel('Target number').fill('35');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Open my dashboard' }).click();

  await expect(page.getByRole('heading', { name: 'Hello, Ada' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Nothing logged yet.',
  );
  const areas = page.getByRole('navigation', { name: 'Areas' });
  await areas.getByRole('link', { name: 'Credentials' }).click();
  await expect(page.getByRole('heading', { name: /PMP/ }).first()).toBeVisible();
  await areas.getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('region', { name: 'Study 35 hours for the PMI-ACP' })).toBeVisible();
});

test('first steps not finished come back after a reload, at the step the person was on', async ({
  page,
}) => {
  await page.goto('/');
  await fillProfile(page, {
    current: analyst,
    target: manager,
    education: 'Master’s degree or MBA',
  });
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip: your next goal' }).click();
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip and open my dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();

  // Skipped: from now on the app opens as usual.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your first steps' })).toHaveCount(0);
});

test('sample data: explored, clearly marked, and removed in one action without touching mine', async ({
  page,
}, testInfo) => {
  await onboard(page, { name: 'Dana Okafor' });
  // Dana's own study, logged before she explores: it must still be there afterwards.
  const areas = page.getByRole('navigation', { name: 'Areas' });
  await areas.getByRole('link', { name: 'Study' }).click();
  const log = page.getByRole('region', { name: 'Log a study session' });
  await log.getByLabel('Minutes studied').fill('45');
  await log.getByLabel('Topic (optional)').fill('Agile coaching reading');
  await log.getByRole('button', { name: 'Log session' }).click();
  const logged = page.getByRole('region', { name: 'Logged study' });
  await expect(logged).toContainText('Agile coaching reading');
  await areas.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  const banner = page.getByRole('region', { name: 'Sample data' });
  await expect(banner).toContainText('You are exploring sample data.');
  await expect(banner).toContainText('anything you add or change here is removed when you leave');
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent activity' });
  await expect(recent.getByRole('listitem').first()).toContainText(
    'Coaching conversation on stakeholder mapping',
  );
  await expect(page.getByText('You have not exported a backup yet.')).toHaveCount(0);
  const upcoming = page.getByRole('region', { name: 'Events and follow-ups' });
  await expect(upcoming).toContainText('PMO Forum');
  await expect(upcoming).toContainText('Morgan Ellis');
  // The sample has a study plan: this week has planned study on the dashboard…
  const studyWeek = page.getByRole('region', { name: 'This week’s study: plan vs actual' });
  await expect(studyWeek).toContainText(/studied of \d+ h( \d+ min)? planned this week\./);
  await expect(studyWeek).not.toContainText('No study plan yet.');
  await expectAccessible(page);
  // …and in the Study area: blocks on this week's calendar, the plan, and study logged for it.
  await areas.getByRole('link', { name: 'Study' }).click();
  const calendar = page.getByRole('region', { name: /^Week of / });
  await expect(
    calendar.getByRole('button', { name: /PMI-PMOCP exam preparation/ }).first(),
  ).toBeVisible();
  const plan = page.getByRole('article', { name: 'PMI-PMOCP exam preparation' });
  await expect(plan).toContainText('On schedule.');
  await expect(plan).toContainText(/\d+ h( \d+ min)? studied/);
  await expect(logged).toContainText('PMO operating models');
  await expect(logged).toContainText('PMI-PMOCP exam preparation');
  await expect(logged).not.toContainText('Agile coaching reading');
  await expectAccessible(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Leading change course' })).toBeVisible();
  await expect(banner).toBeVisible();
  // The sample tells one story: the PMI-PMOCP candidate with an exam booked is eligible (the
  // PMO course's contact hours count as PMO training).
  await page.goto('/#/ladder/eligibility');
  await expect(page.getByRole('region', { name: /^PMI-PMOCP/ })).toContainText(
    'You are eligible for PMI-PMOCP now.',
  );
  // The report says it is made from sample data, on screen and on paper, where the banner
  // is left off.
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Reports' })
    .click();
  const report = page.getByRole('article', { name: 'Progress report: Sam Rivera' });
  await expect(report).toHaveAccessibleDescription(/^Sample data, not a real person’s records\./);
  const notice = report.getByText('Sample data, not a real person’s records.');
  await expect(notice).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(banner).toBeHidden();
  await expect(notice).toBeVisible();
  const pdf = testInfo.outputPath('sample-report.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').split('\f');
  const printed = pages.filter((p) => p.trim() !== '');
  expect(printed[0]).toContain('Sample data, not a real person’s records.');
  for (const p of printed) expect(p).toContain('made from sample data');

  await banner.getByRole('button', { name: 'Leave sample data…' }).click();
  await expect(banner).toContainText('You have not added or changed anything while exploring.');
  await banner.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  // The page started again: focus starts from the heading, not from nowhere.
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Sample data' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Leading change course' })).toHaveCount(0);
  // The sample's plan, blocks and sessions are gone; Dana's own session is still there.
  await areas.getByRole('link', { name: 'Study' }).click();
  await expect(logged).toContainText('Agile coaching reading');
  await expect(logged).not.toContainText('PMO operating models');
  await expect(page.getByRole('article', { name: 'PMI-PMOCP exam preparation' })).toHaveCount(0);
  await expect(calendar.getByRole('button', { name: /PMI-PMOCP/ })).toHaveCount(0);
  await expect(page.getByText('No plan yet. Create one for an exam or a goal.')).toBeVisible();
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).toEqual(['ascent']);
});

test('a new user can start with sample data from the welcome screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeFocused();
  await page.getByRole('button', { name: 'Leave sample data…' }).click();
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Ascent' })).toBeVisible();
});

test('a new user’s first day: a PMP, two activities, a study plan and the report, in light and dark', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Areas' });
  const shoot = async (name: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({
        path: `test-results/artifacts/first-day-${name}-${theme}.png`,
        fullPage: true,
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  await page.goto('/');
  await fillProfile(page, {
    name: 'Noor',
    current: analyst,
    target: manager,
    education: 'Bachelor’s degree (four-year)',
    hours: { Monday: '2', Wednesday: '2', Saturday: '3' },
  });
  await shoot('welcome');
  await page.getByRole('button', { name: 'Start using Ascent' }).click();
  await page.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await page.getByLabel('Stage').selectOption({ label: 'Earned' });
  await page.getByLabel('Earned on (certification date)').fill('2025-06-01');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByText('Added: PMP.')).toBeVisible();
  await shoot('first-steps');
  await page.getByRole('button', { name: 'Next: your next goal' }).click();
  await page.getByRole('button', { name: 'Skip and open my dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Noor' })).toBeVisible();

  // Two activities in the credit log.
  for (const [title, hours, split] of [
    ['Scheduling masterclass', '6', ['4', '1', '1']],
    ['Negotiation course', '4', ['0', '4', '0']],
  ] as const) {
    await nav.getByRole('link', { name: 'Credit log' }).click();
    await page.goto('/#/credit-log/new');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
    await page.getByLabel('Completion date').fill('2026-11-10');
    await page.getByLabel('Amount', { exact: true }).fill(hours);
    for (const [i, area] of ['Ways of Working', 'Power Skills', 'Business Acumen'].entries())
      await page.getByLabel(area, { exact: true }).fill(split[i]!);
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  }
  await expect(page.locator('table tbody tr')).toHaveCount(2);
  await shoot('credit-log');

  // A study plan for a next exam.
  await nav.getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const add = page.getByRole('form', { name: 'Add a credential' });
  await add.getByLabel('Credential', { exact: true }).selectOption('pmi-acp');
  await add.getByLabel('Stage').selectOption({ label: 'Exam booked' });
  await add.getByLabel('Exam date (optional)').fill('2027-03-01');
  await add.getByRole('button', { name: 'Add credential' }).click();
  await expect(add).toBeHidden();
  await nav.getByRole('link', { name: 'Study' }).click();
  await page.getByRole('link', { name: 'New study plan' }).click();
  const plan = page.getByRole('form', { name: 'New study plan' });
  await plan.getByLabel('Prepares for').selectOption({ label: 'PMI-ACP exam on 1 Mar 2027' });
  await plan.getByLabel('Hours of study needed').fill('40');
  await plan.getByLabel('Start date').fill('2026-11-23');
  await expect(plan.getByText(/^The plan fits/)).toBeVisible();
  await plan.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study planner' })).toBeVisible();
  await shoot('study');

  // The report shows what the credit log holds.
  await nav.getByRole('link', { name: 'Reports' }).click();
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toContainText('Noor');
  await expect(report).toContainText('Scheduling masterclass');
  await expect(report).toContainText('Negotiation course');
  await expectAccessible(page);
  await shoot('report');
});

const goTo = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();

test('sample data: a backup cannot be restored into it, and leaving says what I added goes too', async ({
  page,
}, testInfo) => {
  await onboard(page, { name: 'Dana Okafor' });
  // Dana's own backup, made before she explores.
  await goTo(page, 'Settings');
  const backups = page.getByRole('region', { name: 'Backups' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backups.getByRole('button', { name: 'Export a complete backup', exact: true }).click(),
  ]);
  const file = testInfo.outputPath('dana.ascent-backup');
  await download.saveAs(file);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  const banner = page.getByRole('region', { name: 'Sample data' });
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();

  // Something of her own, added while exploring.
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('My own real goal');
  await form.getByLabel('Kind').selectOption({ label: 'Education' });
  await form.getByLabel('Target number').fill('35');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('region', { name: 'My own real goal' })).toBeVisible();

  // Backups: nothing to export or restore into here, and the way out is at hand.
  await goTo(page, 'Settings');
  await expect(backups).toContainText(
    'You are exploring sample data: leave it first, then restore your backup.',
  );
  await expect(backups).toContainText('Exporting is off while you explore');
  await expect(backups.getByRole('button', { name: 'Restore from a backup file…' })).toHaveCount(0);
  await expect(backups.getByRole('button', { name: /Export a complete backup/ })).toHaveCount(0);
  await expectAccessible(page);

  await backups.getByRole('button', { name: 'Leave sample data…' }).click();
  const confirm = backups.getByRole('group', {
    name: 'Remove every sample record and go back to your own?',
  });
  await expect(confirm).toContainText(
    'Anything you added or changed while exploring is removed with it',
  );
  await expect(confirm).toContainText(
    'While exploring you added 1 record (Goals: 1). It is removed too.',
  );
  await expect(confirm.getByRole('button', { name: 'Keep exploring' })).toBeFocused();
  await expectAccessible(page);
  // The banner's own "Leave" says the same.
  await banner.getByRole('button', { name: 'Leave sample data…' }).click();
  await expect(banner).toContainText('While exploring you added 1 record (Goals: 1).');
  await confirm.getByRole('button', { name: 'Remove sample data' }).click();

  // Back in her own records, where the restore goes and stays.
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await goTo(page, 'Settings');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    backups.getByRole('button', { name: 'Restore from a backup file…' }).click(),
  ]);
  await chooser.setFiles(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Restore this backup?');
  await dialog.getByLabel('First download a copy of my current data (recommended)').uncheck();
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toHaveAccessibleName('Your data is restored');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await goTo(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: 'Hello, Dana Okafor' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await goTo(page, 'Goals');
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'My own real goal' })).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).toEqual(['ascent']);
});
