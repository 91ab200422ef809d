// The same learning is not counted twice (CreditConfirm, rule "avoid counting the same learning
// twice"): a course logged by hand in the credit log, then added in Learning, is named in the
// course's credit proposal, which offers to link that entry instead of adding a second one.
// The toast's Undo takes the link back and leaves the entry in the log, unlinked.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

const pmp = 'PMP — Project Management Professional';
const TITLE = 'PMO set-up and operations';
const LINK = 'Link that entry to this course instead';
// Chromium’s en-GB writes September “Sept”.
const WARNING = `Your credit log already has “${TITLE}”, 3 Sept 2026, 16 hours, not linked to this course. Confirming adds a second entry, and the same learning counts twice.`;

async function go(page: Page, area: 'Learning' | 'Credentials' | 'Credit log') {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

async function earnPmp(page: Page) {
  await go(page, 'Credentials');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: pmp });
  await form.getByLabel('Stage').selectOption({ label: 'Earned' });
  await form.getByLabel(/Earned on/).fill('2025-01-15');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

/** The course, logged by hand in the credit log as a person keeping their own record would. */
async function logByHand(page: Page) {
  await go(page, 'Credit log');
  await page.getByRole('button', { name: 'Log your first activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log an activity' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Provider (optional)').fill('Acme Training');
  await page.getByLabel('Activity type').selectOption({ label: 'Course or training' });
  await page.getByLabel('Completion date').fill('2026-09-03');
  await page.getByLabel('Amount', { exact: true }).fill('16');
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Hours' });
  await page.getByLabel('Ways of Working', { exact: true }).fill('16');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(logRows(page)).toHaveCount(1);
}

/** The credit log's entries with the course's title. */
const logRows = (page: Page) =>
  page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: TITLE }) });

/** The same course, completed, added in Learning: its credit proposal opens on saving. */
async function addCourse(page: Page) {
  await go(page, 'Learning');
  await page.getByRole('button', { name: 'Add a course' }).click();
  const course = page.getByRole('form', { name: 'Add a course' });
  await course.getByLabel('Course title').fill(TITLE);
  await course.getByLabel('Provider').fill('Acme Training');
  await course.getByLabel('Status').selectOption({ label: 'Completed' });
  await course.getByLabel('Start date').fill('2026-09-01');
  await course.getByLabel('End date').fill('2026-09-03');
  await course.getByLabel('Contact hours').fill('16');
  await course.getByRole('button', { name: 'Save course' }).click();
  await expect(course).toBeHidden();
}

test('a course already logged by hand: its proposal names that entry, linking it adds nothing, Undo unlinks it', async ({
  page,
}) => {
  await onboard(page);
  await earnPmp(page);
  await logByHand(page);
  await addCourse(page);

  // The proposal warns, naming the entry already in the log, and offers to link it instead.
  const panel = page.getByRole('region', { name: 'Credit entries to confirm' });
  await expect(panel).toContainText(`“${TITLE}” earns credit for PMP`);
  await expect(panel.getByText(WARNING, { exact: true })).toBeVisible();
  const link = panel.getByRole('button', { name: LINK });
  // The button is described by the warning, so a screen reader hears which entry it links.
  await expect(link).toHaveAccessibleDescription(WARNING);
  await expectAccessible(page);

  await link.click();
  await expect(panel).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Nothing was added.' });
  await expect(toast).toContainText(
    `“${TITLE}” in your credit log is now linked to the entry of the same name, so it counts once. Nothing was added.`,
  );
  const courseRow = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(courseRow).toContainText('1 in the credit log');
  const propose = courseRow.getByRole('button', { name: `Propose credit entries for ${TITLE}` });
  await expect(propose).toHaveCount(0);

  // Undo takes the link back: the course offers its credit again, and the entry stays unlinked.
  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(propose).toBeVisible();
  await expect(courseRow).not.toContainText('1 in the credit log');
  await propose.click();
  await expect(panel.getByText(WARNING, { exact: true })).toBeVisible();

  // Linked again, for good this time: the credit log holds the one entry, not two.
  await panel.getByRole('button', { name: LINK }).click();
  await expect(panel).toBeHidden();
  await expect(courseRow).toContainText('1 in the credit log');
  await go(page, 'Credit log');
  await expect(logRows(page)).toHaveCount(1);
  await expect(page.locator('table tbody tr')).toHaveCount(1);
});

test('after Undo the hand-logged entry is still in the credit log, alone', async ({ page }) => {
  await onboard(page);
  await earnPmp(page);
  await logByHand(page);
  await addCourse(page);

  const panel = page.getByRole('region', { name: 'Credit entries to confirm' });
  await panel.getByRole('button', { name: LINK }).click();
  await expect(panel).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Nothing was added.' });
  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  const courseRow = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(
    courseRow.getByRole('button', { name: `Propose credit entries for ${TITLE}` }),
  ).toBeVisible();

  await go(page, 'Credit log');
  await expect(logRows(page)).toHaveCount(1);
  await expect(page.locator('table tbody tr')).toHaveCount(1);
});
