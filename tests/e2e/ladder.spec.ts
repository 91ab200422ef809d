import type { Page } from '@playwright/test';
import { expect, expectAccessible, manager, onboard, test } from './fixtures';

/** Said beside a readiness percentage: it counts part-way progress, the count does not. */
const readinessNote =
  'A readiness percentage also counts part-way progress on each essential requirement, so it can be higher than the share fully met.';

async function addRole(page: Page, r: { title: string; org: string; start: string; end?: string }) {
  await page.getByRole('button', { name: 'Add a role' }).click();
  const form = page.getByRole('form', { name: 'Add a role' });
  await form.getByLabel('Job title').fill(r.title);
  await form.getByLabel('Organisation').fill(r.org);
  await form.getByLabel('Industry').fill('Healthcare');
  await form.getByLabel('Start month').fill(r.start);
  if (r.end) await form.getByLabel('End month').fill(r.end);
  else await form.getByLabel('Ongoing (I am still in this role)').check();
  await form.getByLabel('Leading projects').check();
  await form.getByRole('button', { name: 'Save role' }).click();
  await expect(form).toBeHidden();
}

test('three overlapping roles and a degree give the PMP eligibility date', async ({ page }) => {
  await onboard(page, { education: 'Secondary school diploma' });
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await page.getByRole('link', { name: 'Experience', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Experience' })).toBeVisible();

  // A bad entry is explained and saves nothing.
  await page.getByRole('button', { name: 'Add a role' }).click();
  const form = page.getByRole('form', { name: 'Add a role' });
  await form.getByLabel('Start month').fill('2025-05');
  await form.getByLabel('End month').fill('2025-01');
  await form.getByRole('button', { name: 'Save role' }).click();
  const summary = form.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('5 things need your attention; nothing was saved:');
  await summary
    .getByRole('button', {
      name: 'End month: The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.',
    })
    .click();
  await expect(form.getByLabel('End month')).toBeFocused();
  await expect(
    form.getByText(
      'The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.',
      { exact: true },
    ),
  ).toBeVisible();
  await summary
    .getByRole('button', { name: /^Kinds of experience this role gave you: Tick at least one/ })
    .click();
  await expect(form.getByLabel('Leading projects')).toBeFocused();
  await expect(
    form.getByText('Tick at least one kind of experience this role gave you.', { exact: true }),
  ).toBeVisible();
  await expect(form.getByLabel('Start month')).toHaveValue('2025-05');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await addRole(page, { title: 'Project Manager', org: 'Contoso', start: '2025-01' });
  await addRole(page, { title: 'Interim PM', org: 'Fabrikam', start: '2025-03', end: '2025-10' });
  await addRole(page, { title: 'Bid Lead', org: 'Tailspin', start: '2025-06', end: '2026-02' });
  await expect(
    page.getByRole('table', { name: 'Your roles, latest first' }).getByRole('row'),
  ).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Roles that overlap' })).toBeVisible();
  // Jan 2025 to Nov 2026, counted once: 1 year 11 months.
  await expect(page.getByRole('row', { name: /Leading projects 1 year 11 months/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Education', exact: true }).click();
  await page.getByRole('button', { name: 'Add a degree' }).click();
  await page.getByLabel('Level').selectOption({ label: 'Bachelor’s degree (four-year)' });
  await page.getByLabel('Institution').fill('State University');
  await page.getByRole('button', { name: 'Save degree' }).click();
  await expect(page.getByRole('table', { name: 'Your degrees' })).toContainText('State University');
  await page.getByLabel('Other PM education hours (not listed as courses)').fill('35');
  await page.getByRole('button', { name: 'Save contact hours' }).click();
  await expect(page.getByText('Contact hours saved.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Exam eligibility' }).click();
  const pmp = page.getByRole('region', { name: /^PMP/ });
  await expect(pmp).toContainText('Eligible for PMP on 1 Dec 2027 if your current role continues.');
  // What the user has and what is needed, both in months (1 year 11 months against 3 years).
  const leading = pmp
    .getByRole('table')
    .first()
    .getByRole('row', { name: /^Experience leading/ });
  await expect(leading.getByRole('cell').nth(0)).toHaveText('23 months');
  await expect(leading.getByRole('cell').nth(1)).toHaveText('36 months');
  // The PRINCE2 Practitioner card says how the PRINCE2 7 exams are sat, Foundation's too.
  const prince2 = page.getByRole('region', { name: /^PRINCE2 Practitioner/ });
  await expect(prince2).toContainText(/PRINCE2 7 exams since Sept? 2023\./);
  const foundation = prince2.getByRole('table', { name: 'PRINCE2 Foundation exam (PRINCE2 7)' });
  await expect(foundation.getByRole('row', { name: /^Questions 60 questions/ })).toContainText(
    'Sources agree',
  );
  const practitioner = prince2.getByRole('table', {
    name: 'PRINCE2 Practitioner exam (PRINCE2 7)',
  });
  await expect(practitioner.getByRole('row', { name: /^Time/ })).toContainText('150 minutes');
  await practitioner.getByText('Where is this from?').click();
  await expect(practitioner).toContainText('Source: PeopleCert PRINCE2 7 exam formats');
  await expectAccessible(page);
});

test('changing the target rung in Settings changes the next actions', async ({ page }) => {
  await onboard(page);
  const readiness = page.getByRole('region', { name: 'Readiness for PMO Director' });
  await expect(readiness.getByRole('list', { name: 'Top next best actions' })).toBeVisible();
  const before = await readiness.getByRole('listitem').allTextContents();
  // The percentage and the count are told apart, and the card says why they differ.
  await expect(
    readiness.getByText(/^\d+% of the way there · \d+ of \d+ essential requirements fully met\.$/),
  ).toBeVisible();
  await expect(readiness.getByText(readinessNote)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Next best actions for PMO Director' }),
  ).toBeVisible();
  await expect(page.getByText(readinessNote)).toHaveCount(1);
  await expect(
    page
      .getByRole('list', { name: 'Your ladder, top rung first' })
      .getByText(/^\d+% of the way there · \d+ of \d+ essential requirements fully met\.$/),
  ).toHaveCount(5);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'PMO Director' }).first().click();
  await expect(page.getByRole('table', { name: 'Requirements for PMO Director' })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByLabel('Target rung').selectOption({ label: manager });
  await page.getByRole('button', { name: 'Save profile' }).click();
  // Saved before leaving: a move while the save is still being written asks first.
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Next best actions for PMO Manager' }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  const after = page.getByRole('region', { name: 'Readiness for PMO Manager' });
  await expect(after.getByRole('listitem').first()).toBeVisible();
  expect(await after.getByRole('listitem').allTextContents()).not.toEqual(before);
});

test('a skill rating is kept with its date and shown against the target rung', async ({ page }) => {
  await onboard(page);
  await page.goto('/#/ladder/skills');
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Rate Leadership and management' });
  await form.getByLabel(/^3 — /).check();
  await form.getByRole('button', { name: 'Save rating for Leadership and management' }).click();
  await expect(form.getByRole('status')).toHaveText('Leadership and management rated 3.');
  const gaps = page.getByRole('table', { name: 'Skills now and the levels PMO Director asks for' });
  await expect(gaps.getByRole('row', { name: /^Leadership and management 3/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'History of Leadership and management' }),
  ).toContainText('22 Nov 2026');
  await expect(page.getByRole('img', { name: /Skills now against the target/ })).toBeVisible();
  await expectAccessible(page);

  // A rating dated before the newest is kept as history, and says the level now is unchanged.
  await form.getByLabel(/^5 — /).check();
  await form.getByLabel('Date of this rating (Leadership and management)').fill('2020-01-01');
  await form.getByRole('button', { name: 'Save rating for Leadership and management' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'Leadership and management rated 5 on 1 Jan 2020, kept as an earlier rating: your level now is still the one rated on 22 Nov 2026.',
  );
  await expect(gaps.getByRole('row', { name: /^Leadership and management 3/ })).toBeVisible();
});

test('a goal needs a measurable target; progress and overdue milestones are shown', async ({
  page,
}) => {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Goals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const form = page.getByRole('form', { name: 'Add a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('Finish PMP prep');
  await form.getByLabel('Kind').selectOption({ label: 'Education' });
  await form.getByLabel('Start date').fill('2026-09-01');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await form.getByLabel('Milestone 1', { exact: true }).fill('Book the course');
  await form.getByLabel('Milestone 1 due').fill('2026-10-15');
  await form.getByRole('button', { name: 'Save goal' }).click();
  const summary = form.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(summary).toBeFocused();
  await summary
    .getByRole('button', { name: /^Target number: Give the goal a measurable target/ })
    .click();
  await expect(form.getByLabel('Target number')).toBeFocused();
  await expect(form.getByText(/^Give the goal a measurable target/)).toBeVisible();

  await form.getByLabel('Target number').fill('35');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('region', { name: 'Finish PMP prep' });
  await expect(card).toContainText('0 of 35 hours (0%)');
  // The card names what the goal is measured by.
  await expect(card).toContainText('Contact hours (General project management)');
  await expect(
    card.getByRole('list', { name: 'Overdue milestones of Finish PMP prep' }),
  ).toContainText('Overdue: Book the course, due 15 Oct 2026 (38 days ago).');
  await expectAccessible(page);

  await card.getByRole('button', { name: 'Delete Finish PMP prep' }).click();
  await expect(card).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Finish PMP prep' })).toBeVisible();
});

test('a rung can be edited: own requirement, removal with Undo, reset to default', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/ladder/pmo-director');
  const table = page.getByRole('table', { name: 'Requirements for PMO Director' });
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').count();

  await page
    .getByRole('textbox', { name: 'Your own requirement' })
    .fill('Run a PMO maturity assessment');
  await page.getByLabel('Essential (counts towards readiness)').check();
  await page.getByRole('button', { name: 'Add requirement' }).click();
  const own = table.getByRole('row', { name: /^Run a PMO maturity assessment/ });
  await expect(own).toContainText('Not met');
  const done = page.getByLabel('Done: Run a PMO maturity assessment');
  await done.click();
  await expect(done).toBeChecked();
  await expect(own.getByRole('cell').nth(1)).toHaveText('Met');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Remove Run a PMO maturity assessment' }).click();
  await expect(own).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(own).toBeVisible();

  await page.getByRole('button', { name: 'Reset this rung to the default' }).click();
  await expect(table.getByRole('row')).toHaveCount(rows);
});

test('a default requirement’s numbers can be changed; readiness and the text follow', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/ladder/pmo-director');
  const table = page.getByRole('table', { name: 'Requirements for PMO Director' });
  const header = page.getByText(/^Readiness: \d+% of the way there · \d+ of \d+ essential/);
  await expect(table.getByRole('row', { name: /^2 conferences a year/ })).toBeVisible();
  const essential = async () =>
    Number(/of (\d+) essential/.exec((await header.textContent()) ?? '')?.[1]);
  const before = await essential();

  await page.getByRole('button', { name: 'Edit 2 conferences a year' }).click();
  const form = page.getByRole('form', { name: 'Edit 2 conferences a year' });
  const count = form.getByLabel('Conferences a year');
  await expect(count).toBeFocused();
  await count.fill('0');
  await form.getByRole('button', { name: 'Save requirement' }).click();
  await expect(form.getByText('Enter 1 or more.')).toBeVisible();
  await expectAccessible(page);

  await count.fill('3');
  await form.getByLabel('Essential (counts towards readiness)').uncheck();
  await count.press('Enter');
  const row = table.getByRole('row', { name: /^3 conferences a year/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Recommended');
  await expect(row.getByRole('cell').nth(3)).toHaveText('3');
  await expect(row).toContainText('You changed this number.');
  await expect(page.getByRole('button', { name: 'Edit 3 conferences a year' })).toBeFocused();
  expect(await essential()).toBe(before - 1);

  // Escape over a half-typed change asks first, as every form does; discarding leaves it unsaved.
  await page.getByRole('button', { name: 'Edit 3 conferences a year' }).press('Enter');
  await page.getByRole('spinbutton', { name: 'Conferences a year' }).fill('9');
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('form', { name: /^Edit/ })).toBeHidden();

  await page.reload();
  await expect(table.getByRole('row', { name: /^3 conferences a year/ })).toBeVisible();
});

test('a rung of your own is added, moved and removed with Undo; reset brings the default back', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/ladder');
  const rungs = page.getByRole('list', { name: 'Your ladder, top rung first' });
  const names = rungs.getByRole('heading', { level: 2 }).getByRole('link');
  await expect(names).toHaveCount(5);
  // Top rung first, as on the Dashboard, so higher is up the screen.
  const defaults = await names.allTextContents();
  expect(defaults).toEqual([
    'PMO Director',
    'PMO Manager',
    'Project / Program Manager',
    'PMO Analyst',
    'Project support',
  ]);

  const form = page.getByRole('form', { name: 'Add a rung of your own' });
  await form.getByLabel('Name of the new rung').fill('Senior PMO Analyst');
  await form.getByLabel('Place it').selectOption({ label: 'Above PMO Analyst' });
  await form.getByRole('button', { name: 'Add the rung' }).click();
  await expect(names.nth(3)).toHaveText('Senior PMO Analyst');
  await expect(names.nth(4)).toHaveText('PMO Analyst');
  await expect(rungs).toContainText('Rung 3 of 6, added by you');

  // Twice higher (up the list), the second time from the keyboard: focus stays on the moved
  // rung's button.
  const higher = page.getByRole('button', { name: 'Move higher Senior PMO Analyst' });
  await higher.click();
  await expect(names.nth(2)).toHaveText('Senior PMO Analyst');
  await expect(higher).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(names.nth(1)).toHaveText('Senior PMO Analyst');
  await expect(rungs).toContainText('Rung 5 of 6, added by you');
  await expect(higher).toBeFocused();
  // And back down one from the keyboard: Move lower keeps the focus too.
  const lower = page.getByRole('button', { name: 'Move lower Senior PMO Analyst' });
  await page.keyboard.press('Tab');
  await expect(lower).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(names.nth(2)).toHaveText('Senior PMO Analyst');
  await expect(lower).toBeFocused();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Remove Senior PMO Analyst' }).click();
  await expect(names).toHaveCount(5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names.nth(2)).toHaveText('Senior PMO Analyst');

  await page.reload();
  await expect(names).toHaveCount(6);
  await expect(names.nth(2)).toHaveText('Senior PMO Analyst');

  await page.getByRole('button', { name: 'Reset the whole ladder to the default' }).click();
  await page
    .getByRole('alertdialog', { name: 'Reset the whole ladder?' })
    .getByRole('button', { name: 'Reset the ladder' })
    .click();
  await expect(names).toHaveCount(5);
  expect(await names.allTextContents()).toEqual(defaults);
});

test('a rung of your own with a measured requirement becomes the target; removed, the dashboard asks for a new one', async ({
  page,
}) => {
  await onboard(page);
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name }).click();
  await page.goto('/#/ladder');
  const addRung = page.getByRole('form', { name: 'Add a rung of your own' });
  await addRung.getByLabel('Name of the new rung').fill('Senior PMO Analyst');
  await addRung.getByLabel('Place it').selectOption({ label: 'Above PMO Analyst' });
  await addRung.getByRole('button', { name: 'Add the rung' }).click();
  await page.getByRole('link', { name: 'Add requirements to Senior PMO Analyst' }).click();

  const add = page.getByRole('form', { name: 'Add a requirement' });
  await add.getByLabel('Kind of requirement').selectOption({ label: 'Months of experience' });
  await add.getByLabel('Leading projects').check();
  await add.getByLabel('Months of experience').fill('24');
  await add.getByLabel('Essential (counts towards readiness)').check();
  await add.getByRole('button', { name: 'Add requirement' }).click();
  const row = page
    .getByRole('table', { name: 'Requirements for Senior PMO Analyst' })
    .getByRole('row', { name: /^2 years of leading projects/ });
  await expect(row).toContainText('Added by you');
  await expectAccessible(page);

  await nav('Settings');
  await page.getByLabel('Target rung').selectOption({ label: '3. Senior PMO Analyst' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await nav('Dashboard');
  const climb = page.getByRole('region', { name: 'Your climb' });
  await expect(climb).toContainText('PMO Analyst → Senior PMO Analyst');
  await expect(climb.getByRole('listitem').filter({ hasText: 'Your target' })).toContainText(
    'Senior PMO Analyst',
  );
  await expect(
    page.getByRole('region', { name: 'Readiness for Senior PMO Analyst' }),
  ).toContainText('0% of the way there · 0 of 1 essential requirements fully met');
  await expectAccessible(page);

  await nav('Ladder');
  await page.getByRole('button', { name: 'Remove Senior PMO Analyst' }).click();
  await page
    .getByRole('alertdialog', { name: 'Remove Senior PMO Analyst?' })
    .getByRole('button', { name: 'Remove the rung' })
    .click();
  await expect(page.getByRole('link', { name: 'Senior PMO Analyst' })).toBeHidden();
  await nav('Dashboard');
  await expect(climb).toContainText('Your target rung was removed from your ladder.');
  const readiness = page.getByRole('region', { name: 'Readiness for your target rung' });
  await expect(readiness).toContainText('Your target rung was removed from your ladder.');
  await expectAccessible(page);
  await readiness.getByRole('link', { name: 'Choose a new target rung in your profile' }).click();
  await expect(
    page.getByText('Your target rung was removed from your ladder. Choose a new target rung.'),
  ).toBeVisible();
});

test('the Education page lists the learning journal’s courses and warns when one is typed again', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/learning/courses');
  await page.getByRole('button', { name: 'Add a course' }).click();
  const course = page.getByRole('form', { name: 'Add a course' });
  await course.getByLabel('Course title').fill('PMO set-up and operations');
  await course.getByLabel('Status').selectOption({ label: 'Completed' });
  await course.getByLabel('Start date').fill('2026-09-01');
  await course.getByLabel('End date').fill('2026-09-03');
  await course.getByLabel('Contact hours').fill('16');
  await course.getByRole('button', { name: 'Save course' }).click();
  await expect(course).toBeHidden();

  await page.goto('/#/ladder/education');
  const journal = page.getByRole('table', { name: 'Completed courses from your learning journal' });
  await expect(journal.getByRole('row', { name: /PMO set-up and operations 16/ })).toBeVisible();
  await expect(page.getByText('16 hours in all')).toBeVisible();

  // Typed again on this page, it would count twice: the form says so.
  await page.getByRole('button', { name: 'Add a course' }).click();
  await page.getByLabel('Course 1 title').fill('PMO Set-up and Operations');
  await expect(page.getByRole('note')).toContainText(
    '“PMO Set-up and Operations” is also a completed course in your learning journal, so its hours count twice.',
  );
  await expectAccessible(page);
  await page.getByLabel('Course 1 title').fill('Risk basics');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a rung of your own: a name taken is refused, it goes above your rung, shows no percentage, and removing it keeps your place', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/ladder');
  const rungs = page.getByRole('list', { name: 'Your ladder, top rung first' });
  const names = rungs.getByRole('heading', { level: 2 }).getByRole('link');
  const form = page.getByRole('form', { name: 'Add a rung of your own' });
  const name = form.getByLabel('Name of the new rung');

  // A name the ladder has, in another case: refused at the field, nothing added.
  await name.fill('pmo analyst');
  await name.press('Enter');
  await expect(
    form.getByText('You already have a rung called PMO Analyst. Give this one another name.'),
  ).toBeVisible();
  await expect(name).toBeFocused();
  await expect(names).toHaveCount(5);

  // "Place it" starts just above the rung you are on, and says so; Enter puts it there.
  const place = form.getByLabel('Place it');
  await expect(place.locator('option:checked')).toHaveText('Above PMO Analyst');
  await expect(place).toHaveAccessibleDescription(
    'It goes just above the rung you are on, PMO Analyst, unless you choose another place.',
  );
  await name.fill('Senior PMO Analyst');
  await name.press('Enter');
  await expect(names).toHaveCount(6);
  expect(await names.allTextContents()).toEqual([
    'PMO Director',
    'PMO Manager',
    'Project / Program Manager',
    'Senior PMO Analyst',
    'PMO Analyst',
    'Project support',
  ]);

  // No requirements: no percentage, no bar, words that say what to do.
  const card = rungs
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Senior PMO Analyst' }) });
  await expect(card).toContainText('No requirements yet: add some to measure how ready you are.');
  await expect(card).not.toContainText('%');
  await expect(card.getByRole('img')).toHaveCount(0);
  await expectAccessible(page);

  await card.getByRole('link', { name: 'Senior PMO Analyst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Senior PMO Analyst' })).toBeVisible();
  await expect(
    page.getByText('No requirements yet: add some to measure how ready you are.'),
  ).toBeVisible();
  await expect(page.getByText(/^Readiness:/)).toHaveCount(0);
  await expect(
    page.getByText('Senior PMO Analyst has no requirements yet.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // Renamed to a name another rung has: refused at the field.
  const rename = page.getByRole('form', { name: 'Rename the rung' });
  await rename.getByLabel('Rung name').fill('PMO Manager');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(
    rename.getByText('You already have a rung called PMO Manager. Give this one another name.'),
  ).toBeVisible();
  await rename.getByLabel('Rung name').fill('Senior PMO Analyst');

  // Removed: focus goes to the name of the rung shown next, not the whole list; Undo brings
  // it back to the rung put back.
  await page.goto('/#/ladder');
  await page.getByRole('button', { name: 'Remove Senior PMO Analyst' }).click();
  await expect(names).toHaveCount(5);
  await expect(rungs.getByRole('link', { name: 'PMO Analyst', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names).toHaveCount(6);
  await expect(rungs.getByRole('link', { name: 'Senior PMO Analyst' })).toBeFocused();
});
