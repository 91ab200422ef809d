import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';

async function go(page: Page, area: 'Learning' | 'Network' | 'Credentials') {
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
  await expect(course.getByText('Links must start with https://')).toBeVisible();
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

  // Editing the conference asks what to do with its credit entries.
  await page.getByRole('button', { name: 'Edit PMO Summit' }).click();
  await page
    .getByRole('form', { name: 'Edit event' })
    .getByLabel('Notes and takeaways')
    .fill('Met two PMO leads.');
  await page.getByRole('button', { name: 'Save event' }).click();
  const ask = page.getByRole('dialog', { name: 'This entry has credit entries' });
  await expectAccessible(page);
  await ask.getByRole('button', { name: 'Update them to match' }).click();
  // The form closes once its save is done (the list can show the row a moment before).
  await expect(page.getByRole('form', { name: 'Edit event' })).toBeHidden();
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
  await expect(form.getByText('This is needed.')).toBeVisible();
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
    await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(
      `Create ${command}`,
    );
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

  await run('new contact', 'Create New contact');
  const contact = page.getByRole('form', { name: 'Add a contact' });
  await expect(contact.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Priya Shah');
  await contact.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status')).toContainText('Saved Priya Shah to your contacts.');
  await expect(page).toHaveURL(/#\/network\/contacts$/);
  await expect(page.getByRole('row', { name: /Priya Shah/ })).toBeVisible();

  await run('new interaction', 'Create New interaction');
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

  await run('new study plan', 'Create New study plan');
  await expect(page.getByRole('form', { name: 'New study plan' })).toBeVisible();
});

test('the courses list shows which courses have a certificate and downloads it from the keyboard', async ({
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
  await expect(page.getByRole('button', { name: /^Download certificate of Risk/ })).toHaveCount(0);
  const download = page.getByRole('button', {
    name: 'Download certificate of Portfolio governance',
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
