/**
 * A PRINCE2 Foundation certificate from before 2023 has no renew-by date (domain-facts §3,
 * §5.4; README Decisions) until a later exam in the suite gives it one.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

async function addEarned(page: Page, label: string, earned: string) {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credentials' })
    .click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill(earned);
  // Nothing to renew, so nothing is asked.
  await expect(form.getByRole('group', { name: /every cycle so far\?$/ })).toHaveCount(0);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

const foundationCard = (page: Page) =>
  page.getByRole('article', { name: 'PRINCE2 Foundation', exact: true });

test('a PRINCE2 Foundation from 2015 is held with no renew-by date, until a 2024 suite exam gives it one', async ({
  page,
}) => {
  await onboard(page);
  await addEarned(page, 'PRINCE2 Foundation', '2015-06-01');
  const card = foundationCard(page);
  await expect(card.locator('.pill')).toHaveText('Active');
  await expect(card).toContainText(
    /No renew-by date: you passed PRINCE2 Foundation before 1 Jan 2023, when PeopleCert began giving certificates one/,
  );
  await expect(card).not.toContainText('Not current');

  // Its page says the same, and "Why this number?" shows the day with the other reading.
  await card.getByRole('link', { name: 'PRINCE2 Foundation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PRINCE2 Foundation' })).toBeVisible();
  await expect(page.getByText(/^No renew-by date: you passed PRINCE2 Foundation/)).toBeVisible();
  const panel = page.getByRole('region', { name: 'The rule behind the numbers' });
  const row = panel.getByRole('listitem').filter({ hasText: 'renew-by date from exams on' });
  await expect(row).toContainText('1 Jan 2023');
  await row.getByText('Why this date?').click();
  await expect(row).toContainText('a PRINCE2 Foundation certificate never expires');
  // With no renew-by date there is no route to choose yet.
  await expect(panel.getByRole('group', { name: 'How you renew' })).toHaveCount(0);
  await expectAccessible(page);

  // PRINCE2 Agile passed on 10 Apr 2024: Foundation's renew-by is 3 years after that exam.
  await addEarned(page, 'PRINCE2 Agile — PRINCE2 Agile Practitioner', '2024-04-10');
  await expect(card).not.toContainText('No renew-by date');
  await expect(card).toContainText('10 Apr 2027');
  await expect(card.locator('.pill')).toHaveText('Active');
  // Now it has one, its page offers the route.
  await card.getByRole('link', { name: 'PRINCE2 Foundation' }).click();
  await expect(page.getByRole('group', { name: 'How you renew' })).toBeVisible();
  await expect(page.getByText(/^No renew-by date/)).toHaveCount(0);
  await expect(
    page.getByText(
      'Its renew-by date comes from your PRINCE2 Agile exam on 10 Apr 2024: a PRINCE2 Foundation certificate from before 1 Jan 2023 has none of its own.',
    ),
  ).toBeVisible();
});
