import { expect, expectAccessible, onboard, test } from './fixtures';

// "?" at 1024 × 700: the Keyboard shortcuts dialog opens at its top (title and the
// "Anywhere" group in view, the title in focus), Close stays in view at its foot, the list
// between scrolls on its own, and Escape closes it with focus back where it was.
test('the Keyboard shortcuts dialog opens at its top with Close in view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await onboard(page);
  const about = page.getByRole('button', { name: 'About Ascent' });
  await about.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const title = help.getByRole('heading', { name: 'Keyboard shortcuts' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport({ ratio: 1 });
  await expect(help.getByText('Anywhere', { exact: true })).toBeInViewport({ ratio: 1 });
  const close = help.getByRole('button', { name: 'Close' });
  await expect(close).toBeInViewport({ ratio: 1 });
  await expectAccessible(page);

  // The list scrolls on its own; the title and Close stay where they are.
  const list = help.getByRole('region', { name: 'All keyboard shortcuts' });
  await list.focus();
  await page.keyboard.press('End');
  await expect(help.getByText('Desktop app menu', { exact: true })).toBeInViewport();
  await expect(title).toBeInViewport({ ratio: 1 });
  await expect(close).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(about).toBeFocused();
});
