import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, onboard, test } from './fixtures';

/**
 * The spreadsheet import in a 900 px window: the rows table scrolls inside its own labelled box
 * (its "What happens" column was cut off at the box's edge and squeezed to a word a line), and
 * the drop-downs of step 2 show their whole choice ("PDUs or other credits (1 = 1" lost "hour)").
 */
async function openImport(page: Page) {
  await onboard(page);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: 'Credit log' })
    .click();
  await page.getByRole('link', { name: 'Import from a spreadsheet…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }),
  ).toBeVisible();
}

const ROWS = [
  'Date,Activity,Provider,Type,PDUs,Power Skills',
  '2025-09-06,Negotiation basics for project managers,PMI Chapter Northwest,Course,1.5,1.5',
  '2025-09-07,Stakeholder workshop,Acme Training International,Course,500,500',
  '2025-09-08,Leadership reading,Chapter,Book,2,',
];

/**
 * For each drop-down, its width and the width each of its choices needs to show whole: the
 * same drop-down holding only that choice, free to be as wide as it likes.
 */
function choiceWidths(select: Locator) {
  return select.evaluate((el: HTMLSelectElement) => {
    const width = el.getBoundingClientRect().width;
    const needs = [...el.options].map((option) => {
      const alone = el.cloneNode(false) as HTMLSelectElement;
      alone.append(option.cloneNode(true));
      Object.assign(alone.style, { position: 'absolute', width: 'auto', maxWidth: 'none' });
      el.parentElement!.append(alone);
      const needed = alone.getBoundingClientRect().width;
      alone.remove();
      return { choice: option.text, cut: needed > width + 0.5 };
    });
    return needs.filter((n) => n.cut).map((n) => n.choice);
  });
}

test('in a 900 px window, the import’s rows scroll in their own box with “What happens” readable, and every drop-down choice shows whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await openImport(page);
  await page.getByLabel('Spreadsheet file (CSV)').setInputFiles({
    name: 'talks.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ROWS.join('\n')),
  });
  await page.getByLabel('Show').selectOption({ label: 'All rows (3)' });

  // Step 2's drop-downs: each choice fits in its box.
  const unit = page.getByLabel('The amount column counts');
  await expect(unit).toHaveValue('body-unit');
  expect(await choiceWidths(unit), 'amount unit choices cut short').toEqual([]);
  const type = page.getByLabel('Rows whose type Ascent does not recognise');
  expect(await choiceWidths(type), 'type choices cut short').toEqual([]);

  // Step 3's table: in a box of its own that the keyboard scrolls; the page keeps its width.
  const box = page.getByRole('region', { name: 'Rows of the file' });
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box.getByRole('table')).toHaveAccessibleName('All rows of talks.csv');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    'the page is no wider than the window',
  ).toBe(900);
  const what = box.getByRole('columnheader', { name: 'What happens' });
  await box.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  // Keyboard scrolling is smooth: wait until it has brought the column in.
  await expect(what).toBeInViewport({ ratio: 1 });
  const [edge, header] = [(await box.boundingBox())!, (await what.boundingBox())!];
  expect(header.x + header.width, 'What happens ends inside the box').toBeLessThanOrEqual(
    edge.x + edge.width + 0.5,
  );
  expect(header.x).toBeGreaterThanOrEqual(edge.x);

  // "Ready to import" and the choice to leave a row out each read on one line.
  const row3 = box.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3' }) });
  const ready = row3.getByText('Ready to import');
  const leave = row3.getByText('Leave row 3 out');
  for (const [name, words] of [
    ['Ready to import', ready],
    ['Leave row 3 out', leave],
  ] as const) {
    const lines = await words.evaluate(
      (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
    );
    expect(Math.round(lines), `${name} on one line`).toBe(1);
  }
  await expect(leave).toBeInViewport({ ratio: 1 });
  await expectAccessible(page);
});
