import { analyst, expect, expectAccessible, manager, onboard, test } from './fixtures';

/**
 * The skills chart names every bar: the skill before it, its level against the target after
 * it ("3 of 4"), the levels under the bars, all inside the chart and clear of the bars at a
 * 1024 px window, in the light and the dark theme.
 */
for (const theme of ['light', 'dark'] as const) {
  test(`the skills chart writes each skill's name and level beside its bar (${theme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: theme });
    await onboard(page, { current: analyst, target: manager });
    await page.goto('/#/ladder/skills');
    const form = page.getByRole('form', { name: 'Rate Leadership and management' });
    await form.getByLabel(/^3 — /).check();
    await form.getByRole('button', { name: 'Save rating for Leadership and management' }).click();
    await expect(form.getByRole('status')).toHaveText('Leadership and management rated 3.');

    const chart = page.getByRole('img', { name: /Skills now against the target for PMO Manager/ });
    await expect(chart).toContainText('Leadership and management');
    await expect(chart).toContainText(/Leadership and management3 of \d/);
    await expect(chart).toContainText('Leading organisational change');
    await expect(chart).toContainText(/Not rated, target \d/);
    await chart.scrollIntoViewIfNeeded();
    // Every word sits inside the chart, each name ends before the bars begin, and reads at a
    // size a person can read.
    const layout = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const track = svg.querySelector('rect')!.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent,
          inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          clearOfBars: !t.classList.contains('chart-label') || r.right < track.left,
          readable: r.height >= 11,
        };
      });
    });
    expect(layout.filter((t) => !t.inside || !t.clearOfBars || !t.readable)).toEqual([]);
    await expectAccessible(page);
    await chart.screenshot({ path: test.info().outputPath(`skill-chart-${theme}.png`) });
    await page.screenshot({ path: test.info().outputPath(`skills-1024-${theme}.png`) });
  });
}
