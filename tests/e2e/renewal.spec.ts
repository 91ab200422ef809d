import { expect, expectAccessible, onboard, test } from './fixtures';

// PMP earned 15 Mar 2024: cycle 1 runs to 14 Mar 2027 (domain-facts §1), and "today" is
// 22 Nov 2026, in its last year, when PMI lets the holder renew early; cycle 2 then starts on
// the third anniversary, 15 Mar 2027, whenever the renewal was made.
test('an early renewal: the cycle shows renewed, asks for nothing more, and the next one is named', async ({
  page,
}) => {
  await onboard(page);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const add = page.getByRole('form', { name: 'Add a credential' });
  await add.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await add.getByLabel(/Earned on/).fill('2024-03-15');
  await add.getByRole('button', { name: 'Add credential' }).click();
  await expect(add).toBeHidden();

  // 10 PDUs logged of the 60 the cycle asks for.
  await nav.getByRole('link', { name: 'Credit log' }).click();
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Portfolio risk course');
  await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
  await page.getByLabel('Completion date').fill('2025-05-10');
  await page.getByLabel('Amount', { exact: true }).fill('10');
  await page.getByLabel('Ways of Working', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();

  await nav.getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('link', { name: /^PMP/ }).first().click();
  const current = page.getByRole('region', { name: 'Current cycle' });
  await expect(current).toContainText('At risk');
  await expect(current).toContainText('To finish on time');
  // The form says what the log shows before a renewal is recorded.
  const renewal = current.getByRole('form', { name: 'Record a renewal' });
  await expect(renewal).toContainText(
    'Your log counts 10 PDUs of the 60 PDUs this cycle asks for.',
  );

  // A mistyped renewal is put right from the bar: Undo brings the cycle and the form back.
  await renewal.getByLabel('Renewed on').fill('2026-11-02');
  await renewal.getByRole('button', { name: 'Record renewal' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'Renewal of PMP' });
  await expect(toast).toContainText('Renewal of PMP on 2 Nov 2026 recorded.');
  await expect(current.getByRole('status')).toHaveText(
    'Renewed on 2 Nov 2026. Cycle 2 starts on 15 Mar 2027.',
  );
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(renewal).toBeVisible();
  await expect(current).toContainText('At risk');

  await renewal.getByLabel('Renewed on').fill('2026-11-20');
  await renewal.getByRole('button', { name: 'Record renewal' }).click();

  await expect(current.getByRole('status')).toHaveText(
    'Renewed on 20 Nov 2026. Cycle 2 starts on 15 Mar 2027.',
  );
  await expect(renewal).toBeHidden();
  await expect(current).toContainText('Renewed');
  await expect(current).not.toContainText('At risk');
  // Nothing more is asked of the cycle: what the log does not show is listed as such, no pace.
  await expect(current.getByRole('heading', { name: 'Not shown in your log' })).toBeVisible();
  await expect(current).not.toContainText('To finish on time');
  const history = page.getByRole('region', { name: 'Cycle history' });
  await expect(history.getByRole('row')).toHaveText([
    /Cycle\s*Start\s*End/,
    /1\s*15 Mar 2024\s*14 Mar 2027\s*10 of 60\s*Renewed/,
    // A cycle still to come says when it starts, not a status it cannot have yet.
    /2\s*15 Mar 2027\s*14 Mar 2030\s*0 of 60\s*Starts 15 Mar 2027/,
  ]);
  await expectAccessible(page);

  // The dashboard no longer counts down to the renewed cycle's end, nor calls it at risk.
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  const credentials = page.getByRole('region', { name: 'Credentials' });
  await expect(credentials).toContainText('Renewed');
  await expect(credentials).not.toContainText('At risk');
  await expect(page.getByText('14 Mar 2027')).toHaveCount(0);
});
