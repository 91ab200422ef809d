// The Network screen after review: a keyboard user keeps their place when a contact is deleted
// and undone; a membership that starts later says so, as the ladder does not count it yet;
// dates out of order are refused at their field. Today is 22 Nov 2026 (fixtures).
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

async function goNetwork(page: Page) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Network' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
}

async function addContact(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const form = page.getByRole('form', { name: 'Add a contact' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();
}

test('deleting a contact from the keyboard moves on to the next one; Undo brings the focus back', async ({
  page,
}) => {
  await onboard(page);
  await goNetwork(page);
  for (const name of ['Ana', 'Ben', 'Cy']) await addContact(page, name);
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await contacts.getByRole('button', { name: 'Delete Ben' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Deleted Ben.');
  await expect(contacts.getByRole('button', { name: 'Delete Cy' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(contacts.getByRole('button', { name: 'Delete Ben' })).toBeFocused();

  // The last one hands the focus to the one before.
  await contacts.getByRole('button', { name: 'Delete Cy' }).focus();
  await page.keyboard.press('Enter');
  await expect(contacts.getByRole('button', { name: 'Delete Ben' })).toBeFocused();
});

test('a membership starting next year says "Starts …", and the ladder does not count it yet', async ({
  page,
}) => {
  await onboard(page);
  await goNetwork(page);
  await page.getByRole('link', { name: 'Memberships' }).click();
  await page.getByRole('button', { name: 'Add a membership' }).click();
  const form = page.getByRole('form', { name: 'Add a membership' });
  await form.getByLabel('Association or chapter').fill('IPMA');
  await form.getByLabel('Member since').fill('2027-01-15');
  await form.getByRole('button', { name: 'Save membership' }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole('row', { name: /^IPMA/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('Starts 15 Jan 2027');
  await expectAccessible(page);

  await page.goto('/#/ladder/pmo-analyst');
  const rung = page.getByRole('table', { name: 'Requirements for PMO Analyst' });
  const memberships = rung.getByRole('row', { name: /^1 professional association membership/ });
  await expect(memberships.getByRole('cell').nth(1)).toHaveText('Not met');

  // A renewal date before the start is refused in words naming both days.
  await page.goto('/#/network/memberships');
  await page.getByRole('button', { name: 'Edit IPMA' }).click();
  const edit = page.getByRole('form', { name: 'Edit membership' });
  await edit.getByLabel('Renewal date').fill('2027-01-01');
  await edit.getByRole('button', { name: 'Save membership' }).click();
  await expect(
    edit.getByRole('button', {
      name: 'Renewal date: The renewal date cannot be before the day you became a member.',
    }),
  ).toBeVisible();
});

test('a follow-up before its interaction and mentoring that has not begun are refused at their fields', async ({
  page,
}) => {
  await onboard(page);
  await goNetwork(page);
  await addContact(page, 'Morgan Ellis');

  await page.getByRole('link', { name: 'Interactions and follow-ups' }).click();
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const talk = page.getByRole('form', { name: 'Log an interaction' });
  // A meeting has no mentoring area to ask about; mentoring does.
  await expect(talk.getByLabel('Area of the mentoring')).toHaveCount(0);
  await talk.getByLabel('Kind').selectOption({ label: 'Mentoring I received' });
  await expect(talk.getByLabel('Area of the mentoring')).toBeVisible();
  await talk.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await talk.getByLabel('Date').fill('2026-11-10');
  await talk.getByLabel('Next follow-up (optional)').fill('2026-11-01');
  await talk.getByRole('button', { name: 'Save interaction' }).click();
  const words = 'The follow-up cannot be before the interaction (10 Nov 2026).';
  await expect(
    talk.getByRole('button', { name: `Next follow-up (optional): ${words}` }),
  ).toBeVisible();
  await expect(talk.getByText(words, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await talk.getByLabel('Next follow-up (optional)').fill('2026-11-24');
  await talk.getByRole('button', { name: 'Save interaction' }).click();
  await expect(talk).toBeHidden();
  await expect(page.getByRole('list', { name: 'Follow-ups' })).not.toContainText('overdue');

  await page.getByRole('link', { name: 'Contacts and mentors' }).click();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const form = page.getByRole('form', { name: 'Add a contact' });
  await form.getByLabel('Name').fill('Lee Park');
  await form.getByLabel('Relationship').selectOption({ label: 'My mentor' });
  await form.getByLabel('Mentoring since').fill('2027-05-01');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(
    form.getByRole('button', {
      name: 'Mentoring since: This date is in the future. Use the day it really happened.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Lee Park/ })).toHaveCount(0);
});
