/**
 * Part (a) in the browser: the domain figures measured where the app runs its rules — in
 * Chromium, from code built the way the app's is (Vite, minified, the renderer's target) —
 * rather than in the benchmark runner's Node with its test-time transform. The page makes
 * the same career from the same seed (the generator is deterministic) and returns the
 * figures. Built by tests/bench/vite.domain.config.ts; loaded by bench.spec.ts.
 */
import type { LocalDate } from '../../shared/dates';
import { generateCareer, type Preset } from './dataset';
import { domainFigures } from './domain-figures';
import type { Figure } from './stats';

export type DomainBench = (
  preset: Preset['name'],
  seed: number,
  today: LocalDate,
  runs: number,
) => { figures: Figure[]; activities: number };

const run: DomainBench = (preset, seed, today, runs) => {
  const tables = generateCareer(preset, seed, today);
  return {
    figures: domainFigures(tables, today, runs),
    activities: (tables.activities ?? []).length,
  };
};

(globalThis as { ascentDomainBench?: DomainBench }).ascentDomainBench = run;
