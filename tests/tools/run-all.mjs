// `npm test`: every check and every test suite, then one closing line
// "N passed, N failed, N skipped" counting every test. Exits non-zero on any failure.
// Each step runs even when an earlier one failed, so one run shows everything that is wrong.
// The format, lint and type checks run side by side, one per core and at least two (they only
// read the sources); each one's output is printed whole when it ends.
import { availableParallelism } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const results = resolve(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(args) {
  console.log(`\n▶ ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(npx, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function readJson(file) {
  const path = resolve(results, file);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function record(name, counts, seconds) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  lines.push(
    `${counts.failed > 0 ? 'FAIL' : 'ok  '} ${name}: ${counts.passed} passed, ${counts.failed} failed` +
      (counts.skipped ? `, ${counts.skipped} skipped` : '') +
      ` (${seconds}s)`,
  );
}

/** A check with no test count of its own counts as one test. */
function check(name, args) {
  const r = run(args);
  record(name, { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1 }, r.seconds);
}

/** Runs `args` with its output kept, to be printed in one piece when it ends. */
function runKept(args) {
  return new Promise((done) => {
    const started = Date.now();
    let out = '';
    const finish = (ok) => done({ ok, seconds: ((Date.now() - started) / 1000).toFixed(1), out });
    const child = spawn(npx, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => {
      out += `${e}\n`;
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

/**
 * Checks with no test count of their own, `at` at a time; each counts as one test, recorded
 * in the order given.
 */
async function checksTogether(list, at) {
  const results = new Array(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const i = next++;
      const [, args] = list[i];
      const r = await runKept(args);
      console.log(`\n▶ ${args.join(' ')} (${r.seconds}s)`);
      if (r.out) process.stdout.write(r.out.endsWith('\n') ? r.out : `${r.out}\n`);
      results[i] = r;
    }
  };
  await Promise.all(Array.from({ length: Math.min(at, list.length) }, lane));
  list.forEach(([name], i) => {
    const r = results[i];
    record(name, { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1 }, r.seconds);
  });
}

/** A step that writes {passed, failed[, skipped]} to test-results/<file>. */
function counted(name, args, file) {
  const r = run(args);
  const json = readJson(file);
  if (!json) return record(name, { passed: 0, failed: 1 }, r.seconds);
  const failed = json.failed + (r.ok || json.failed > 0 ? 0 : 1);
  record(name, { passed: json.passed, failed, skipped: json.skipped ?? 0 }, r.seconds);
}

function vitest() {
  const r = run([
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
  ]);
  const json = readJson('vitest.json');
  if (!json) return record('unit and db tests (Vitest)', { passed: 0, failed: 1 }, r.seconds);
  const failed = json.numFailedTests + (r.ok || json.numFailedTests > 0 ? 0 : 1);
  record(
    'unit and db tests (Vitest)',
    { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests },
    r.seconds,
  );
}

function playwright(name, config, file) {
  const r = run(['playwright', 'test', '-c', config]);
  const json = readJson(file);
  if (!json) return record(name, { passed: 0, failed: 1 }, r.seconds);
  const s = json.stats;
  const failed = s.unexpected + s.flaky + (r.ok || s.unexpected > 0 ? 0 : 1);
  record(name, { passed: s.expected, failed, skipped: s.skipped }, r.seconds);
}

// The longest first, so the two lanes end close together.
await checksTogether(
  [
    ['typecheck: tests', ['tsc', '-p', 'tsconfig.tests.json', '--noEmit']],
    ['lint (ESLint, layering rules)', ['eslint', '--max-warnings', '0', '.']],
    ['format (Prettier)', ['prettier', '--check', '.']],
    ['typecheck: renderer (web)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
    ['typecheck: electron (node)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
    ['typecheck: shared', ['tsc', '-p', 'tsconfig.shared.json', '--noEmit']],
  ],
  Math.max(2, availableParallelism()),
);
check('build: desktop (electron-vite)', ['electron-vite', 'build']);
// After the build: the packaging dry run packs out/ into a real app.asar.
counted(
  'electron-builder configuration',
  ['node', 'tests/tools/check-builder-config.mjs'],
  'builder.json',
);
check('build: web', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
counted('security scan (electronegativity)', ['node', 'tests/security/scan.mjs'], 'security.json');
vitest();
playwright('end-to-end (Chromium)', 'playwright.config.ts', 'e2e.json');
playwright('Electron suite', 'playwright.electron.config.ts', 'electron.json');

console.log('\nSummary');
for (const l of lines) console.log(`  ${l}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
