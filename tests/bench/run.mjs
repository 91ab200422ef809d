// `npm run bench`: builds the web app into its own folder, runs the benchmark in Chromium
// and prints the figures (test-results/bench.json). BENCH_PRESET=small|medium|career,
// BENCH_RUNS (≥ 5), BENCH_SEED. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const step = (args) => spawnSync(npx, args, { cwd: root, env, stdio: 'inherit' }).status === 0;

if (!step(['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']))
  process.exit(1);
// The domain figures' page script, built as the app's code is (tests/bench/domain-page.ts).
if (!step(['vite', 'build', '--config', 'tests/bench/vite.domain.config.ts', '--logLevel', 'warn']))
  process.exit(1);
rmSync(resolve(root, 'test-results/bench.json'), { force: true });
const ran = step(['playwright', 'test', '-c', 'tests/bench/playwright.config.ts']);
let result;
try {
  result = JSON.parse(readFileSync(resolve(root, 'test-results/bench.json'), 'utf8'));
} catch {
  console.error('The benchmark wrote no figures (test-results/bench.json).');
  process.exit(1);
}

const fmt = (n) => (n === null ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const rows = result.figures.map((f) => [
  f.label,
  f.unit,
  String(f.runs),
  fmt(f.median),
  fmt(f.min),
  fmt(f.max),
  f.budget === null ? '' : `≤ ${f.budget}`,
  f.pass === null ? (f.runs === 0 ? 'not measured' : '') : f.pass ? 'pass' : 'FAIL',
]);
const head = ['Measure', 'unit', 'runs', 'median', 'min', 'max', 'budget', 'verdict'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `\nAscent benchmark — preset ${result.preset}, seed ${result.seed}, ${result.runs} runs`,
);
console.log(line(head));
for (const r of rows) console.log(line(r));
for (const f of result.figures.filter((f) => f.note)) console.log(`  ${f.label}: ${f.note}`);
if (!result.complete)
  console.log('The benchmark stopped early: the figures above are the ones it reached.');
console.log('Figures written to test-results/bench.json');
process.exit(ran ? 0 : 1);
