import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const CHPP = 'ChPP — Chartered Project Professional (your own, APM)';

async function openArea(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name }).click();
}

/** "Readiness 12%: 1 of 14 essential …" as [met, total]. */
async function essentials(page: Page): Promise<[number, number]> {
  const text = await page.getByText(/^Readiness \d+%: \d+ of \d+ essential/).textContent();
  const m = /(\d+) of (\d+) essential/.exec(text ?? '');
  if (!m) throw new Error(`no readiness line in “${text}”`);
  return [Number(m[1]), Number(m[2])];
}

async function expectEssentials(page: Page, met: number, total: number) {
  await expect(page.getByText(/^Readiness \d+%: \d+ of \d+ essential/)).toContainText(
    `${met} of ${total} essential`,
  );
}

test('a credential of your own on the ladder: added, held, then the requirement edited', async ({
  page,
}) => {
  await onboard(page);

  // A credential the catalogue does not know.
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
  await expect(chpp.getByRole('cell').last()).toHaveText('Added by you');
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
  await expect(conference.getByRole('cell').last()).toHaveText('Added by you');
  await expect(table.getByRole('row', { name: /ChPP/ })).toHaveCount(0);
  await expectEssentials(page, met, total + 1);
});
