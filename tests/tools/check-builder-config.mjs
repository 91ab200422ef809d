#!/usr/bin/env node
/**
 * Offline check of the packaging configuration (electron-builder.yml).
 *
 * Real packaging downloads Electron and per-target tools, which CI cannot do; but the
 * configuration can be loaded and validated with electron-builder's own code (the same
 * getConfig + validateConfiguration its CLI runs first), plus the project's rules: app.asar
 * gets only the built app, never node_modules, and every library is a devDependency.
 *
 * The last check packs app.asar for real (electron-builder with a stand-in Electron folder) and
 * needs out/ from `npx electron-vite build`; without it that check is reported as skipped.
 *
 * Prints one PASS/FAIL/SKIP line per check, writes test-results/builder.json as
 * {"passed":N,"failed":N} (plus "skipped":N when a check was skipped), and exits non-zero on
 * any failure.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const FUSE_SENTINEL = require('@electron/fuses/dist/constants.js').SENTINEL;
const results = [];

/** Thrown when a check cannot run here; it is reported as skipped, with the reason. */
class Skip extends Error {}

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    const skipped = error instanceof Skip;
    results.push({ name, ok: false, skipped });
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`${skipped ? 'SKIP' : 'FAIL'} ${name}: ${reason}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path) {
  const bytes = readFileSync(path);
  assert(bytes.subarray(1, 4).toString('latin1') === 'PNG', `${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// electron-builder's internals: app-builder-lib has no "exports" map, so these deep paths
// are the functions its CLI uses (out/util/config/config.js).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const configPath = join(root, 'electron-builder.yml');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let config;

await check('electron-builder.yml loads with electron-builder', async () => {
  assert(existsSync(configPath), 'electron-builder.yml is missing');
  config = await getConfig(root, configPath, null);
});

await check("the configuration passes electron-builder's own schema", async () => {
  assert(config, 'no configuration loaded');
  await validateConfiguration(structuredClone(config), new DebugLogger(false));
});

await check('the schema check can fail (an unknown key is refused)', async () => {
  assert(config, 'no configuration loaded');
  const broken = { ...structuredClone(config), linux: { ...config.linux, notAnOption: true } };
  let refused = false;
  try {
    await validateConfiguration(broken, new DebugLogger(false));
  } catch {
    refused = true;
  }
  assert(refused, 'an unknown key was accepted: the validator is not doing its job');
});

await check('app identity', () => {
  assert(config.appId === 'app.ascent.desktop', `appId is ${config.appId}`);
  assert(config.productName === 'Ascent', `productName is ${config.productName}`);
  assert(config.directories?.output === 'dist', 'directories.output must be dist');
  assert(config.directories?.buildResources === 'resources', 'buildResources must be resources');
  return config.appId;
});

await check('app.asar gets only the built app and package.json', () => {
  const patterns = (config.files ?? []).flatMap((f) =>
    typeof f === 'string' ? [f] : (f.filter ?? []),
  );
  assert(patterns.length > 0, 'files is empty: electron-builder would pack the whole project');
  for (const p of patterns.filter((p) => !p.startsWith('!'))) {
    assert(!p.includes('node_modules'), `files includes node_modules: ${p}`);
    assert(
      p === 'package.json' || /^out\/(main|preload|renderer)\/\*\*$/.test(p),
      `unexpected files pattern ${p}`,
    );
  }
  for (const needed of ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']) {
    assert(patterns.includes(needed), `files must include ${needed}`);
  }
  return patterns.join(', ');
});

await check('every library is a devDependency (nothing copied into app.asar)', () => {
  for (const field of [
    'dependencies',
    'optionalDependencies',
    'peerDependencies',
    'bundleDependencies',
    'bundledDependencies',
  ]) {
    const entries = Object.keys(pkg[field] ?? {});
    assert(entries.length === 0, `package.json ${field}: ${entries.join(', ')}`);
  }
  assert(pkg.devDependencies?.electron, 'electron must be a devDependency');
  return `${Object.keys(pkg.devDependencies ?? {}).length} devDependencies`;
});

await check('package.json main points at the built main process', () => {
  assert(pkg.main === 'out/main/index.js', `main is ${pkg.main}`);
});

await check('targets: Linux AppImage + deb, Windows NSIS, macOS dmg', () => {
  const targets = (t) =>
    (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : x.target));
  assert(JSON.stringify(targets(config.linux?.target)) === '["AppImage","deb"]', 'linux targets');
  assert(JSON.stringify(targets(config.win?.target)) === '["nsis"]', 'win targets');
  assert(JSON.stringify(targets(config.mac?.target)) === '["dmg"]', 'mac targets');
  assert(config.linux?.category === 'Office', 'linux.category must be Office');
  assert(config.linux?.maintainer, 'linux.maintainer is required by the deb target');
  assert(config.linux?.synopsis, 'linux.synopsis');
  assert(config.mac?.category === 'public.app-category.productivity', 'mac.category');
});

await check('icons exist and are large enough', () => {
  const icons = new Set([config.linux?.icon, config.win?.icon, config.mac?.icon].filter(Boolean));
  assert(icons.size > 0, 'no icon configured');
  for (const icon of icons) {
    const path = join(root, icon);
    assert(existsSync(path), `${icon} is missing`);
    const { width, height } = pngSize(path);
    assert(width >= 512 && height >= 512, `${icon} is ${width}x${height}; 512x512 or more needed`);
  }
  assert(
    existsSync(join(root, 'resources', 'icon.svg')),
    'resources/icon.svg (the source) is missing',
  );
  return [...icons].join(', ');
});

// A real run of electron-builder's pipeline up to app.asar, with a stand-in Electron folder
// (the real one cannot be downloaded here): proves what the package would contain.
await check('packaging dry run: app.asar holds only out/ and package.json, fuses set', async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Skip('no built app in out/ (run `npx electron-vite build` first)');
  }
  const work = mkdtempSync(join(tmpdir(), 'ascent-builder-'));
  try {
    const electronDist = join(work, 'electron');
    mkdirSync(electronDist);
    // The stand-in carries a fuse wire as Electron's binary does (sentinel, version 1, length,
    // one '0'/'1' per fuse; here Electron's defaults), so electron-builder flips the fuses of
    // electron-builder.yml in it, and the check below reads back what it wrote.
    const shippedFuses = '10110001';
    const standIn = Buffer.concat([
      Buffer.from(`#!/bin/sh\n${FUSE_SENTINEL}`, 'latin1'),
      Buffer.from([1, shippedFuses.length]),
      Buffer.from(`${shippedFuses}\n`, 'latin1'),
    ]);
    writeFileSync(join(electronDist, 'electron'), standIn, { mode: 0o755 });
    writeFileSync(join(electronDist, 'version'), `v${require('electron/package.json').version}\n`);
    const output = join(work, 'dist');
    const cli = require.resolve('electron-builder/cli.js');
    const args = [
      '--linux',
      'dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ];
    const run = spawnSync(process.execPath, [cli, ...args, '--publish', 'never'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert(run.status === 0, `electron-builder failed: ${(run.stderr || run.stdout).slice(-800)}`);
    const asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar');
    const entries = require('@electron/asar').listPackage(asarPath, { isPack: false });
    // listPackage names folders too: a folder is an entry that prefixes another one.
    const files = entries.filter(
      (e) => !entries.some((o) => o.startsWith(`${e}/`) || o.startsWith(`${e}\\`)),
    );
    const strays = files.filter(
      (f) => !/^[\\/](out[\\/](main|preload|renderer)[\\/]|package\.json$)/.test(f),
    );
    assert(strays.length === 0, `unexpected files in app.asar: ${strays.slice(0, 10).join(', ')}`);
    const fuses = await getCurrentFuseWire(join(output, 'linux-unpacked', 'ascent'));
    const wanted = {
      RunAsNode: '0',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      OnlyLoadAppFromAsar: '1',
      GrantFileProtocolExtraPrivileges: '0',
    };
    const unflipped = Object.entries(wanted).filter(
      ([name, state]) => String.fromCharCode(fuses[FuseV1Options[name]]) !== state,
    );
    assert(
      unflipped.length === 0,
      `fuses not set in the packaged binary: ${unflipped.map(([n]) => n).join(', ')}`,
    );
    const size = statSync(asarPath).size;
    assert(size < 5 * 1024 * 1024, `app.asar is ${(size / 1048576).toFixed(1)} MB`);
    return `${files.length} files, ${(size / 1024).toFixed(0)} KB`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

const passed = results.filter((r) => r.ok).length;
const skipped = results.filter((r) => r.skipped).length;
const failed = results.length - passed - skipped;
const counts = skipped > 0 ? { passed, failed, skipped } : { passed, failed };
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'builder.json'), `${JSON.stringify(counts)}\n`);
console.log(`builder config: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
