/**
 * A PMP exam booked under an approved PMI application (domain-facts §2, B: one year, up to
 * three attempts): the form asks for the approval date and the attempts, the card and the
 * credential's page say until when the exam can be sat, and a booking after that day is a
 * warning that says what to do. Today is 22 Nov 2026 (fixtures).
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';

async function openCredentials(page: Page) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
}

test('an approved application: eligible until, attempts, and an exam booked too late', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Exam booked' });
  await form.getByLabel('Exam date (optional)').fill('2027-03-10');
  await form.getByLabel('Application approved on (optional)').fill('2026-03-03');
  await form.getByLabel('Exam attempts used (optional)').selectOption('1');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();

  const card = page.getByRole('article', { name: pmp });
  await expect(card).toContainText(
    'Application approved 3 Mar 2026: eligible until 2 Mar 2027 (100 days left); 1 of 3 attempts used.',
  );
  await expect(card.getByRole('note', { name: 'Exam application' })).toHaveText(
    'Your exam on 10 Mar 2027 is after your eligibility ends on 2 Mar 2027. Move the exam to 2 Mar 2027 or earlier, or ask PMI about re-applying.',
  );
  await expectAccessible(page);

  // On the credential's page too; moving the exam into the year takes the warning away.
  await card.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Exam application' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit stage and dates' }).click();
  const edit = page.getByRole('form', { name: 'Edit credential' });
  await expect(edit.getByLabel('Application approved on (optional)')).toHaveValue('2026-03-03');
  await expect(edit.getByLabel('Exam attempts used (optional)')).toHaveValue('1');
  await edit.getByLabel('Exam date (optional)').fill('2027-02-26');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Application approved 3 Mar 2026:')).toHaveText(
    'Application approved 3 Mar 2026: eligible until 2 Mar 2027 (100 days left); 1 of 3 attempts used.',
  );
  await expect(page.getByRole('note', { name: 'Exam application' })).toHaveCount(0);
  await expectAccessible(page);

  // The application's last day is among the dashboard's next deadlines, after the exam.
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  const next = page.getByRole('region', { name: 'Next deadlines' });
  await expect(next).toContainText('PMP: eligibility to sit the exam ends');
  await expect(next).toContainText('2 Mar 2027');
});
