/**
 * A PRINCE2 holder who renews by exam (domain-facts §3) says so under "How you renew" on the
 * credential's page: the card then asks for no CPD points ("Renew by exam by …") instead of a
 * missed yearly minimum and points still missing.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const credentialsLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Credentials' });

async function addEarned(page: Page, label: string, earned: string) {
  await credentialsLink(page).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill(earned);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

const practitionerCard = (page: Page) =>
  page.getByRole('article', { name: 'PRINCE2 Practitioner', exact: true });

test('PRINCE2 Practitioner switched to the exam route asks for no CPD points on its card', async ({
  page,
}) => {
  await onboard(page);
  // Passed 1 Jun 2024: renew by 1 Jun 2027. On 22 Nov 2026 two CPD years have ended with none.
  await addEarned(page, 'PRINCE2 Practitioner', '2024-06-01');
  const card = practitionerCard(page);
  await expect(card).toContainText('Behind: a yearly minimum was missed');
  await expect(card).toContainText('Still missing');

  await card.getByRole('link', { name: 'PRINCE2 Practitioner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PRINCE2 Practitioner' })).toBeVisible();
  const route = page
    .getByRole('region', { name: 'The rule behind the numbers' })
    .getByRole('group', { name: 'How you renew' });
  const cpd = route.getByRole('radio', {
    name: 'CPD points: 20 a year for 3 years, with a PeopleCert membership',
  });
  const exam = route.getByRole('radio', {
    name: 'An exam: retake this one, or pass another in the suite, by the renew-by date',
  });
  await expect(cpd).toBeChecked();
  await exam.check();
  await expect(exam).toBeChecked();
  const current = page.getByRole('region', { name: 'Current cycle' });
  await expect(current).toContainText('Renew by exam by 1 Jun 2027 · 191 days left');
  await expect(current).toContainText(
    'No CPD points are needed: you renew by passing this exam again, or another exam in the same suite, by 1 Jun 2027.',
  );
  await expect(current).not.toContainText('Still missing');
  await expectAccessible(page);

  await credentialsLink(page).click();
  await expect(card).toContainText('Renew by exam by 1 Jun 2027');
  await expect(card).not.toContainText('Behind');
  await expect(card).not.toContainText('Still missing');
  await expect(card.locator('.pill')).toHaveText('Active');
});
