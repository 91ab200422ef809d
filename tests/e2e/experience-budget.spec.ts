import { expect, expectAccessible, onboard, test } from './fixtures';

test('a budget typed with thousands separators is saved; one that cannot be read says what to type', async ({
  page,
}) => {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await page.getByRole('link', { name: 'Experience', exact: true }).click();
  await page.getByRole('button', { name: 'Add a role' }).click();
  const form = page.getByRole('form', { name: 'Add a role' });
  await form.getByLabel('Job title').fill('Programme Manager');
  await form.getByLabel('Organisation').fill('Contoso');
  await form.getByLabel('Industry').fill('Energy');
  await form.getByLabel('Start month').fill('2022-03');
  await form.getByLabel('Ongoing (I am still in this role)').check();
  await form.getByLabel('Leading projects').check();
  await form.getByLabel('Budget currency').fill('EUR');

  await form.getByLabel('Budget (optional)').fill('1,000 000');
  await form.getByRole('button', { name: 'Save role' }).click();
  await expect(
    form.getByText('Enter the budget as a whole number, for example 250000.', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  await form.getByLabel('Budget (optional)').fill('1,000,000');
  await form.getByRole('button', { name: 'Save role' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Edit Programme Manager' }).click();
  await expect(
    page.getByRole('form', { name: 'Edit role' }).getByLabel('Budget (optional)'),
  ).toHaveValue('1000000');
});
