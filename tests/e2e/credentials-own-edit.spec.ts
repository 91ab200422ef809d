import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

async function openCredentials(page: Page) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
}

test('a credential of your own, edited: the list and the held credential show the change', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);

  // Defined, then held since June.
  await page.getByRole('button', { name: 'Define your own credential' }).click();
  const define = page.getByRole('form', { name: 'Define your own credential' });
  await define.getByLabel('Awarding body').fill('APM');
  await define.getByLabel('Short name').fill('ChPP');
  await define.getByLabel('Full name').fill('Chartered Project Professional');
  await define.getByLabel('Cycle length in months').fill('12');
  await define.getByLabel('Credits needed per cycle').fill('35');
  await define.getByRole('button', { name: 'Save credential definition' }).click();
  await expect(define).toBeHidden();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const hold = page.getByRole('form', { name: 'Add a credential' });
  await hold
    .getByLabel('Credential')
    .selectOption({ label: 'ChPP — Chartered Project Professional (APM)' });
  await hold.getByLabel('Stage').selectOption({ label: 'Earned' });
  await hold.getByLabel(/Earned on/).fill('2026-06-01');
  await hold.getByRole('button', { name: 'Add credential' }).click();
  await expect(hold).toBeHidden();
  await expect(
    page.getByRole('article', { name: 'ChPP — Chartered Project Professional' }),
  ).toContainText('0 CPDs counted of 35');

  // Edit, from the keyboard: the form opens filled in, with the focus in it.
  const list = page.getByRole('region', { name: 'Your own credential definitions' });
  const editButton = list.getByRole('button', { name: 'Edit definition of ChPP' });
  await editButton.focus();
  await page.keyboard.press('Enter');
  const edit = list.getByRole('form', { name: 'Edit the definition of ChPP' });
  await expect(edit.getByLabel('Awarding body')).toBeFocused();
  await expect(edit.getByLabel('Full name')).toHaveValue('Chartered Project Professional');
  await expect(edit.getByLabel('Credits needed per cycle')).toHaveValue('35');

  // A bad total is explained at the field; nothing is saved and nothing typed is lost.
  await edit.getByLabel('Full name').fill('Chartered Project Professional (2027 scheme)');
  await edit.getByLabel('Credits needed per cycle').fill('forty');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Enter a number, for example 1.5.')).toBeVisible();
  await expect(edit.getByLabel('Credits needed per cycle')).toBeFocused();
  await expect(edit.getByLabel('Full name')).toHaveValue(
    'Chartered Project Professional (2027 scheme)',
  );
  await expect(list).toContainText('ChPP — Chartered Project Professional (APM): 35 CPD');

  // A new total changes the rule the held credential is judged by: said before saving.
  await edit.getByLabel('Credits needed per cycle').fill('40');
  await expect(
    edit.getByText(
      '1 held credential uses this definition; its cycles and what it needs will be worked out with the new rule.',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await edit.getByRole('button', { name: 'Save changes' }).click();

  await expect(edit).toBeHidden();
  await expect(editButton).toBeFocused();
  await expect(list).toContainText(
    'ChPP — Chartered Project Professional (2027 scheme) (APM): 40 CPD every 12 months.',
  );
  await expect(list.getByRole('status')).toHaveText('Changes to ChPP saved.');
  const card = page.getByRole('article', {
    name: 'ChPP — Chartered Project Professional (2027 scheme)',
  });
  await expect(card).toContainText('0 CPDs counted of 40');
  await expectAccessible(page);

  // Kept: after a reload the held credential is still judged by the edited definition.
  await page.reload();
  await expect(card).toContainText('0 CPDs counted of 40');
  await expect(
    page.getByRole('article', { name: 'ChPP — Chartered Project Professional', exact: true }),
  ).toHaveCount(0);

  // A saved edit can be undone from the list: the definition and the card are as before it.
  await editButton.click();
  await edit.getByLabel('Credits needed per cycle').fill('45');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(card).toContainText('0 CPDs counted of 45');
  await list.getByRole('button', { name: 'Undo the changes to ChPP' }).click();
  await expect(list.getByRole('status')).toHaveText('Changes to ChPP undone.');
  await expect(list).toContainText('40 CPD every 12 months.');
  await expect(card).toContainText('0 CPDs counted of 40');
  await expectAccessible(page);
});
