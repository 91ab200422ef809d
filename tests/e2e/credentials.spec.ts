import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

async function openCredentials(page: Page) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
}

/**
 * `notRenewed`: the credential's first cycle has ended and the holder has not renewed it every
 * cycle since: the form's "Have you renewed … every cycle so far?" is answered "Not renewed
 * every cycle" before adding.
 */
async function addCredential(
  page: Page,
  label: string,
  stage: string,
  earned?: string,
  notRenewed = false,
) {
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label });
  await form.getByLabel('Stage').selectOption({ label: stage });
  if (earned) await form.getByLabel(/Earned on/).fill(earned);
  if (notRenewed)
    await form
      .getByRole('group', { name: /^Have you renewed .* every cycle so far\?$/ })
      .getByRole('radio', { name: 'Not renewed every cycle: I will record my renewals myself' })
      .check();
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

const pmp = 'PMP — Project Management Professional';
/** Beside the renewal question when a save waited for it (the date typed and saved at once). */
const waitingLine =
  'Not saved yet: Ascent records renewals of PMP from your answer to this question. Check it, then press “Add credential” again.';

/** The list of problems a failed save puts at the top of a form (ErrorSummary). */
const problems = (form: Locator) =>
  form.getByRole('region', { name: /needs? your attention; nothing was saved:/ });

/**
 * A failed save's problem is said in both places: as the summary's entry, which names the
 * field by its label, and at the field itself, visible and read out as its description.
 */
async function expectProblem(form: Locator, label: string, message: string) {
  await expect(
    problems(form).getByRole('button', { name: `${label}: ${message}`, exact: true }),
  ).toBeVisible();
  const field = form.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A hint, where the field has one, comes first in its description; the message ends it.
  await expect(field).toHaveAccessibleDescription(new RegExp(`${escaped}$`));
  await expect(form.getByText(message, { exact: true })).toBeVisible();
}

test('a PMP earned on a date gets its cycle, status and shortfalls', async ({ page }) => {
  await onboard(page);
  await openCredentials(page);
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await expectAccessible(page);
  await addCredential(page, pmp, 'Earned', '2025-01-15');

  const card = page.getByRole('article', { name: pmp });
  await expect(card.getByText('Active', { exact: true })).toBeVisible();
  await expect(card).toContainText('Cycle 1: 15 Jan 2025 – 14 Jan 2028');
  await expect(card).toContainText('0 PDUs counted of 60');
  // One convention for days left, on the card and on the Dashboard: 22 Nov 2026 → 14 Jan 2028.
  await expect(card).toContainText('418 days left');
  await expect(card).toContainText('8 PDUs more in Power Skills.');
  await expect(
    // Day 677 of 1,095: 61.8 %, rounded down (100% only on the last day).
    card.getByRole('img', { name: /0 of 60 counted; 61% of the cycle has passed/ }),
  ).toBeVisible();
  // The lower bar's figure is printed under it too, not only told to screen readers.
  await expect(card.getByText('61% of the cycle has passed', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/credentials-light.png', fullPage: true });

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const summary = page.getByRole('region', { name: 'Credentials' });
  await expect(summary).toContainText('Next cycle end: PMP on 14 Jan 2028 — in 418 days.');
  await expect(summary.getByText('Active', { exact: true })).toBeVisible();
});

test('bad credential input is explained and nothing is saved', async ({ page }) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByRole('button', { name: 'Add credential' }).click();
  // The list of what to fix takes focus; its entry goes to the field.
  await expect(problems(form)).toBeFocused();
  await expect(
    problems(form).getByText('One thing needs your attention; nothing was saved:', {
      exact: true,
    }),
  ).toBeVisible();
  await expectProblem(form, 'Credential', 'Choose a credential.');
  await problems(form).getByRole('button', { name: 'Credential: Choose a credential.' }).click();
  await expect(form.getByLabel('Credential', { exact: true })).toBeFocused();

  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel(/Earned on/).fill('');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(problems(form)).toBeFocused();
  await expectProblem(
    form,
    'Earned on (certification date)',
    'An earned credential needs the date it was earned.',
  );
  await expect(problems(form).getByRole('button')).toHaveCount(1);

  await form.getByLabel(/Earned on/).fill('2027-05-01');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expectProblem(
    form,
    'Earned on (certification date)',
    'This date is in the future. Use the day you earned it; a credential not earned yet is "Preparing" or "Exam booked".',
  );
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
});

test('why this number: the rule panel shows sources, and a user number replaces the catalogue’s', async ({
  page,
}) => {
  await onboard(page);
  await addCredential(page, pmp, 'Earned', '2025-01-15');
  await page.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  // No exam date was given: the line leaves the exam out rather than showing a dash.
  await expect(page.getByText('PMI · earned 15 Jan 2025', { exact: true })).toBeVisible();

  const panel = page.getByRole('region', { name: 'The rule behind the numbers' });
  const total = panel.getByRole('listitem').filter({ hasText: 'Total per cycle' });
  await expect(total).toContainText('60 PDUs');
  await total.getByText('Why this number?').click();
  await expect(total).toContainText('Source');
  await expect(total).toContainText('Confirmed by the body');
  await expect(total).toContainText('How sure');
  await expect(panel).not.toContainText(/Confidence [ABCM]\b/);
  await expectAccessible(page);
  await page.screenshot({
    path: 'test-results/artifacts/credential-detail-light.png',
    fullPage: true,
  });

  await total.getByLabel('Your number for “Total per cycle”').fill('70');
  await total.getByRole('button', { name: 'Use my number' }).click();
  await expect(total).toContainText('70 PDUs');
  await expect(total).toContainText('Your number');
  await expect(total).toContainText('Your own number');
  await expect(page.getByRole('region', { name: 'Current cycle' })).toContainText(
    '0 PDUs counted of 70',
  );

  await total.getByLabel('Your number for “Total per cycle”').fill('-3');
  await total.getByRole('button', { name: 'Use my number' }).click();
  await expect(total.getByText('Enter a number of zero or more.')).toBeVisible();
  await expect(total).toContainText('70 PDUs');
  // A total below the Education minimum could never be met by reaching it: refused, saying why.
  await total.getByLabel('Your number for “Total per cycle”').fill('0');
  await total.getByRole('button', { name: 'Use my number' }).click();
  await expect(
    total.getByText(
      'The total cannot be below what the minimums ask for: use 35 or more, or lower the minimums first.',
    ),
  ).toBeVisible();
  await expect(total).toContainText('70 PDUs');
  // The same refusal, met from a minimum's row, says what to do there.
  const education = panel.getByRole('listitem').filter({ hasText: /^Education, at least/ });
  await education.getByText('Why this number?').click();
  await education.getByLabel('Your number for “Education, at least”').fill('80');
  await education.getByRole('button', { name: 'Use my number' }).click();
  await expect(
    education.getByText(
      'The minimums cannot add up to more than the total (70): use a smaller number, or raise the total first.',
    ),
  ).toBeVisible();
  await expect(education).toContainText('35 PDUs');
  await education.getByLabel('Your number for “Education, at least”').fill('');

  await total.getByRole('button', { name: 'Back to the catalogue’s number' }).click();
  await expect(total).toContainText('60 PDUs');
  // "60 PDUs" is on the row as the catalogue's number even before the save is read back: wait
  // for the saved row, or the next change is made onto the row as it was and refused.
  await expect(total).not.toContainText('Your own number');

  // Where sources disagree (domain-facts §5.1): PMI's cycle end, switched and switched back.
  const cycleEnd = panel.getByRole('listitem').filter({ hasText: /^Cycle ends/ });
  await expect(cycleEnd).toContainText('The day before the anniversary');
  await expect(cycleEnd).toContainText('On the anniversary — PMI CCR wording');
  const current = page.getByRole('region', { name: 'Current cycle' });
  await expect(current).toContainText('Cycle 1: 15 Jan 2025 – 14 Jan 2028');
  await cycleEnd.getByRole('button', { name: 'End each cycle on the anniversary' }).click();
  await expect(current).toContainText('Cycle 1: 15 Jan 2025 – 15 Jan 2028');
  await expect(cycleEnd).toContainText('Your own number');
  await expectAccessible(page);
  await cycleEnd.getByRole('button', { name: 'Back to the catalogue’s rule' }).click();
  await expect(current).toContainText('Cycle 1: 15 Jan 2025 – 14 Jan 2028');
});

test('an unrenewed PMP is expired; recording a renewal starts the next cycle on the anniversary', async ({
  page,
}) => {
  await onboard(page);
  await addCredential(page, pmp, 'Earned', '2020-02-03', true);
  const card = page.getByRole('article', { name: pmp });
  await expect(card.getByText('Expired', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: pmp }).click();
  const history = page.getByRole('region', { name: 'Cycle history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('3 Feb 2020');
  await expect(history).toContainText('2 Feb 2023');
  // When it expired and what holding it again takes (domain-facts §1); a renewal made in time
  // can still be recorded.
  await expect(page.getByText(/^PMP expired on 3 Feb 2024: /)).toContainText(
    'To hold it again, pass the exam again.',
  );
  await expect(page.getByText(/^Renewed in time after all\?/)).toContainText(
    '(within the cycle or its suspension year)',
  );

  await page.getByLabel('Renewed on').fill('2022-12-01');
  await page.getByRole('button', { name: 'Record renewal' }).click();
  // The form closes; the cycle it started has ended too (today is 22 Nov 2026): suspended.
  await expect(page.getByRole('status').filter({ hasText: 'Renewal recorded' })).toHaveText(
    'Renewal recorded: cycle 2 ran 3 Feb 2023 to 2 Feb 2026.',
  );
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeFocused();
  await expect(page.getByRole('form', { name: 'Record a renewal' })).toBeHidden();
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('3 Feb 2023');
  await expect(history).toContainText('2 Feb 2026');
  await expect(page.getByText('Suspended', { exact: true }).first()).toBeVisible();
});

test('earned long ago and renewed every cycle: today’s cycle, not an expired first one; a lapsed CSM stays expired', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel(/Earned on/).fill('2014-06-15');
  // Today is 22 Nov 2026: four cycles have ended, the fifth runs to 14 Jun 2029. The fourth
  // can be renewed until 14 Jun 2027, so it is left out until the person says it was renewed:
  // one answer of three is chosen, never two boxes that read as contradicting each other.
  const question = form.getByRole('group', { name: 'Have you renewed PMP every cycle so far?' });
  const including = question.getByRole('radio', {
    name: 'Renewed every cycle, including the one that ended on 14 Jun 2026',
  });
  const except = question.getByRole('radio', {
    name: 'Renewed every cycle except the one that ended on 14 Jun 2026 (not renewed yet)',
  });
  const none = question.getByRole('radio', {
    name: 'Not renewed every cycle: I will record my renewals myself',
  });
  await expect(except).toBeChecked();
  await expect(including).not.toBeChecked();
  await expect(none).not.toBeChecked();
  await expect(question.getByRole('checkbox')).toHaveCount(0);
  await expect(form).toContainText(
    'Ascent will record 3 renewals, each on the last day of its cycle: 14 Jun 2017, 14 Jun 2020 and 14 Jun 2023. PMP then shows as suspended: the cycle that ended on 14 Jun 2026 can still be renewed until 14 Jun 2027;',
  );
  // The arrow keys move the answer within the group, as native radio buttons do.
  await except.focus();
  await page.keyboard.press('ArrowDown');
  await expect(none).toBeFocused();
  await expect(none).toBeChecked();
  await expect(except).not.toBeChecked();
  await expect(form).toContainText(
    'Ascent will record no renewals. PMP then shows as expired (since 15 Jun 2018).',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(including).toBeFocused();
  await expect(including).toBeChecked();
  await expect(form).toContainText(
    'Ascent will record 4 renewals, each on the last day of its cycle: 14 Jun 2017, 14 Jun 2020, 14 Jun 2023 and 14 Jun 2026. PMP then shows as active, in Cycle 5: 15 Jun 2026 – 14 Jun 2029.',
  );
  await expect(except).not.toBeChecked();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();

  const card = page.getByRole('article', { name: pmp });
  await expect(card.getByText('Active', { exact: true })).toBeVisible();
  await expect(card).toContainText('Cycle 5: 15 Jun 2026 – 14 Jun 2029');
  await expect(card).not.toContainText('Expired');
  await page.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('region', { name: 'Current cycle' })).toContainText(
    'Cycle 5: 15 Jun 2026 – 14 Jun 2029',
  );
  const history = page.getByRole('region', { name: 'Cycle history' });
  // A header row and five cycles, the first four renewed.
  await expect(history.getByRole('row')).toHaveCount(6);
  await expect(history).toContainText('14 Jun 2017');

  await addCredential(page, 'CSM — Certified ScrumMaster', 'Earned', '2020-03-01', true);
  const csm = page.getByRole('article', { name: 'CSM — Certified ScrumMaster' });
  await expect(csm.getByText('Expired', { exact: true }).first()).toBeVisible();
  await expect(csm).toContainText('Cycle 1: 1 Mar 2020 – 28 Feb 2022');
});

test('typing over an earned date: the question waits for the date entered, and a save at once uses it', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  const earned = form.getByLabel(/Earned on/);
  await earned.fill('2014-06-15');
  const question = form.getByRole('group', { name: 'Have you renewed PMP every cycle so far?' });
  await expect(question).toBeVisible();
  await expect(form).toContainText('Ascent will record 3 renewals');
  // Every text the live region takes from now on, as a screen reader would be given it.
  const region = form.locator('.keep-current [aria-live="polite"]');
  await region.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  // 3 Mar 2017 over 15 Jun 2014, key by key (the same keys whichever of day and month comes
  // first): 3 Jun or 15 Mar, then 3 Mar 2014 are whole dates on the way, and the year passes
  // through 0002, 0020 and 0201.
  await earned.focus();
  await earned.pressSequentially('03032017');
  await expect(earned).toHaveValue('2017-03-03');
  await expect(form).toContainText(
    'Ascent will record 2 renewals, each on the last day of its cycle: 2 Mar 2020 and 2 Mar 2023. PMP then shows as suspended: the cycle that ended on 2 Mar 2026 can still be renewed until 2 Mar 2027;',
  );
  const final = (await region.textContent()) ?? '';
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect([...new Set(said)]).toEqual([final]);

  // Typed and saved at once: the question about the date typed, 10 Oct 2022, shows first and
  // the save waits for it; the next press saves it with its one renewal (9 Oct 2025).
  await earned.blur();
  await earned.focus();
  await earned.pressSequentially('10102022');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(question).toContainText('PMP’s first cycle ended on 9 Oct 2025.');
  await expect(question).toContainText(waitingLine);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('article', { name: pmp });
  await expect(card.getByText('Active', { exact: true })).toBeVisible();
  await expect(card).toContainText('Cycle 2: 10 Oct 2025 – 9 Oct 2028');
});

test('a credential of your own, and delete with undo', async ({ page }) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Define your own credential' }).click();
  const form = page.getByRole('form', { name: 'Define your own credential' });
  await form.getByLabel('Awarding body').fill('APM');
  await form.getByLabel('Short name').fill('ChPP');
  await form.getByLabel('Full name').fill('Chartered Project Professional');
  await form.getByLabel('Cycle length in months').fill('12');
  await form.getByLabel('Credits needed per cycle').fill('-35');
  await form.getByRole('button', { name: 'Save credential definition' }).click();
  await expect(problems(form)).toBeFocused();
  await expectProblem(form, 'Credits needed per cycle', 'This cannot be negative.');
  await expect(problems(form).getByRole('button')).toHaveCount(1);
  await form.getByLabel('Credits needed per cycle').fill('35');
  await form.getByRole('button', { name: 'Save credential definition' }).click();
  await expect(form).toBeHidden();

  await addCredential(page, 'ChPP — Chartered Project Professional (APM)', 'Earned', '2026-06-01');
  const card = page.getByRole('article', { name: 'ChPP — Chartered Project Professional' });
  await expect(card).toContainText('0 CPDs counted of 35');

  await page.getByRole('link', { name: 'ChPP — Chartered Project Professional' }).click();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('article', { name: 'ChPP — Chartered Project Professional' }),
  ).toContainText('0 CPDs counted of 35');
});

test('the command palette opens "Add a credential"; closing it leaves the plain address', async ({
  page,
}) => {
  await onboard(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new credential');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(
    'New credential',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/credentials\/new$/);
  const form = page.getByRole('form', { name: 'Add a credential' });
  await expect(form.getByLabel('Credential', { exact: true })).toBeFocused();
  await form.getByLabel('Credential', { exact: true }).selectOption('pmp');
  await form.getByLabel(/Earned on/).fill('2025-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/#\/credentials$/);
  await expect(page.getByRole('article', { name: pmp })).toContainText('Cycle 1: 15 Jan 2025');
  // A reload shows the list, not the form again.
  await page.reload();
  await expect(page.getByRole('article', { name: pmp })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a credential' })).toHaveCount(0);
});

test('expired credentials are listed after the others under "No longer held", closed until opened from the keyboard', async ({
  page,
}) => {
  await onboard(page);
  const csmName = 'CSM — Certified ScrumMaster';
  await addCredential(page, csmName, 'Earned', '2025-06-01');
  // PMP earned 15 Jan 2010, never renewed: suspended from 15 Jan 2013, expired since 15 Jan 2014.
  await addCredential(page, pmp, 'Earned', '2010-01-15', true);
  const group = page.getByRole('region', { name: 'No longer held (1)' });
  const pmpCard = group.getByRole('article', { name: pmp });
  const pmpLink = pmpCard.getByRole('link', { name: pmp });
  // Focus went to the new card: the closed group opened for it.
  await expect(pmpLink).toBeFocused();
  await expect(pmpCard.getByText('Expired', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // Back on the screen: the group is closed, its summary saying how many and which.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await openCredentials(page);
  const csmCard = page.getByRole('article', { name: csmName });
  await expect(csmCard.getByText('Active', { exact: true })).toBeVisible();
  await expect(group.getByRole('article', { name: csmName })).toHaveCount(0);
  const summary = group.locator('summary');
  await expect(summary).toHaveText('1 expired credential: PMP');
  await expect(pmpCard).toBeHidden();
  await expectAccessible(page);

  // The keyboard: Tab from the active card reaches the summary, Enter opens it, Tab goes on
  // into the expired card, whose link opens its page.
  await csmCard.getByRole('link', { name: csmName }).focus();
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pmpCard).toBeVisible();
  await expect(group).toContainText('Most recently expired first.');
  await page.keyboard.press('Tab');
  await expect(pmpLink).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  // Back from its page: the group is as the person left it, open.
  await page.goBack();
  await expect(pmpCard).toBeVisible();
  await pmpLink.click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();

  // Deleted, then put back by Undo: the group, closed again, opens for the card's focus.
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(csmCard).toBeVisible();
  await expect(page.getByRole('region', { name: /No longer held/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pmpLink).toBeFocused();
  await expect(pmpCard).toBeVisible();
});

test('"Add credential" pressed right after typing an old earned date shows the renewal question first; the next press saves', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  for (const [label, acronym, earned] of [
    ['CAPM — Certified Associate in Project Management', 'CAPM', '2018-05-01'],
    [pmp, 'PMP', '2012-01-10'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a credential' }).click();
    const form = page.getByRole('form', { name: 'Add a credential' });
    await form.getByLabel('Credential').selectOption({ label });
    await form.getByLabel('Stage').selectOption({ label: 'Earned' });
    await form.getByLabel(/Earned on/).fill(earned);
    // Pressing the button takes the focus from the date: the renewal question must not appear
    // and move the button away before the click lands (it did: the click was lost). The click
    // lands, and the save waits: the question was never on screen, so nothing is recorded
    // "as you said" before the person has seen it.
    await form.getByRole('button', { name: 'Add credential' }).click();
    const question = form.getByRole('group', {
      name: `Have you renewed ${acronym} every cycle so far?`,
    });
    await expect(question).toBeFocused();
    await expect(question).toContainText(
      `Not saved yet: Ascent records renewals of ${acronym} from your answer to this question. Check it, then press “Add credential” again.`,
    );
    await expect(page.getByRole('article', { name: label })).toHaveCount(0);
    // Saved with the answer shown for PMI, "renewed every cycle": active.
    await form.getByRole('button', { name: 'Add credential' }).click();
    await expect(form).toBeHidden();
    await expect(
      page.getByRole('article', { name: label }).getByText('Active', { exact: true }),
    ).toBeVisible();
  }
});

test('an old earned date filled and Enter pressed at once: the renewal question is asked, nothing is added until it is answered', async ({
  page,
}) => {
  await onboard(page);
  await openCredentials(page);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  const earned = form.getByLabel(/Earned on/);
  await earned.fill('2017-12-03');
  await earned.press('Enter');
  // Not saved: the question is on screen, focused, and says why the save waits.
  const question = form.getByRole('group', { name: 'Have you renewed PMP every cycle so far?' });
  await expect(question).toBeFocused();
  await expect(question).toContainText(waitingLine);
  await expect(question).toContainText('PMP’s first cycle ended on 2 Dec 2020.');
  await expect(page.getByRole('article', { name: pmp })).toHaveCount(0);
  await expectAccessible(page);
  // The person's answer is the one saved: no renewal assumed, so PMP shows as expired.
  await question
    .getByRole('radio', { name: 'Not renewed every cycle: I will record my renewals myself' })
    .check();
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('article', { name: pmp });
  await expect(card.getByText('Expired', { exact: true }).first()).toBeVisible();
  await card.getByRole('link', { name: pmp }).click();
  await expect(page.getByRole('heading', { level: 1, name: pmp })).toBeVisible();
  await expect(page.getByText(/assumed, as you said/)).toHaveCount(0);
});
