import { expect, expectAccessible, onboard, test } from './fixtures';

// PMP earned 15 Mar 2024, "today" 22 Nov 2026 (in cycle 1's last year, when PMI lets the
// holder renew early, domain-facts §1). A renewal recorded with the wrong day is put right
// with its Edit: the same fields, filled in, keyboard only, focus back on its Edit.
test('a recorded renewal’s day is corrected in place with Edit, by keyboard', async ({ page }) => {
  await onboard(page);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const add = page.getByRole('form', { name: 'Add a credential' });
  await add.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await add.getByLabel(/Earned on/).fill('2024-03-15');
  await add.getByRole('button', { name: 'Add credential' }).click();
  await expect(add).toBeHidden();
  await page.getByRole('link', { name: /^PMP/ }).first().click();
  const renewal = page.getByRole('form', { name: 'Record a renewal' });
  await renewal.getByLabel('Renewed on').fill('2026-11-02');
  await renewal.getByRole('button', { name: 'Record renewal' }).click();

  const list = page.getByRole('region', { name: 'Recorded renewals' });
  const edit = list.getByRole('button', { name: 'Edit the renewal of 2 Nov 2026' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = list.getByRole('form', { name: 'Edit the renewal of 2 Nov 2026' });
  await expect(form.getByLabel('Renewed on')).toBeFocused();
  await expect(form.getByLabel('Renewed on')).toHaveValue('2026-11-02');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();

  await page.keyboard.press('Enter');
  await form.getByLabel('Renewed on').fill('2026-11-20');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(list.getByRole('button', { name: 'Edit the renewal of 20 Nov 2026' })).toBeFocused();
  await expect(list.getByRole('listitem')).toContainText('20 Nov 2026: renewed cycle 1');
  await expect(page.getByRole('region', { name: 'Current cycle' }).getByRole('status')).toHaveText(
    'Renewed on 20 Nov 2026. Cycle 2 starts on 15 Mar 2027.',
  );
});
