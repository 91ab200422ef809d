/**
 * Part (f): the report as a PDF, the way the e2e report test prints it (Chromium's own PDF
 * printing, the engine Electron's printToPDF uses). Timed from choosing the period on the
 * Reports screen until the PDF bytes are handed over.
 */
import { expect, type Page } from '@playwright/test';

export type ReportPeriod =
  { kind: 'last-12-months' } | { kind: 'whole-log'; from: string; to: string };

async function choosePeriod(page: Page, period: ReportPeriod) {
  const group = page.getByRole('group', { name: 'Period' });
  if (period.kind === 'last-12-months') {
    await group.getByLabel('Last 12 months').check();
    return;
  }
  await group.getByLabel('Your own dates').check();
  await page.getByLabel('From', { exact: true }).fill(period.from);
  await page.getByLabel('To', { exact: true }).fill(period.to);
}

/** Reports → period chosen → report on screen → PDF written; milliseconds and bytes. */
export async function reportPdf(
  page: Page,
  period: ReportPeriod,
): Promise<{ ms: number; bytes: number }> {
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible({
    timeout: 120_000,
  });
  // Start from the other period so that choosing this one really rebuilds the report.
  const other: ReportPeriod =
    period.kind === 'last-12-months'
      ? { kind: 'whole-log', from: '2026-01-01', to: '2026-01-31' }
      : { kind: 'last-12-months' };
  await choosePeriod(page, other);
  const report = page.getByRole('article', { name: /Progress report/ });
  await expect(report).toBeVisible({ timeout: 120_000 });
  const t0 = Date.now();
  await choosePeriod(page, period);
  const shown =
    period.kind === 'last-12-months' ? /^Last 12 months,/ : /^Chosen dates, .* to 22 Nov 2026/;
  await expect(report.locator('.report-header p')).toHaveText(shown, { timeout: 120_000 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - t0;
  await page.emulateMedia({ media: 'screen' });
  return { ms, bytes: pdf.length };
}
