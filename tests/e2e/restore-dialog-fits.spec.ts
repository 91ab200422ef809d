/**
 * The restore dialog fits the window: with the preview of a full backup shown (eleven kinds of
 * record, from the report tests' seed), a short window and a narrow one still show the dialog's
 * title and its buttons; the details between them scroll inside the dialog, by keyboard too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, onboard, test } from './fixtures';
import { seededBackup } from './report-seed';

/** The whole box on screen, measured against the window the test set. */
async function expectInWindow(page: Page, target: Locator, name: string) {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error(`${name}: no box or no window size`);
  const where = `${name} at x ${box.x}, y ${box.y}, ${box.width}×${box.height} in ${view.width}×${view.height}`;
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, where).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height, where).toBeLessThanOrEqual(view.height);
  // And not hidden by a scrolling box around it.
  await expect(target, where).toBeInViewport({ ratio: 1 });
}

const scrollBox = (target: Locator) =>
  target.evaluate((el) => ({
    top: el.scrollTop,
    height: el.scrollHeight,
    visible: el.clientHeight,
    width: el.scrollWidth,
    visibleWidth: el.clientWidth,
  }));

/**
 * Onboards (so there is data to replace), sizes the window, and chooses the seeded backup in
 * Settings → Backups; returns the button that opened the dialog.
 */
async function openPreview(page: Page, size: { width: number; height: number }) {
  await onboard(page);
  await page.setViewportSize(size);
  await page.goto('/#/settings');
  const opener = page
    .getByRole('region', { name: 'Backups' })
    .getByRole('button', { name: 'Restore from a backup file…' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), opener.click()]);
  await chooser.setFiles({
    name: 'seed.ascent-backup',
    mimeType: 'application/zip',
    buffer: await seededBackup(),
  });
  return opener;
}

for (const size of [
  { width: 1280, height: 600 },
  { width: 420, height: 700 },
]) {
  test(`in a ${size.width}×${size.height} window the restore preview keeps its title and buttons in view`, async ({
    page,
  }) => {
    const opener = await openPreview(page, size);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    const title = dialog.getByRole('heading', { name: 'Restore this backup?' });
    const replace = dialog.getByRole('button', { name: 'Replace my data with this backup' });
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    const details = dialog.getByRole('region', { name: 'About this backup' });
    const copyFirst = dialog.getByLabel('First download a copy of my current data (recommended)');
    await expect(dialog.getByRole('row', { name: 'Records in all' })).toContainText('227');
    await expect(cancel).toBeFocused();

    for (const [target, name] of [
      [title, 'the title'],
      [replace, 'the restore button'],
      [cancel, 'the Cancel button'],
      [dialog, 'the dialog'],
    ] as const) {
      await expectInWindow(page, target, name);
    }
    // The details scroll, not the dialog, and never sideways.
    const inner = await scrollBox(details);
    expect(inner.height, 'the details are taller than their box').toBeGreaterThan(inner.visible);
    expect(inner.width, 'the details fit their box across').toBeLessThanOrEqual(inner.visibleWidth);
    const outer = await scrollBox(dialog);
    expect(outer.height, 'the dialog itself does not scroll').toBeLessThanOrEqual(outer.visible);

    // Keyboard: back from Cancel through the buttons and the checkbox to the details, which
    // then scroll with Home and End.
    await page.keyboard.press('Shift+Tab');
    await expect(replace).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(copyFirst).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(details).toBeFocused();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await scrollBox(details)).top).toBe(0);
    await expect(details.getByText('Made on', { exact: true })).toBeInViewport();
    await page.keyboard.press('End');
    await expect.poll(async () => (await scrollBox(details)).top).toBeGreaterThan(0);
    await expect(copyFirst).toBeInViewport();
    await expect(details.getByText('Made on', { exact: true })).not.toBeInViewport();
    await expectInWindow(page, title, 'the title, scrolled to the end');
    await expectInWindow(page, replace, 'the restore button, scrolled to the end');

    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help}`)).toEqual([]);
    // The rule did look at a box that scrolls, and found it reachable.
    expect(axe.passes.map((p) => p.id)).toContain('scrollable-region-focusable');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('a window made shorter while the preview is open scrolls the details from then on', async ({
  page,
}) => {
  await openPreview(page, { width: 1280, height: 1200 });
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  const replace = dialog.getByRole('button', { name: 'Replace my data with this backup' });
  const copyFirst = dialog.getByLabel('First download a copy of my current data (recommended)');
  await expect(dialog.getByRole('row', { name: 'Records in all' })).toContainText('227');

  // Tall enough for everything: nothing scrolls, and Tab goes from control to control as ever.
  await expect(dialog.getByRole('region')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(replace).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(copyFirst).toBeFocused();

  await page.setViewportSize({ width: 1280, height: 600 });
  const details = dialog.getByRole('region', { name: 'About this backup' });
  await expect(details).toHaveAttribute('tabindex', '0');
  await expectInWindow(
    page,
    dialog.getByRole('heading', { name: 'Restore this backup?' }),
    'the title',
  );
  await expectInWindow(page, replace, 'the restore button');
  await page.keyboard.press('Shift+Tab');
  await expect(details).toBeFocused();

  // Made tall again while the box has the focus: it no longer scrolls, and keeps the focus.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await expect(dialog.getByRole('region')).toHaveCount(0);
  await expect(dialog.locator('.backup-dialog-details')).toBeFocused();
});
