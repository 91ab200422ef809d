import { expect, test } from './fixtures';

/**
 * Right after the sample loads, an activity opened from the log and retitled at once keeps the
 * title typed, and the form never says it was changed in another window: nobody changed it,
 * and its own save is not such a change (that alert used to show, and be read out, for a
 * moment after Save).
 */
test('an activity retitled as soon as it opens after the sample loads keeps its new title, with no word of another window', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { saidOnce: string[] }).saidOnce = said;
    new MutationObserver(() => {
      const text = document.body?.textContent ?? '';
      const match = /This activity was changed in another window[^.]*\./.exec(text);
      if (match && !said.includes(match[0])) said.push(match[0]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Sam Rivera' })).toBeVisible();

  // No waiting for the log to settle: opened and typed in as soon as each is there.
  await page.goto('/#/credit-log');
  await page.locator('table tbody tr').first().getByRole('link').first().click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Stakeholder mapping with a mentor');
  await expect(title).toHaveValue('Stakeholder mapping with a mentor');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Credit log' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your changes' })).toHaveText(
    /Saved your changes to “Stakeholder mapping with a mentor”\./,
  );
  await expect(
    page.getByRole('rowheader', { name: 'Stakeholder mapping with a mentor' }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /^Coaching conversation/ })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { saidOnce: string[] }).saidOnce)).toEqual(
    [],
  );
});
