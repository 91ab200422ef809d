import type { Locator, Page } from '@playwright/test';
import { areas } from '../../renderer/src/app/routes';
import { createCommands } from '../../renderer/src/app/command-palette/commands';
import { expect, expectAccessible, onboard, test } from './fixtures';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const combobox = (page: Page) => palette(page).getByRole('combobox', { name: 'Go to or create' });
const discard = (page: Page) => page.getByRole('alertdialog', { name: 'Discard your changes?' });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Presses Tab until the control has focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Ctrl+K, type, Enter: the palette's whole job in three keys. The chosen option is named by
 * its label alone, inside the group that names its kind.
 */
async function runCommand(page: Page, typed: string, option: string, group: string) {
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type(typed);
  const chosen = palette(page)
    .getByRole('group', { name: group, exact: true })
    .getByRole('option', { selected: true });
  await expect(chosen).toHaveAccessibleName(option);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
}

test('keyboard only: the palette goes anywhere, creates an activity, and closes back where it was', async ({
  page,
}) => {
  await onboard(page);
  const about = page.getByRole('button', { name: 'About Ascent' });
  await about.focus();
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/command-palette.png' });
  // Arrow keys move the choice; the combobox names it as the active descendant.
  await page.keyboard.press('ArrowDown');
  const second = palette(page).getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(combobox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id'))!,
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(palette(page).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(about).toBeFocused();

  await runCommand(page, 'ladder', 'Ladder', 'Go to');
  await expect(h1(page)).toHaveText('Career ladder');
  await runCommand(page, 'imp', 'Import activities from a spreadsheet', 'Go to');
  await expect(page).toHaveURL(/#\/credit-log\/import$/);

  await runCommand(page, 'new act', 'New activity', 'Create');
  await expect(h1(page)).toHaveText('Log an activity');
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await page.keyboard.type('Scrum guide reading group');
  await tabTo(page, page.getByLabel('Activity type'));
  await page.keyboard.type('Course');
  await expect(page.getByLabel('Activity type')).toHaveValue(/course/i);
  await tabTo(page, page.getByLabel('Amount', { exact: true }));
  await page.keyboard.type('2');
  await tabTo(page, page.getByRole('button', { name: 'Save activity' }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Credit log');
  await expect(page.getByRole('link', { name: 'Scrum guide reading group' })).toBeVisible();

  // "?" lists every shortcut; Escape closes it and focus comes back.
  await page.getByRole('link', { name: 'Scrum guide reading group' }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Open the command palette');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('link', { name: 'Scrum guide reading group' })).toBeFocused();
});

test('the palette offers only what exists: areas still being built have no create command', async ({
  page,
}) => {
  await onboard(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new');
  // The create commands sit in the Create group, each named by its label alone.
  const names = await palette(page)
    .getByRole('group', { name: 'Create', exact: true })
    .getByRole('option')
    .allTextContents();
  // Each create command shows exactly when its area is marked ready in routes.ts.
  for (const c of createCommands) {
    const ready = areas.find((a) => a.id === c.area)!.ready;
    expect(names.includes(c.label), `${c.label}: area ready ${ready}`).toBe(ready);
  }
  expect(names).toContain('New activity');
  await page.keyboard.type(' zzz');
  await expect(palette(page).getByRole('status')).toContainText('Nothing matches');
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeHidden();
});

test('About and Keyboard shortcuts open and close from the keyboard, focus returns', async ({
  page,
}) => {
  await onboard(page);
  for (const name of ['About Ascent', 'Keyboard shortcuts']) {
    const button = page.getByRole('button', { name });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }
});

test('unsaved changes: leaving by link, palette or Back asks first; Escape keeps editing', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/credit-log/new');
  await expect(h1(page)).toHaveText('Log an activity');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Half-typed webinar');

  // A sidebar link, from the keyboard: the question comes first; Escape keeps editing.
  const goals = page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Goals' });
  await goals.focus();
  await page.keyboard.press('Enter');
  await expect(discard(page)).toBeVisible();
  await expect(discard(page).getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/discard-changes.png' });
  await page.keyboard.press('Escape');
  await expect(discard(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/credit-log\/new$/);
  await expect(title).toHaveValue('Half-typed webinar');
  await expect(goals).toBeFocused();

  // Back: the address returns to the form and the question is asked.
  await page.goBack();
  await expect(discard(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/credit-log\/new$/);
  await page.keyboard.press('Escape');
  await expect(title).toHaveValue('Half-typed webinar');

  // Cancel in the form asks the same question.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(discard(page)).toBeVisible();
  await page.keyboard.press('Escape');

  // The palette: this time the changes are discarded, with Tab and Enter.
  await runCommand(page, 'goals', 'Goals', 'Go to');
  await expect(discard(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(discard(page).getByRole('button', { name: 'Discard changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Goals');

  // Nothing typed: no question.
  await page.goto('/#/credit-log/new');
  await expect(h1(page)).toHaveText('Log an activity');
  await goals.click();
  await expect(h1(page)).toHaveText('Goals');
});

test('unsaved changes in the goal and profile forms ask too; a saved form does not', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/goals/new');
  await expect(page.getByRole('form', { name: 'Add a goal' })).toBeVisible();
  await page.getByLabel('Goal', { exact: true }).fill('Pass the PMP');
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(discard(page)).toBeVisible();
  await discard(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(h1(page)).toHaveText('Settings');

  await page.getByLabel('Your name (optional)').fill('Dana O.');
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await expect(discard(page)).toBeVisible();
  await discard(page).getByRole('button', { name: 'Keep editing' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Ladder' })
    .click();
  await expect(h1(page)).toHaveText('Career ladder');
});

/** The stored activity and its evidence, read straight from IndexedDB as plain values. */
async function storedActivity(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ascent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
    const plain = (v: unknown) =>
      JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Array.from(x) : x)));
    const activity = (await all('activities')).find((a) => (a as { id: string }).id === id);
    const evidence = (await all('evidence')).filter(
      (e) => (e as { activityId: string }).activityId === id,
    );
    db.close();
    return { activity: plain(activity ?? null), evidence: plain(evidence) };
  }, id);
}

test('undo after delete restores the activity exactly, every field and its evidence', async ({
  page,
}) => {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await form.getByLabel(/Earned on/).fill('2025-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();

  await runCommand(page, 'new activity', 'New activity', 'Create');
  await page.getByLabel('Title', { exact: true }).fill('Negotiation “essentials” course');
  await page.getByLabel('Provider (optional)').fill('Acme Training, Inc.');
  await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
  await page.getByLabel('Completion date').fill('2025-03-10');
  await page.getByLabel('Start date (optional)').fill('2025-03-08');
  await page.getByLabel('Amount', { exact: true }).fill('6');
  await page.getByLabel('Relevant share (%)').fill('50');
  await page.getByLabel('Power Skills', { exact: true }).fill('3');
  await page.getByLabel('Claim code (optional)').fill('ACME-7');
  await page.getByLabel('Notes (optional)').fill('Second half was on pricing.');
  await page.getByLabel('Add evidence files').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 certificate of completion'),
  });
  await page.getByRole('button', { name: 'Save activity' }).click();
  // Created from the palette on the Credentials screen: saving goes back there.
  await expect(h1(page)).toHaveText('Credentials');
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await expect(h1(page)).toHaveText('Credit log');

  const link = page.getByRole('link', { name: 'Negotiation “essentials” course' });
  await link.click();
  const id = page.url().split('/').pop()!;
  const before = await storedActivity(page, id);
  expect(before.activity).toMatchObject({ id, title: 'Negotiation “essentials” course' });
  expect(before.evidence).toHaveLength(1);

  // Delete and Undo, both from the keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Delete activity' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Deleted “Negotiation “essentials” course”.')).toBeVisible();
  await expect(link).toBeHidden();
  expect((await storedActivity(page, id)).activity).toBeNull();
  await tabTo(page, page.getByRole('button', { name: 'Undo' }), 80);
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();

  const after = await storedActivity(page, id);
  expect(after).toEqual(before);
  expect(Object.keys(after.activity as object).sort()).toEqual(
    Object.keys(before.activity as object).sort(),
  );
});

test('resetting the whole ladder asks first; Escape keeps it, focus goes back', async ({
  page,
}) => {
  await onboard(page);
  await page.goto('/#/ladder');
  const reset = page.getByRole('button', { name: 'Reset the whole ladder to the default' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('alertdialog', { name: 'Reset the whole ladder?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(reset).toBeFocused();
  await reset.click();
  await ask.getByRole('button', { name: 'Reset the ladder' }).click();
  await expect(ask).toBeHidden();
});

test('the palette finds your own records by name and opens them', async ({ page }) => {
  await onboard(page);
  await page.goto('/#/network/contacts/new');
  const form = page.getByRole('form', { name: 'Add a contact' });
  await form.getByLabel('Name', { exact: true }).fill('Priya Raman');
  await form.getByLabel('Organisation').fill('Acme Health');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();
  await page.goto('/#/dashboard');
  await expect(h1(page)).toBeVisible();

  // A first name is enough; the record comes after the commands that match (none here).
  await runCommand(page, 'priya', 'Contact: Priya Raman, Acme Health', 'Open');
  await expect(h1(page)).toHaveText('Network');
  await expect(page.getByLabel('Search')).toHaveValue('Priya Raman');
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText('Acme Health');

  // From the Network screen itself: the search follows the palette's choice.
  await page.goto('/#/network/contacts');
  await page.getByLabel('Search').fill('');
  await runCommand(page, 'priya', 'Contact: Priya Raman, Acme Health', 'Open');
  await expect(page.getByLabel('Search')).toHaveValue('Priya Raman');

  // A word nothing has: the palette says so, and what it can find.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zebra');
  await expect(palette(page).getByRole('status')).toHaveText(
    'Nothing matches “zebra”. Try a place such as “credit log”, “new”, or the name of one of your records.',
  );
  await expectAccessible(page);
  await page.keyboard.press('Escape');
});

test('the palette finds an event of the learning journal by name and opens it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();

  // The sample's conference, three weeks on: named as an event, with its first day.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('pmo forum');
  const open = palette(page).getByRole('group', { name: 'Open', exact: true });
  await expect(open.getByRole('option').first()).toHaveAccessibleName(
    'Event: PMO Forum — 13 Dec 2026',
  );
  await expect(open.getByRole('option', { selected: true })).toHaveAccessibleName(
    'Event: PMO Forum — 13 Dec 2026',
  );
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(h1(page)).toHaveText('Learning');
  await expect(
    page
      .getByRole('navigation', { name: 'Learning sections' })
      .getByRole('link', { name: 'Events' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('region', { name: 'Events' }).getByRole('rowheader', { name: /PMO Forum/ }),
  ).toBeVisible();
  // The search box holds what was found, so the list shows what matches it.
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('PMO Forum');

  // The course and the membership are found the same way, each under its own kind.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('pmo set-up');
  await expect(open.getByRole('option', { selected: true })).toHaveAccessibleName(
    'Course: PMO set-up and operations, Training provider',
  );
  await page.keyboard.press('Escape');
  await runCommand(page, 'pmi uk', 'Membership: PMI UK Chapter — renews 22 Mar 2027', 'Open');
  await expect(h1(page)).toHaveText('Network');
  await expect(page.getByLabel('Search')).toHaveValue('PMI UK Chapter');
});
