import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

async function openArea(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}
const openCredentials = (page: Page) => openArea(page, 'Credentials');

/** The app's Undo bar (the one for every undo), found by what it says. */
const undoBar = (page: Page, message: string) =>
  page.getByRole('status').filter({ has: page.getByText(message, { exact: true }) });

/** Presses Tab until the target has the focus: it is reached from the keyboard alone. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Defines ChPP (APM, 35 CPD every 12 months) from the Credentials screen. */
async function defineChpp(page: Page) {
  await page.getByRole('button', { name: 'Define your own credential' }).click();
  const define = page.getByRole('form', { name: 'Define your own credential' });
  await define.getByLabel('Awarding body').fill('APM');
  await define.getByLabel('Short name').fill('ChPP');
  await define.getByLabel('Full name').fill('Chartered Project Professional');
  await define.getByLabel('Cycle length in months').fill('12');
  await define.getByLabel('Credits needed per cycle').fill('35');
  await define.getByRole('button', { name: 'Save credential definition' }).click();
  await expect(define).toBeHidden();
}

test('a credential of your own, edited: the list and the held credential show the change', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);

  // Defined, then held since June.
  await defineChpp(page);
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

  // A bad total is explained in the list at the top, which takes focus, and at the field, where
  // the list's entry goes; nothing is saved and nothing typed is lost.
  await edit.getByLabel('Full name').fill('Chartered Project Professional (2027 scheme)');
  await edit.getByLabel('Credits needed per cycle').fill('forty');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  const problems = edit.getByRole('region', { name: /needs? your attention; nothing was saved:/ });
  await expect(problems).toBeFocused();
  await expect(
    problems.getByText('One thing needs your attention; nothing was saved:', { exact: true }),
  ).toBeVisible();
  const total = edit.getByLabel('Credits needed per cycle');
  await expect(total).toHaveAttribute('aria-invalid', 'true');
  await expect(total).toHaveAccessibleDescription('Enter a number, for example 1.5.');
  await expect(edit.getByText('Enter a number, for example 1.5.', { exact: true })).toBeVisible();
  await problems
    .getByRole('button', {
      name: 'Credits needed per cycle: Enter a number, for example 1.5.',
      exact: true,
    })
    .click();
  await expect(total).toBeFocused();
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
  await expect(undoBar(page, 'Changes to ChPP saved.')).toBeVisible();
  await expect(list.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
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

  // A saved edit is undone from the app's Undo bar, from the keyboard, after leaving the
  // Credentials screen: the definition and the card are as before it.
  await editButton.click();
  await edit.getByLabel('Credits needed per cycle').fill('45');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(card).toContainText('0 CPDs counted of 45');
  const bar = undoBar(page, 'Changes to ChPP saved.');
  await expect(bar).toBeVisible();
  await openArea(page, 'Goals');
  await expect(bar).toBeVisible();
  await expectAccessible(page);
  await tabTo(page, bar.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  await openCredentials(page);
  await expect(list).toContainText(
    'ChPP — Chartered Project Professional (2027 scheme) (APM): 40 CPD every 12 months.',
  );
  await expect(card).toContainText('0 CPDs counted of 40');
  await expectAccessible(page);
});

test('Undo of a saved definition edit is refused, and says so, once the definition was deleted', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  await defineChpp(page);
  const list = page.getByRole('region', { name: 'Your own credential definitions' });
  await list.getByRole('button', { name: 'Edit definition of ChPP' }).click();
  const edit = list.getByRole('form', { name: 'Edit the definition of ChPP' });
  await edit.getByLabel('Credits needed per cycle').fill('40');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(list).toContainText('ChPP — Chartered Project Professional (APM): 40 CPD');
  const bar = undoBar(page, 'Changes to ChPP saved.');
  await expect(bar).toBeVisible();
  await openArea(page, 'Goals');

  // Meanwhile the definition is deleted in another window of the app.
  const other = await page.context().newPage();
  await other.goto('/#/credentials');
  const otherList = other.getByRole('region', { name: 'Your own credential definitions' });
  await otherList.getByRole('button', { name: 'Delete definition of ChPP' }).click();
  await expect(other.getByText('Definition of ChPP deleted.')).toBeVisible();
  await other.close();

  const undo = bar.getByRole('button', { name: 'Undo' });
  await undo.click();
  const refused = undoBar(
    page,
    'The definition of ChPP was deleted meanwhile: there is nothing to put back.',
  );
  await expect(refused).toBeVisible();
  await expectAccessible(page);
  await openCredentials(page);
  await expect(page.getByRole('region', { name: 'Your own credential definitions' })).toHaveCount(
    0,
  );
  await expect(page.getByText('ChPP — Chartered Project Professional')).toHaveCount(0);
});
