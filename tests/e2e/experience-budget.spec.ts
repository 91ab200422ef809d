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

test('another role’s Edit while “Add a role” holds typing asks first; Keep editing keeps the typing', async ({
  page,
}) => {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await page.getByRole('link', { name: 'Experience', exact: true }).click();
  await page.getByRole('button', { name: 'Add a role' }).click();
  const adding = page.getByRole('form', { name: 'Add a role' });
  await adding.getByLabel('Job title').fill('PM');
  await adding.getByLabel('Organisation').fill('Contoso');
  await adding.getByLabel('Industry').fill('Energy');
  await adding.getByLabel('Start month').fill('2022-03');
  await adding.getByLabel('Ongoing (I am still in this role)').check();
  await adding.getByLabel('Leading projects').check();
  await adding.getByRole('button', { name: 'Save role' }).click();
  await expect(adding).toBeHidden();

  // The reviewer's steps: "Add a role", type an organisation, then "Edit PM" in the table.
  await page.getByRole('button', { name: 'Add a role' }).click();
  const organisation = adding.getByLabel('Organisation');
  await organisation.click();
  await page.keyboard.type('Fabrikam');
  await page.getByRole('button', { name: 'Edit PM' }).click();

  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText(
    'You have changes in this form that are not saved. If you close it now, they are lost.',
  );
  await expect(question.getByRole('button')).toHaveText(['Keep editing', 'Discard changes']);
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(question).toBeHidden();
  await expect(organisation).toHaveValue('Fabrikam');
  await expect(organisation).toBeFocused();
  await expect(page.getByRole('form', { name: 'Edit role' })).toBeHidden();

  // Asked again, "Discard changes" (from the keyboard) opens PM's own form.
  await page.getByRole('button', { name: 'Edit PM' }).click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Discard changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Edit role' }).getByLabel('Job title')).toHaveValue(
    'PM',
  );
  await expect(adding).toBeHidden();
});
