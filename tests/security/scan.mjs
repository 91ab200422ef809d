#!/usr/bin/env node
/**
 * Security gate for the built desktop app (run `npx electron-vite build` first).
 *
 * 1. Runs Doyensec's electronegativity over out/main, out/preload and out/renderer (staged in
 *    a temporary folder so the browser build in out/web is not mixed in). It exits 0 even
 *    with findings, so its CSV report is read instead: any HIGH or MEDIUM finding that no
 *    entry of allow-list.json covers fails the gate. Each entry names the check, a file
 *    pattern, optionally a regular expression for the flagged code, and why it was reviewed.
 * 2. Checks the bundles' shape: the sandboxed preload may require only 'electron', and the
 *    main bundle may import only 'electron' and Node built-ins (anything else would be
 *    missing from app.asar and is not what was reviewed).
 *
 * Prints a summary, writes test-results/security.json as {"passed":N,"failed":N} and exits
 * non-zero on failure. AvailableSecurityFixesGlobalCheck is excluded: it asks GitHub for
 * Electron releases, which is unreachable offline (and the Electron version is pinned).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv } from './csv.mjs';

const here = import.meta.dirname;
const root = resolve(here, '..', '..');
const out = join(root, 'out');
const started = Date.now();
const checks = [];

function record(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function finish() {
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results', 'security.json'),
    `${JSON.stringify({ passed, failed })}\n`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`security scan: ${passed} passed, ${failed} failed (${seconds} s)`);
  process.exit(failed === 0 ? 0 : 1);
}

/** `**` matches across folders, `*` within one; everything else is literal. */
function globToRegExp(glob) {
  const literal = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pattern = glob
    .split('**')
    .map((part) => part.split('*').map(literal).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern}$`);
}

function shorten(text, max = 110) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

// --- prerequisites -----------------------------------------------------------------------
const built = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'].filter(
  (f) => !existsSync(join(out, f)),
);
if (built.length > 0) {
  record(
    'built app present',
    false,
    `missing out/${built.join(', out/')}; run npx electron-vite build`,
  );
  finish();
}
const cli = join(here, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
if (!existsSync(cli)) {
  record('electronegativity installed', false, 'run `npm ci --prefix tests/security`');
  finish();
}

// --- bundle shape ------------------------------------------------------------------------
const preload = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
const preloadRequires = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
  (m) => m[1],
);
const strangers = preloadRequires.filter((m) => m !== 'electron');
const esmInPreload = /^\s*(import|export)\s/m.test(preload);
record(
  "preload is one CommonJS file requiring only 'electron'",
  strangers.length === 0 && !esmInPreload && preloadRequires.includes('electron'),
  strangers.length
    ? `also requires ${strangers.join(', ')}`
    : esmInPreload
      ? 'contains ES module syntax'
      : '',
);

const mainCode = readFileSync(join(out, 'main', 'index.js'), 'utf8');
const mainImports = [
  ...mainCode.matchAll(/\bfrom\s*["']([^"']+)["']/g),
  ...mainCode.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ...mainCode.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
].map((m) => m[1]);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const foreign = [...new Set(mainImports.filter((m) => m !== 'electron' && !builtins.has(m)))];
record(
  'main bundle imports only electron and Node built-ins',
  foreign.length === 0,
  foreign.join(', '),
);

// --- electronegativity -------------------------------------------------------------------
function scan(stage) {
  for (const dir of ['main', 'preload', 'renderer'])
    cpSync(join(out, dir), join(stage, 'app', dir), { recursive: true });
  const electronVersion = JSON.parse(
    readFileSync(
      createRequire(join(root, 'package.json')).resolve('electron/package.json'),
      'utf8',
    ),
  ).version;
  const csvPath = join(stage, 'report.csv');
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '-i',
      join(stage, 'app'),
      '-r',
      '-e',
      electronVersion,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-o',
      csvPath,
    ],
    { encoding: 'utf8', timeout: 300_000, env: { ...process.env, LANG: 'en-US' } },
  );
  const ran = run.status === 0 && existsSync(csvPath);
  record(
    `electronegativity ran (Electron ${electronVersion})`,
    ran,
    ran ? '' : shorten(`${run.error ?? ''} ${run.stderr}`, 400),
  );
  if (!ran) return;

  const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
  const columns = header.map((h) => h.trim());
  const findings = rows
    .filter((r) => r.length >= columns.length)
    .map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i].trim()])));
  const allowList = JSON.parse(readFileSync(join(here, 'allow-list.json'), 'utf8'));
  const badEntries = allowList.filter(
    (e) => !e.check || !e.file || typeof e.reason !== 'string' || e.reason.length < 40,
  );
  record(
    'every allow-list entry names a check, a file and a real reason',
    badEntries.length === 0,
    badEntries.map((e) => JSON.stringify(e)).join('; '),
  );

  const used = new Set();
  const blocking = [];
  const counts = {};
  for (const f of findings) {
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    if (f.severity !== 'HIGH' && f.severity !== 'MEDIUM') {
      console.log(
        `  info ${f.severity}/${f.confidence} ${f.issue} ${f.filename}:${f.location} — ${f.description}`,
      );
      continue;
    }
    const entry = allowList.find(
      (e) =>
        e.check === f.issue &&
        globToRegExp(e.file).test(f.filename) &&
        (!e.sample || new RegExp(e.sample).test(f.sample)),
    );
    if (entry) used.add(entry);
    console.log(
      `  ${entry ? 'reviewed' : 'BLOCKING'} ${f.severity}/${f.confidence} ${f.issue} ${f.filename}:${f.location} — ${shorten(f.sample)}`,
    );
    if (!entry) blocking.push(f);
  }
  for (const e of allowList.filter((e) => !used.has(e))) {
    console.log(
      `  note: allow-list entry for ${e.check} ${e.file} matched nothing; remove it if the code is gone`,
    );
  }
  const summary =
    Object.entries(counts)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ') || 'none';
  console.log(
    `  findings by severity: ${summary} (LOW and INFORMATIONAL are reported, not gating)`,
  );
  record(
    'no unreviewed HIGH or MEDIUM findings',
    blocking.length === 0,
    blocking.length ? `${blocking.length} to fix` : '',
  );
}

const stage = mkdtempSync(join(tmpdir(), 'ascent-scan-'));
try {
  scan(stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
finish();
