import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';

async function go(
  page: Page,
  area: 'Learning' | 'Network' | 'Credentials' | 'Study' | 'Dashboard',
) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
}

async function earnPmp(page: Page) {
  await go(page, 'Credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill('2025-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

async function conferenceRow(page: Page) {
  await page.goto('/#/ladder/pmo-director');
  return page.getByRole('row', { name: /conferences a year/ });
}

test('a completed course and a two-session conference become confirmed credits and move the ladder', async ({
  page,
}) => {
  await onboard(page);
  await earnPmp(page);
  const card = page.getByRole('article', { name: pmp });
  await expect(card).toContainText('0 PDUs counted of 60');
  await expect(card).toContainText('8 PDUs more in Power Skills.');
  await expect((await conferenceRow(page)).getByRole('cell').nth(2)).toHaveText('0');
  // Only Learning → Events counts for it (review A9), and the requirement says so.
  await expect(await conferenceRow(page)).toContainText(
    'Record conferences under Learning → Events; one logged only in the credit log does not count here.',
  );
  await expectAccessible(page);

  // A course, first with an http link (refused), then completed.
  await go(page, 'Learning');
  await expect(page.getByRole('heading', { level: 1, name: 'Learning' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add a course' }).click();
  const course = page.getByRole('form', { name: 'Add a course' });
  await course.getByLabel('Course title').fill('Portfolio governance');
  await course.getByLabel('Provider').fill('Acme Training');
  await course.getByLabel('Status').selectOption({ label: 'Completed' });
  await course.getByLabel('Start date').fill('2026-09-01');
  await course.getByLabel('End date').fill('2026-09-03');
  await course.getByLabel('Contact hours').fill('21');
  await course.getByLabel('Link (optional)').fill('http://example.com/course');
  await course.getByRole('button', { name: 'Save course' }).click();
  // The summary at the top names the field and goes to it; the field keeps its own message.
  const refused = course.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(refused).toBeFocused();
  await refused
    .getByRole('button', {
      name: 'Link (optional): Links must start with https:// so they open safely.',
    })
    .click();
  await expect(course.getByLabel('Link (optional)')).toBeFocused();
  await expect(
    course.getByText('Links must start with https:// so they open safely.', { exact: true }),
  ).toBeVisible();
  await course.getByLabel('Link (optional)').fill('https://example.com/course');
  await course.getByLabel('What I learned').fill('Stage gates need owners.');
  await course.getByRole('button', { name: 'Save course' }).click();

  const confirm = page.getByRole('region', { name: 'Credit entries to confirm' });
  await expect(confirm).toContainText('earns credit for PMP');
  await expect(confirm).toContainText('Course or training · 21 h');
  await expect(confirm.getByLabel('Ways of Working')).toHaveValue('21');
  await confirm.getByRole('button', { name: 'Confirm credit entries' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Portfolio governance/ })).toContainText(
    '1 in the credit log',
  );
  await page.screenshot({ path: 'test-results/artifacts/learning-light.png', fullPage: true });

  // A two-session conference.
  await page.getByRole('link', { name: 'Events' }).click();
  await page.getByRole('button', { name: 'Add an event' }).click();
  const ev = page.getByRole('form', { name: 'Add an event' });
  await ev.getByLabel('Event name').fill('PMO Summit');
  await ev.getByLabel('First day').fill('2026-10-05');
  await ev.getByLabel('Last day').fill('2026-10-06');
  await ev.getByRole('button', { name: 'Add a session' }).click();
  await ev.getByLabel('Session 1 title').fill('Leading without authority');
  await ev.getByLabel('Session 1 hours').fill('1.5');
  await ev.getByLabel('Session 1 area').selectOption({ label: 'Power Skills' });
  await ev.getByRole('button', { name: 'Add a session' }).click();
  await ev.getByLabel('Session 2 title').fill('Value cases');
  await ev.getByLabel('Session 2 hours').fill('1');
  await ev.getByLabel('Session 2 area').selectOption({ label: 'Business Acumen' });
  await ev.getByRole('button', { name: 'Save event' }).click();
  await expect(confirm.getByRole('listitem')).toHaveCount(2);
  await confirm.getByRole('button', { name: 'Confirm credit entries' }).click();
  await expect(page.getByRole('row', { name: /PMO Summit/ })).toContainText('2 in the credit log');
  await expectAccessible(page);

  // Editing only the conference's notes changes nothing its credit entries come from: it
  // saves without asking about them (review A15).
  await page.getByRole('button', { name: 'Edit PMO Summit' }).click();
  const editEvent = page.getByRole('form', { name: 'Edit event' });
  await editEvent.getByLabel('Notes and takeaways').fill('Met two PMO leads.');
  await editEvent.getByRole('button', { name: 'Save event' }).click();
  await expect(editEvent).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /PMO Summit/ })).toContainText('2 in the credit log');

  // The shortfall shrinks: 21 + 1.5 + 1 PDUs, 1.5 of them Power Skills.
  await go(page, 'Credentials');
  await expect(card).toContainText('23.5 PDUs counted of 60');
  await expect(card).toContainText('6.5 PDUs more in Power Skills.');
  // The ladder's conference requirement moves.
  await expect((await conferenceRow(page)).getByRole('cell').nth(2)).toHaveText('1');
});

test('the network: a mentor, a follow-up on the dashboard, a membership; deletes can be undone', async ({
  page,
}) => {
  await onboard(page);
  await go(page, 'Network');
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const form = page.getByRole('form', { name: 'Add a contact' });
  await form.getByLabel('Name').fill('Ana Lima');
  await form.getByLabel('Relationship').selectOption({ label: 'My mentor' });
  await form.getByRole('button', { name: 'Save contact' }).click();
  const summary = form.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(summary).toBeFocused();
  await summary.getByRole('button', { name: 'Mentoring since: This is needed.' }).click();
  await expect(form.getByLabel('Mentoring since')).toBeFocused();
  await expect(form.getByText('This is needed.', { exact: true })).toBeVisible();
  await form.getByLabel('Mentoring since').fill('2026-01-10');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('row', { name: /Ana Lima/ })).toContainText('My mentor since');
  await expect(page.getByRole('status')).toContainText(
    'Saved Ana Lima as your mentor since 10 Jan 2026.',
  );

  await page.getByRole('link', { name: 'Interactions and follow-ups' }).click();
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const talk = page.getByRole('form', { name: 'Log an interaction' });
  await talk.getByLabel('Kind').selectOption({ label: 'Call' });
  await talk.getByLabel('Next follow-up (optional)').fill('2026-12-02');
  await talk.getByRole('button', { name: 'Save interaction' }).click();
  await expect(page.getByRole('list', { name: 'Follow-ups' })).toContainText('Ana Lima');
  await expect(page.getByRole('status')).toHaveText(
    /^Saved your call with Ana Lima on 22 Nov 2026\. Next follow-up: 2 Dec 2026\./,
  );
  await expectAccessible(page);

  // Mentoring before any credential was earned: what was saved and why it earns nothing, in
  // one message.
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  await talk.getByLabel('Kind').selectOption({ label: 'Mentoring I received' });
  await talk.getByLabel('Date').fill('2026-11-20');
  await talk.getByLabel('Hours').fill('1.5');
  await talk.getByRole('button', { name: 'Save interaction' }).click();
  await expect(talk).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(
    /^Saved the mentoring you received from Ana Lima on 20 Nov 2026\. No credential was earned by then, so it earns no credit\./,
  );
  await expect(page.getByText('No credential was earned by then')).toHaveCount(1);

  await page.getByRole('link', { name: 'Memberships' }).click();
  await page.getByRole('button', { name: 'Add a membership' }).click();
  const m = page.getByRole('form', { name: 'Add a membership' });
  await m.getByLabel('Association or chapter').fill('PMI Netherlands Chapter');
  await m.getByLabel('Member since').fill('2025-03-01');
  await m.getByLabel('Renewal date').fill('2027-03-01');
  await m.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('row', { name: /PMI Netherlands Chapter/ })).toContainText('Current');
  await expect(page.getByRole('status')).toContainText(
    'Saved your membership of PMI Netherlands Chapter. Renewal date: 1 Mar 2027.',
  );
  await page.getByRole('button', { name: 'Delete PMI Netherlands Chapter' }).click();
  await expect(page.getByRole('row', { name: /PMI Netherlands Chapter/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /PMI Netherlands Chapter/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/network-light.png', fullPage: true });

  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  const upcoming = page.getByRole('region', { name: 'Events and follow-ups' });
  await expect(upcoming).toContainText('Follow up with Ana Lima');
});

/** Logs an interaction with the one contact there is, from the Interactions tab. */
async function logInteraction(
  page: Page,
  fields: { kind: string; date: string; hours?: string; followUp?: string; learned?: string },
) {
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByLabel('Kind').selectOption({ label: fields.kind });
  await form.getByLabel('Date').fill(fields.date);
  if (fields.hours) await form.getByLabel('Hours').fill(fields.hours);
  if (fields.followUp) await form.getByLabel('Next follow-up (optional)').fill(fields.followUp);
  if (fields.learned) await form.getByLabel('What I learned').fill(fields.learned);
  await form.getByRole('button', { name: 'Save interaction' }).click();
  await expect(form).toBeHidden();
}

test('a later interaction answers a follow-up and says so; deleting the contact asks first and Undo puts all back', async ({
  page,
}) => {
  await onboard(page);
  await earnPmp(page);
  await go(page, 'Network');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const form = page.getByRole('form', { name: 'Add a contact' });
  await form.getByLabel('Name').fill('Morgan Ellis');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();

  // A mentoring session with a reflection, a credit entry and a follow-up on 27 Nov.
  await page.getByRole('link', { name: 'Interactions and follow-ups' }).click();
  await logInteraction(page, {
    kind: 'Mentoring I received',
    date: '2026-11-10',
    hours: '1.5',
    followUp: '2026-11-27',
    learned: 'Ask for the decision first.',
  });
  const confirm = page.getByRole('region', { name: 'Credit entries to confirm' });
  await confirm.getByRole('button', { name: 'Confirm credit entries' }).click();
  await expect(confirm).toBeHidden();
  const followUps = page.getByRole('list', { name: 'Follow-ups' });
  await expect(followUps).toContainText('Morgan Ellis');
  // An earlier message answers nothing.
  await logInteraction(page, { kind: 'Message', date: '2026-11-05' });
  await expect(followUps).toContainText('Morgan Ellis');

  // A call today answers it: the notice says so, and the row shows it answered.
  await logInteraction(page, { kind: 'Call', date: '2026-11-22' });
  await expect(page.getByRole('status')).toContainText(
    'Saved your call with Morgan Ellis on 22 Nov 2026. This answers your follow-up with Morgan Ellis of 27 Nov 2026.',
  );
  await expect(page.getByText('No follow-ups planned.')).toBeVisible();
  const mentoring = page.getByRole('row', { name: /10 Nov 2026/ });
  await expect(mentoring).toContainText('27 Nov 2026 (answered)');
  await expect(mentoring).toContainText('1 in the credit log');
  await expectAccessible(page);

  // Deleting Morgan asks first, naming what goes.
  await page.getByRole('link', { name: 'Contacts and mentors' }).click();
  // The contacts' table, not the interactions' (whose rows name Morgan too) still on its way out.
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await contacts.getByRole('button', { name: 'Delete Morgan Ellis' }).click();
  const ask = page.getByRole('alertdialog', {
    name: 'Delete Morgan Ellis and their 3 interactions (1 with credit entries)?',
  });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('listitem')).toHaveText([
    'Call, 22 Nov 2026',
    'Mentoring I received, 10 Nov 2026 (1 credit entry in your credit log)',
    'Message, 5 Nov 2026',
  ]);
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('row', { name: /Morgan Ellis/ })).toBeVisible();

  await contacts.getByRole('button', { name: 'Delete Morgan Ellis' }).click();
  await ask.getByRole('button', { name: 'Delete Morgan Ellis and 3 interactions…' }).click();
  const credits = page.getByRole('dialog', { name: 'This entry has credit entries' });
  await credits.getByRole('button', { name: 'Delete them too' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Deleted Morgan Ellis, 3 interactions and 1 credit entry.',
  );
  await expect(page.getByRole('row', { name: /Morgan Ellis/ })).toHaveCount(0);

  // Undo puts everything back: the contact, the three interactions, the credit entry.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Morgan Ellis/ })).toBeVisible();
  await page.getByRole('link', { name: 'Interactions and follow-ups' }).click();
  const table = page.getByRole('table', { name: 'Your interactions, latest first' });
  await expect(table.getByRole('row', { name: /Morgan Ellis/ })).toHaveCount(3);
  await expect(mentoring).toContainText('27 Nov 2026 (answered)');
  await expect(mentoring).toContainText('1 in the credit log');
  // Each interaction's buttons name it by its kind and day, never by the contact alone.
  await table
    .getByRole('button', { name: 'Edit Mentoring I received with Morgan Ellis, 10 Nov 2026' })
    .click();
  await expect(page.getByLabel('What I learned')).toHaveValue('Ask for the decision first.');
});

test('a membership renewal is a deadline: reminded, on the dashboard and in the calendar file', async ({
  page,
}) => {
  await onboard(page);
  await go(page, 'Network');
  await page.getByRole('link', { name: 'Memberships' }).click();
  await page.getByRole('button', { name: 'Add a membership' }).click();
  const m = page.getByRole('form', { name: 'Add a membership' });
  await m.getByLabel('Association or chapter').fill('IIBA');
  await m.getByLabel('Member since').fill('2025-11-27');
  await m.getByLabel('Renewal date').fill('2026-11-27');
  await m.getByRole('button', { name: 'Save membership' }).click();
  await expect(m).toBeHidden();

  await go(page, 'Study');
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders.getByRole('listitem')).toHaveText([
    'IIBA membership renews — in 5 days (27 Nov 2026)',
  ]);
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const file = await download;
  const parsed = new ICAL.Component(ICAL.parse(await readFile((await file.path())!, 'utf8')));
  const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
    ['IIBA membership renews', '2026-11-27', true],
  ]);

  await go(page, 'Dashboard');
  const deadlines = page.getByRole('region', { name: 'Next deadlines' });
  await expect(deadlines.getByRole('listitem')).toHaveText([
    'IIBA membership renews — 27 Nov 2026, in 5 days',
  ]);
});

test('the command palette opens the new course and new event forms, ready to type', async ({
  page,
}) => {
  await onboard(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  for (const [command, form, first] of [
    ['New course', 'Add a course', 'Course title'],
    ['New event', 'Add an event', 'Event name'],
  ] as const) {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(command.toLowerCase());
    await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(command);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: form }).getByLabel(first)).toBeFocused();
    await expectAccessible(page);
  }
  await page.keyboard.type('Agile Summit');
  await expect(page.getByLabel('Event name')).toHaveValue('Agile Summit');
  // Cancel goes back to the list, so the same command opens the form again.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/#\/learning\/events$/);
  await expect(page.getByRole('button', { name: 'Add an event' })).toBeVisible();
});

test('the command palette adds a contact, logs an interaction and opens a new study plan', async ({
  page,
}) => {
  await onboard(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  async function run(typed: string, option: string) {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(typed);
    await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(option);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  }

  await run('new contact', 'New contact');
  const contact = page.getByRole('form', { name: 'Add a contact' });
  await expect(contact.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Priya Shah');
  await contact.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status')).toContainText('Saved Priya Shah to your contacts.');
  await expect(page).toHaveURL(/#\/network\/contacts$/);
  await expect(page.getByRole('row', { name: /Priya Shah/ })).toBeVisible();

  await run('new interaction', 'New interaction');
  const talk = page.getByRole('form', { name: 'Log an interaction' });
  await expect(talk.getByLabel('Contact')).toBeFocused();
  await expectAccessible(page);
  await talk.getByLabel('Kind').selectOption({ label: 'Call' });
  await talk.getByLabel('Date').fill('2026-11-20');
  await talk.getByRole('button', { name: 'Save interaction' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Saved your call with Priya Shah on 20 Nov 2026.',
  );
  await expect(page).toHaveURL(/#\/network\/interactions$/);

  await run('new study plan', 'New study plan');
  await expect(page.getByRole('form', { name: 'New study plan' })).toBeVisible();
});

test('the courses list shows which courses have a certificate and saves a copy of it from the keyboard', async ({
  page,
}) => {
  await onboard(page);
  await go(page, 'Learning');
  const certificate = Buffer.from('%PDF-1.4 certificate of completion');
  for (const [title, withFile] of [
    ['Portfolio governance', true],
    ['Risk basics', false],
  ] as const) {
    await page.getByRole('button', { name: 'Add a course' }).click();
    const form = page.getByRole('form', { name: 'Add a course' });
    await form.getByLabel('Course title').fill(title);
    await form.getByLabel('Start date').fill('2026-09-01');
    await form.getByLabel('Contact hours').fill('7');
    if (withFile)
      await form.getByLabel('Certificate file (optional)').setInputFiles({
        name: 'governance.pdf',
        mimeType: 'application/pdf',
        buffer: certificate,
      });
    await form.getByRole('button', { name: 'Save course' }).click();
    await expect(form).toBeHidden();
  }

  const table = page.getByRole('table', { name: 'Your courses' });
  await expect(table.getByRole('columnheader', { name: 'Certificate' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Risk basics/ })).toContainText('None');
  await expect(
    page.getByRole('button', { name: /^Save a copy of the certificate of Risk/ }),
  ).toHaveCount(0);
  const download = page.getByRole('button', {
    name: 'Save a copy of the certificate of Portfolio governance',
  });
  await expect(download).toBeVisible();
  await expectAccessible(page);

  // Reached and pressed from the keyboard: the file comes back as it was, no form opens.
  await page.getByRole('button', { name: 'Edit Portfolio governance' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(download).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('governance.pdf');
  const path = await file.path();
  expect(await readFile(path)).toEqual(certificate);
  await expect(page.getByRole('form')).toHaveCount(0);
});

/** An area from the sidebar, the credit log included. */
async function open(page: Page, area: 'Learning' | 'Credit log') {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
}

/** The credit log row of a title: its cells (date, provider, type, hours, the three areas …). */
async function logCells(page: Page, title: RegExp) {
  await open(page, 'Credit log');
  return page.getByRole('row', { name: title }).getByRole('cell');
}

// Review A3, A4, A15, B14: editing a course whose credit entry carries the person's own split.
test('editing a course with credit entries: the split carries over, a delete can be undone, notes ask nothing', async ({
  page,
}) => {
  await onboard(page);
  await earnPmp(page);
  await open(page, 'Learning');
  await page.getByRole('button', { name: 'Add a course' }).click();
  const add = page.getByRole('form', { name: 'Add a course' });
  await add.getByLabel('Course title').fill('PMO set-up and operations');
  await add.getByLabel('Status').selectOption({ label: 'Completed' });
  await add.getByLabel('Start date').fill('2026-09-01');
  await add.getByLabel('End date').fill('2026-09-03');
  await add.getByLabel('Contact hours').fill('16');
  await add.getByRole('button', { name: 'Save course' }).click();
  const confirm = page.getByRole('region', { name: 'Credit entries to confirm' });
  await confirm.getByLabel('Ways of Working').fill('4');
  await confirm.getByLabel('Power Skills').fill('4');
  await confirm.getByLabel('Business Acumen').fill('8');
  await confirm.getByRole('button', { name: 'Confirm credit entries' }).click();
  const row = page.getByRole('row', { name: /PMO set-up and operations/ });
  await expect(row).toContainText('1 in the credit log');

  // Only the notes: saved at once, no question.
  await page.getByRole('button', { name: 'Edit PMO set-up and operations' }).click();
  const edit = page.getByRole('form', { name: 'Edit course' });
  await edit.getByLabel('Notes').fill('Good trainer, clear examples.');
  await edit.getByRole('button', { name: 'Save course' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // New hours: the question says how many credit entries and how the split carries over.
  await page.getByRole('button', { name: 'Edit PMO set-up and operations' }).click();
  await edit.getByLabel('Contact hours').fill('20');
  await edit.getByRole('button', { name: 'Save course' }).click();
  const ask = page.getByRole('dialog', { name: 'This entry has credit entries' });
  await expect(ask).toContainText('1 credit entry in your credit log comes from this course.');
  const update = ask.getByRole('button', { name: 'Update them to match' });
  await expect(update).toHaveAccessibleDescription(
    /The split 4\/4\/8 becomes 5\/5\/10, in proportion to the new hours\./,
  );
  // Each answer on one line: no label squeezed into a narrow column.
  const cancel = (await ask.getByRole('button', { name: 'Cancel' }).boundingBox())!;
  for (const name of ['Update them to match', 'Keep them as they are, unlinked', 'Delete them']) {
    const box = (await ask.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.height).toBeLessThan(cancel.height * 1.5);
  }
  await expectAccessible(page);
  await update.click();
  await expect(edit).toBeHidden();
  const cells = await logCells(page, /PMO set-up and operations/);
  await expect(cells.nth(3)).toHaveText('20');
  await expect(cells.nth(4)).toHaveText('5');
  await expect(cells.nth(5)).toHaveText('5');
  await expect(cells.nth(6)).toHaveText('10');

  // "Delete them": a notice says how many went, and Undo brings them back as they were.
  await open(page, 'Learning');
  await page.getByRole('button', { name: 'Edit PMO set-up and operations' }).click();
  await edit.getByLabel('Contact hours').fill('24');
  await edit.getByRole('button', { name: 'Save course' }).click();
  await ask.getByRole('button', { name: 'Delete them', exact: true }).click();
  await expect(
    page.getByText('Deleted 1 credit entry that came from “PMO set-up and operations”.'),
  ).toBeVisible();
  await expect(row).not.toContainText('in the credit log');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('1 in the credit log');
  await expect(row).toContainText('24');
  const back = await logCells(page, /PMO set-up and operations/);
  await expect(back.nth(3)).toHaveText('20');
  await expect(back.nth(5)).toHaveText('5');
  await expect(back.nth(6)).toHaveText('10');
});

// Review B17.
test('the credit entries to confirm stay on their entry’s tab', async ({ page }) => {
  await onboard(page);
  await earnPmp(page);
  await open(page, 'Learning');
  await page.getByRole('link', { name: 'Events' }).click();
  await page.getByRole('button', { name: 'Add an event' }).click();
  const ev = page.getByRole('form', { name: 'Add an event' });
  await ev.getByLabel('Event name').fill('PMO Summit');
  await ev.getByLabel('First day').fill('2026-10-05');
  await ev.getByRole('button', { name: 'Add a session' }).click();
  await ev.getByLabel('Session 1 title').fill('Value cases');
  await ev.getByLabel('Session 1 hours').fill('1');
  await ev.getByRole('button', { name: 'Save event' }).click();
  const confirm = page.getByRole('region', { name: 'Credit entries to confirm' });
  await expect(confirm).toContainText('“PMO Summit” earns credit');
  await page.getByRole('link', { name: 'Reading and listening' }).click();
  await expect(page.getByRole('button', { name: 'Add reading or listening' })).toBeVisible();
  await expect(confirm).toBeHidden();
  await page.getByRole('link', { name: 'Events' }).click();
  await expect(confirm).toContainText('“PMO Summit” earns credit');
  await expectAccessible(page);
});

// Learning review: a save notice names its entry and goes with it; the credit entries to
// confirm take the focus; empty lists say what to do; Escape in a form acts as Cancel.
test('Learning: named save notices, focus on the entries to confirm, empty lists, Escape', async ({
  page,
}) => {
  await onboard(page);
  await go(page, 'Learning');
  await expect(
    page.getByText('No courses yet. Add the courses you plan or have taken to count their hours.'),
  ).toBeVisible();

  // A planned course, saved with Enter: the notice names it.
  await page.getByRole('button', { name: 'Add a course' }).click();
  const course = page.getByRole('form', { name: 'Add a course' });
  await course.getByLabel('Course title').fill('Agile basics');
  await course.getByLabel('Course title').press('Enter');
  await expect(page.getByRole('status')).toContainText(
    '“Agile basics” saved. Credit entries are proposed once it is finished.',
  );
  await expect(page.getByRole('region', { name: 'Courses' })).not.toContainText(
    'Credit entries are proposed once it is finished.',
  );

  // Deleting it takes the notice away with it.
  await page
    .getByRole('row', { name: /Agile basics/ })
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('status')).toContainText('Deleted “Agile basics”.');
  await expect(page.getByText('“Agile basics” saved.')).toHaveCount(0);

  // A search that hides everything says so and offers to clear it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('kanban');
  await expect(
    page.getByText('No courses match “kanban”. Clear the search to see them all.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page.getByRole('row', { name: /Agile basics/ })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();

  // Escape: closes an untouched form; asks first when something was typed.
  await page.getByRole('button', { name: 'Add a course' }).click();
  await page.getByLabel('Course title').press('Escape');
  await expect(course).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add a course' })).toBeFocused();
  await page.getByRole('button', { name: 'Add a course' }).press('Enter');
  await course.getByLabel('Course title').fill('Half typed');
  await course.getByLabel('Course title').press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(course.getByLabel('Course title')).toHaveValue('Half typed');
  await expect(course.getByLabel('Course title')).toBeFocused();
  await course.getByLabel('Course title').press('Escape');
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(course).toBeHidden();

  // With PMP held, a completed course saved with Enter: focus goes to the panel above.
  await earnPmp(page);
  await go(page, 'Learning');
  await page.getByRole('button', { name: 'Add a course' }).click();
  await course.getByLabel('Course title').fill('Leading PMOs');
  await course.getByLabel('Status').selectOption({ label: 'Completed' });
  await course.getByLabel('Start date').fill('2026-09-01');
  await course.getByLabel('End date').fill('2026-09-03');
  await course.getByLabel('Contact hours').fill('16');
  await course.getByLabel('Contact hours').press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Credit entries to confirm' }),
  ).toBeFocused();
  await expect(page.getByRole('status')).toContainText('“Leading PMOs” saved.');
  await expectAccessible(page);
});
