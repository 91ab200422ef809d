/**
 * Runs the domain figures (domain-page.ts, built by vite.domain.config.ts) in Chromium, in a
 * page of their own with nothing else in it, and checks the page made the same career.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LocalDate } from '../../shared/dates';
import { launchProfile } from './browser';
import type { Preset } from './dataset';
import type { DomainBench } from './domain-page';
import type { Figure } from './stats';

const root = resolve(import.meta.dirname, '../..');

export async function domainFiguresInChromium(
  dir: string,
  baseURL: string,
  preset: Preset['name'],
  seed: number,
  today: LocalDate,
  runs: number,
  activities: number,
): Promise<Figure[]> {
  const script = resolve(root, process.env.BENCH_DOMAIN_OUT ?? 'out/bench-domain', 'domain.js');
  if (!existsSync(script))
    throw new Error(`${script} is missing: npm run bench builds it before the benchmark.`);
  const context = await launchProfile(dir, baseURL);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent('<!doctype html><title>Ascent domain figures</title>');
    await page.addScriptTag({ path: script });
    const result = await page.evaluate(
      ([p, s, t, r]) =>
        (globalThis as { ascentDomainBench?: DomainBench }).ascentDomainBench!(p, s, t, r),
      [preset, seed, today, runs] as const,
    );
    if (result.activities !== activities)
      throw new Error(
        `The page made ${result.activities} credit entries, the runner ${activities}: not the same career.`,
      );
    return result.figures;
  } finally {
    await context.close();
  }
}
