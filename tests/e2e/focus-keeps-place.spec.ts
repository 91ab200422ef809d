import type { Locator, Page } from '@playwright/test';
import { analyst, director, expect, fillProfile, onboard, test } from './fixtures';

// Keyboard only: after an action the focus stays where the user can go on from (the next
// step, the replacement button, the next row, the restored row), never on the page itself,
// where the next Tab would start again from the top.

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Presses Tab until the control has focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: the first day keeps the place from the welcome to the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await fillProfile(page, {
    current: analyst,
    target: director,
    education: 'Bachelor’s degree (four-year)',
  });
  await tabTo(page, page.getByRole('button', { name: 'Start using Ascent' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your first steps' })).toBeFocused();

  // A credential added: the form is fresh for the next one, its first field ready.
  await tabTo(page, page.getByLabel('Credential', { exact: true }));
  await page.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await page.getByLabel('Earned on (certification date)').fill('2025-06-01');
  await tabTo(page, page.getByRole('button', { name: 'Add credential' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added: PMP.')).toBeVisible();
  await expect(page.getByLabel('Credential', { exact: true })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Next: your next goal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your next goal' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Skip and open my dashboard' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toHaveText(/Hello|Your dashboard/);
});

test('keyboard only: forms, the timer and deletes hand the focus on', async ({ page }) => {
  await onboard(page);

  // New activity: the palette ends where the Add activity button does, on the page's heading.
  await page.goto('/#/credit-log');
  await expect(h1(page)).toHaveText('Credit log');
  await tabTo(page, page.getByRole('button', { name: 'Add activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await expect(h1(page)).toBeFocused();
  await page.goto('/#/dashboard');
  await expect(h1(page)).toHaveText(/Hello|Your dashboard/);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new act');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Log an activity');
  await expect(h1(page)).toBeFocused();

  // Add a goal: the form's first field; Cancel: back to the button.
  await page.goto('/#/goals');
  const addGoal = page.getByRole('button', { name: 'Add a goal' });
  await tabTo(page, addGoal);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Goal', { exact: true })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(addGoal).toBeFocused();

  // The focus timer: the button pressed goes, its replacement takes the focus.
  await page.goto('/#/study');
  await tabTo(page, page.getByRole('button', { name: 'Start timer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Stop and log' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeFocused();

  // Two memberships; deleting the first moves on to the second; Ctrl+Z brings it back.
  await page.goto('/#/network/memberships');
  for (const name of ['IIBA', 'PMI Netherlands Chapter']) {
    await page.getByRole('button', { name: 'Add a membership' }).click();
    const form = page.getByRole('form', { name: 'Add a membership' });
    await form.getByLabel('Association or chapter').fill(name);
    await form.getByLabel('Member since').fill('2025-03-01');
    await form.getByLabel('Renewal date').fill('2027-03-01');
    await form.getByRole('button', { name: 'Save membership' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  const deleteIiba = page.getByRole('button', { name: 'Delete IIBA' });
  await tabTo(page, deleteIiba);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /IIBA/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete PMI Netherlands Chapter' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('row', { name: /IIBA/ })).toBeVisible();
  await expect(deleteIiba).toBeFocused();

  // A credit-log entry deleted from its page: Ctrl+Z in the log puts the focus on its row.
  await page.goto('/#/credit-log/new');
  await expect(h1(page)).toHaveText('Log an activity');
  await page.getByLabel('Title', { exact: true }).fill('Chapter meeting talk');
  await page.getByLabel('Activity type').selectOption({ label: 'Volunteer' });
  await page.getByLabel('Completion date').fill('2026-11-02');
  await page.getByLabel('Amount', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Save activity' }).click();
  // Saved, the editor goes back where it was opened from; the entry is in the log.
  await expect(h1(page)).toHaveText('Network');
  await page.goto('/#/credit-log');
  const entry = page.getByRole('link', { name: 'Chapter meeting talk' });
  await entry.click();
  await tabTo(page, page.getByRole('button', { name: 'Delete activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credit log');
  await expect(entry).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(entry).toBeFocused();
});

/** Adds a PMP from the Credentials screen (set-up, not what is tested). */
async function addPmp(page: Page, dates: { exam: string }) {
  await page.goto('/#/credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const add = page.getByRole('form', { name: 'Add a credential' });
  await add.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await add.getByLabel('Stage').selectOption({ label: 'Exam booked' });
  await add.getByLabel('Exam date (optional)').fill(dates.exam);
  await add.getByRole('button', { name: 'Add credential' }).click();
  await expect(add).toBeHidden();
  await page.getByRole('link', { name: /^PMP/ }).first().click();
  await expect(h1(page)).toHaveText('PMP — Project Management Professional');
}

test('keyboard only: editing a credential’s stage and dates keeps the place', async ({ page }) => {
  await onboard(page);
  await addPmp(page, { exam: '2027-02-10' });

  // Edit stage and dates: Cancel, then Save changes, each hand the focus back to the button.
  const edit = page.getByRole('button', { name: 'Edit stage and dates' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Edit credential' });
  await tabTo(page, form.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  // Dates are filled in (how a date field is typed in depends on the system's locale).
  await tabTo(page, form.getByLabel('Exam date (optional)'));
  await form.getByLabel('Exam date (optional)').fill('2027-03-15');
  await tabTo(page, form.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stage and dates saved.' }),
  ).toBeVisible();
  await expect(edit).toBeFocused();
  await expect(page.getByText(/^PMI · /)).toHaveText('PMI · exam 15 Mar 2027');
});

// A new study plan: Cancel goes back to the link that opened the form; Create plan to the new
// plan's card (not to the whole page).
test('keyboard only: creating a study plan keeps the place', async ({ page }) => {
  await onboard(page);
  await addPmp(page, { exam: '2027-03-15' });
  await page.goto('/#/study');
  const newPlan = page.getByRole('link', { name: 'New study plan' });
  await tabTo(page, newPlan);
  await page.keyboard.press('Enter');
  const planForm = page.getByRole('form', { name: 'New study plan' });
  await tabTo(page, planForm.getByRole('button', { name: 'Cancel' }), 80);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Study planner');
  await expect(newPlan).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, planForm.getByLabel('Prepares for'));
  await planForm.getByLabel('Prepares for').selectOption({ label: 'PMP exam on 15 Mar 2027' });
  await tabTo(page, planForm.getByLabel('Hours of study needed'));
  await page.keyboard.type('20');
  await tabTo(page, planForm.getByRole('button', { name: 'Create plan' }), 80);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Study planner');
  const card = page.getByRole('article', { name: 'PMP exam' });
  await expect(card.getByRole('heading', { name: 'PMP exam' })).toBeFocused();
  await expect(page.locator('main')).not.toBeFocused();
  // The next Tab goes on inside the card, not from the top of the page.
  await page.keyboard.press('Tab');
  await expect(card.locator(':focus')).toHaveCount(1);
});

/** A PMP earned 1 Jun 2017 with no renewal recorded, written straight into IndexedDB. */
async function seedLapsedPmp(page: Page) {
  await page.evaluate(async () => {
    const now = new Date().toISOString();
    const row = {
      id: 'held-pmp',
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2017-06-01',
      renewals: [],
      createdAt: now,
      updatedAt: now,
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ascent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('credentials', 'readwrite');
        tx.objectStore('credentials').put(row);
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await page.goto('/#/credentials/held-pmp');
  await page.reload();
  await expect(h1(page)).toHaveText('PMP — Project Management Professional');
}

// A PMP earned 1 Jun 2017, renewed late twice (each time in the year of suspension): each
// renewal starts the next cycle on the anniversary, and the page offers another one.
test('keyboard only: recording another renewal keeps the place', async ({ page }) => {
  await onboard(page);
  await seedLapsedPmp(page);
  const current = page.getByRole('region', { name: 'Current cycle' });
  const renewal = current.getByRole('form', { name: 'Record a renewal' });
  await renewal.getByLabel('Renewed on').fill('2020-09-01');
  await tabTo(page, renewal.getByRole('button', { name: 'Record renewal' }));
  await page.keyboard.press('Enter');
  await expect(current.getByRole('status')).toHaveText(
    'Renewal recorded: cycle 2 ran 1 Jun 2020 to 31 May 2023.',
  );

  const another = current.getByRole('button', { name: 'Record another renewal' });
  await tabTo(page, another);
  await page.keyboard.press('Enter');
  await expect(renewal.getByLabel('Renewed on')).toBeFocused();
  await tabTo(page, renewal.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(renewal).toBeHidden();
  await expect(another).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(renewal.getByLabel('Renewed on')).toBeFocused();
  await renewal.getByLabel('Renewed on').fill('2024-01-15');
  await tabTo(page, renewal.getByRole('button', { name: 'Record renewal' }));
  await page.keyboard.press('Enter');
  await expect(current.getByRole('status')).toHaveText(
    'Renewal recorded: cycle 3 ran 1 Jun 2023 to 31 May 2026.',
  );
  await expect(another).toBeFocused();
});

test('keyboard only: closing “Your data is restored” goes back to the restore button', async ({
  page,
}, testInfo) => {
  await onboard(page);
  await page.goto('/#/settings');
  const backups = page.getByRole('region', { name: 'Backups' });
  const path = testInfo.outputPath('focus.ascent-backup');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backups.getByRole('button', { name: 'Export a complete backup', exact: true }).click(),
  ]);
  await download.saveAs(path);

  const restore = backups.getByRole('button', { name: 'Restore from a backup file…' });
  // Waiting for the file chooser from before the key press, so that it is caught for sure.
  const chooser = page.waitForEvent('filechooser');
  chooser.catch(() => undefined);
  await tabTo(page, restore, 100);
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Restore this backup?');
  await tabTo(page, dialog.getByRole('button', { name: 'Replace my data with this backup' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveAccessibleName('Your data is restored');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(restore).toBeFocused();
});
