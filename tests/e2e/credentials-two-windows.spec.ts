import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test, TODAY } from './fixtures';

const pmp = 'PMP — Project Management Professional';

async function addPmp(page: Page, earned: string) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill(earned);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

/** The line under the credential's name: body, exam date, earned date. */
const datesLine = (page: Page, text: string) => page.getByText(text, { exact: true });

test('a credential changed or deleted in another window never loses what is typed here', async ({
  page,
  context,
}) => {
  await onboard(page);
  await addPmp(page, '2025-01-15');
  await page.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  const address = page.url();

  // A second window on the same credential, editing it: an exam date typed, not yet saved.
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await other.goto(address);
  await other.getByRole('button', { name: 'Edit stage and dates' }).click();
  const otherForm = other.getByRole('form', { name: 'Edit credential' });
  await otherForm.getByLabel('Exam date (optional)').fill('2024-12-02');

  // This window changes the earned date (same second, same timestamp: the clock is fixed).
  await page.bringToFront();
  await page.getByRole('button', { name: 'Edit stage and dates' }).click();
  const form = page.getByRole('form', { name: 'Edit credential' });
  await form.getByLabel(/Earned on/).fill('2025-01-20');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(datesLine(page, 'PMI · earned 20 Jan 2025')).toBeVisible();

  // The other window is told, keeps what was typed there, and its save replaces the change.
  await other.bringToFront();
  await expect(otherForm.getByRole('alert')).toContainText(
    'This credential was changed in another window after you opened this form. Saving will replace that change with what you see here',
  );
  await expect(otherForm.getByLabel('Exam date (optional)')).toHaveValue('2024-12-02');
  await expect(otherForm.getByLabel(/Earned on/)).toHaveValue('2025-01-15');
  await expectAccessible(other);
  await otherForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(otherForm).toBeHidden();
  await expect(datesLine(other, 'PMI · exam 2 Dec 2024 · earned 15 Jan 2025')).toBeVisible();
  await page.bringToFront();
  await expect(datesLine(page, 'PMI · exam 2 Dec 2024 · earned 15 Jan 2025')).toBeVisible();

  // Deleted here while the other window edits it: the form stays there with what was typed,
  // says so, and saving puts the credential back.
  await other.bringToFront();
  await other.getByRole('button', { name: 'Edit stage and dates' }).click();
  await otherForm.getByLabel(/Earned on/).fill('2025-02-03');
  await page.bringToFront();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await other.bringToFront();
  await expect(other.getByRole('heading', { level: 1, name: 'Credential deleted' })).toBeVisible();
  await expect(otherForm.getByRole('alert')).toContainText(
    'This credential was deleted in another window after you opened this form. Saving will put it back',
  );
  await expect(otherForm.getByLabel('Exam date (optional)')).toHaveValue('2024-12-02');
  await expect(otherForm.getByLabel(/Earned on/)).toHaveValue('2025-02-03');
  await expectAccessible(other);
  await otherForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  await expect(otherForm).toBeHidden();
  await expect(datesLine(other, 'PMI · exam 2 Dec 2024 · earned 3 Feb 2025')).toBeVisible();
  await page.bringToFront();
  await expect(page.getByRole('article', { name: pmp })).toBeVisible();

  // Deleted here while the other window only shows it: it says so, with the way back.
  await page.getByRole('link', { name: pmp }).click();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await other.bringToFront();
  await expect(other.getByRole('heading', { level: 1, name: 'Credential deleted' })).toBeVisible();
  await expect(other.getByText(`${pmp} was deleted in another window.`)).toBeVisible();
  await expectAccessible(other);
  await other.getByRole('link', { name: 'Back to your credentials' }).click();
  await expect(other.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await other.close();
});
