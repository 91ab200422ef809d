import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const CHPP = 'ChPP — Chartered Project Professional (your own, APM)';

async function openArea(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name }).click();
}

/** A credential the catalogue does not know: ChPP, defined on the Credentials screen. */
async function defineChpp(page: Page) {
  await openArea(page, 'Credentials');
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

const readinessLine = /^Readiness: \d+% of the way there · \d+ of \d+ essential/;

/** "Readiness: 12% of the way there · 1 of 14 essential …" as [met, total]. */
async function essentials(page: Page): Promise<[number, number]> {
  const text = await page.getByText(readinessLine).textContent();
  const m = /(\d+) of (\d+) essential/.exec(text ?? '');
  if (!m) throw new Error(`no readiness line in “${text}”`);
  return [Number(m[1]), Number(m[2])];
}

async function expectEssentials(page: Page, met: number, total: number) {
  await expect(page.getByText(readinessLine)).toContainText(`${met} of ${total} essential`);
}

test('a credential of your own on the ladder: added, held, then the requirement edited', async ({
  page,
}) => {
  await onboard(page);

  await defineChpp(page);

  // It is offered beside the catalogue when a credential requirement is added.
  await page.goto('/#/ladder/pmo-director');
  const table = page.getByRole('table', { name: 'Requirements for PMO Director' });
  await expect(table).toBeVisible();
  const [met, total] = await essentials(page);
  const add = page.getByRole('form', { name: 'Add a requirement' });
  await add
    .getByLabel('Kind of requirement')
    .selectOption({ label: 'Hold a credential (one of several)' });
  await add.getByLabel(CHPP).check();
  await add.getByLabel('Essential (counts towards readiness)').check();
  await add.getByRole('button', { name: 'Add requirement' }).click();
  await expect(add.getByRole('status')).toHaveText('Added “Hold ChPP” to PMO Director.');
  const chpp = table.getByRole('row', { name: /^Hold ChPP/ });
  await expect(chpp.getByRole('cell').nth(1)).toHaveText('Not met');
  // "Why", folded under its summary: the source once opened.
  await chpp.getByRole('cell').last().locator('summary').click();
  await expect(chpp.getByRole('cell').last().locator('details > p')).toHaveText('Added by you');
  await expectEssentials(page, met, total + 1);
  await expectAccessible(page);

  // Held and in its cycle, it is met.
  await openArea(page, 'Credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const hold = page.getByRole('form', { name: 'Add a credential' });
  await hold.getByLabel('Credential').selectOption({
    label: 'ChPP — Chartered Project Professional (APM)',
  });
  await hold.getByLabel('Stage').selectOption({ label: 'Earned' });
  await hold.getByLabel(/Earned on/).fill('2026-06-01');
  await hold.getByRole('button', { name: 'Add credential' }).click();
  await expect(hold).toBeHidden();
  await page.goto('/#/ladder/pmo-director');
  await expect(chpp.getByRole('cell').nth(1)).toHaveText('Met');
  await expectEssentials(page, met + 1, total + 1);

  // Its credentials changed: ChPP and PgMP, both needed. A count above the list is refused
  // beside the field, and nothing typed or ticked is lost.
  await page.getByRole('button', { name: 'Edit Hold ChPP' }).click();
  const edit = page.getByRole('form', { name: 'Edit Hold ChPP' });
  await expect(edit.getByLabel('Kind of requirement')).toHaveValue('credential');
  await expect(edit.getByLabel(CHPP)).toBeChecked();
  await edit.getByLabel(/^PgMP — /).check();
  await edit.getByLabel('How many of them').fill('3');
  await edit.getByRole('button', { name: 'Save requirement' }).click();
  await expect(
    edit.getByText('Only 2 credentials are listed here; ask for that many or fewer.'),
  ).toBeVisible();
  await expect(edit.getByLabel('How many of them')).toBeFocused();
  await expect(edit.getByLabel(CHPP)).toBeChecked();
  await expect(edit.getByLabel(/^PgMP — /)).toBeChecked();
  await expectAccessible(page);
  await edit.getByLabel('How many of them').fill('2');
  await edit.getByRole('button', { name: 'Save requirement' }).click();
  await expect(edit).toBeHidden();
  const both = table.getByRole('row', { name: /^Hold 2 of ChPP or PgMP/ });
  await expect(both.getByRole('cell').nth(1)).toHaveText('Not met');
  await expect(both.getByRole('cell').nth(2)).toHaveText('1');
  await expectEssentials(page, met, total + 1);

  // Its kind changed, from the keyboard: a conference a year. What was ticked for the
  // credential comes back if the person switches back before saving.
  await page.getByRole('button', { name: 'Edit Hold 2 of ChPP or PgMP' }).focus();
  await page.keyboard.press('Enter');
  const again = page.getByRole('form', { name: 'Edit Hold 2 of ChPP or PgMP' });
  const kind = again.getByLabel('Kind of requirement');
  await kind.selectOption({ label: 'Conferences a year' });
  await expect(again.getByLabel(CHPP)).toBeHidden();
  await kind.selectOption({ label: 'Hold a credential (one of several)' });
  await expect(again.getByLabel(CHPP)).toBeChecked();
  await expect(again.getByLabel('How many of them')).toHaveValue('2');
  await kind.selectOption({ label: 'Conferences a year' });
  await again.getByLabel('Conferences a year').fill('1');
  await again.getByLabel('Conferences a year').press('Enter');
  await expect(again).toBeHidden();
  const conference = table.getByRole('row', { name: /^1 conference a year/ }).last();
  await conference.getByRole('cell').last().locator('summary').click();
  await expect(conference.getByRole('cell').last().locator('details > p')).toHaveText(
    'Added by you',
  );
  await expect(table.getByRole('row', { name: /ChPP/ })).toHaveCount(0);
  await expectEssentials(page, met, total + 1);
});

test('a credential of your own named in goals, then its definition deleted from the app', async ({
  page,
}) => {
  await onboard(page);
  await defineChpp(page);
  await page.goto('/#/ladder/pmo-director');
  const table = page.getByRole('table', { name: 'Requirements for PMO Director' });
  await expect(table).toBeVisible();
  const add = page.getByRole('form', { name: 'Add a requirement' });
  await add
    .getByLabel('Kind of requirement')
    .selectOption({ label: 'Hold a credential (one of several)' });
  await add.getByLabel(CHPP).check();
  await add.getByRole('button', { name: 'Add requirement' }).click();
  await expect(add.getByRole('status')).toHaveText('Added “Hold ChPP” to PMO Director.');

  // A goal aimed at that requirement names ChPP, as the ladder does.
  await openArea(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('form', { name: 'Add a goal' });
  await goal.getByLabel('A requirement on my ladder').check();
  const link = goal.getByLabel('Ladder requirement');
  await expect(link.getByRole('option', { name: 'Hold ChPP', exact: true })).toHaveCount(1);
  await expect(link.getByRole('option', { name: /credential of your own/ })).toHaveCount(0);
  await goal.getByLabel('Goal', { exact: true }).fill('Become a Chartered Project Professional');
  await link.selectOption({ label: 'Hold ChPP' });
  await goal.getByRole('button', { name: 'Save goal' }).click();
  await expect(goal).toBeHidden();

  // Held, its definition cannot be deleted: the app says which credential to delete first.
  await openArea(page, 'Credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const hold = page.getByRole('form', { name: 'Add a credential' });
  await hold.getByLabel('Credential').selectOption({
    label: 'ChPP — Chartered Project Professional (APM)',
  });
  await hold.getByLabel(/Earned on/).fill('2026-06-01');
  await hold.getByRole('button', { name: 'Add credential' }).click();
  await expect(hold).toBeHidden();
  const definitions = page.getByRole('region', { name: 'Your own credential definitions' });
  await definitions.getByRole('button', { name: 'Delete definition of ChPP' }).click();
  const refused = definitions.getByRole('alert');
  await expect(refused).toContainText(
    'ChPP is still in your credentials, so its definition was not deleted.',
  );
  await expectAccessible(page);
  await refused.getByRole('link', { name: 'open ChPP (earned)' }).click();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();

  // Not held any more, it goes, with Undo; Undo puts it back, and a second delete stays.
  await definitions.getByRole('button', { name: 'Delete definition of ChPP' }).click();
  await expect(page.getByText('Definition of ChPP deleted.')).toBeVisible();
  await expect(definitions).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(definitions).toContainText('ChPP — Chartered Project Professional (APM)');
  await definitions.getByRole('button', { name: 'Delete definition of ChPP' }).click();
  await expect(definitions).toBeHidden();

  // The ladder keeps the requirement and says its credential was deleted.
  await page.goto('/#/ladder/pmo-director');
  const gone = table.getByRole('row', { name: /^Hold a deleted credential of your own/ });
  await expect(gone.getByRole('cell').nth(1)).toContainText(
    'it names a deleted credential of your own',
  );
  await expect(table.getByRole('row', { name: /ChPP/ })).toHaveCount(0);
  await expectAccessible(page);

  // So does the goal's target.
  await openArea(page, 'Goals');
  await page.getByRole('button', { name: /^Edit Become a Chartered/ }).click();
  const edit = page.getByRole('form', { name: 'Edit goal' });
  await expect(edit.getByLabel('Ladder requirement')).toHaveValue(/\|/);
  await expect(edit.getByLabel('Ladder requirement').locator('option:checked')).toHaveText(
    'Hold a deleted credential of your own',
  );
});
