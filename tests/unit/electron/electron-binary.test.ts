import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../tools/electron-binary.mjs';

let root: string;
const electronDir = () => join(root, 'node_modules', 'electron');

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ascent-binary-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function installPackage(pathTxt?: string, binary?: string) {
  await mkdir(join(electronDir(), 'dist'), { recursive: true });
  await writeFile(join(electronDir(), 'package.json'), '{"name":"electron"}');
  if (pathTxt !== undefined) await writeFile(join(electronDir(), 'path.txt'), pathTxt);
  if (binary !== undefined) await writeFile(join(electronDir(), 'dist', binary), '');
}

describe('findElectronBinary', () => {
  it('reports a missing electron package', () => {
    expect(findElectronBinary({ root, env: {} })).toEqual({
      missing: expect.stringMatching(/not installed/),
    });
  });

  it('reports a binary that was never downloaded (no path.txt)', async () => {
    await installPackage();
    expect(findElectronBinary({ root, env: {} })).toEqual({
      missing: expect.stringMatching(/path\.txt/),
    });
  });

  it('reports path.txt pointing at nothing', async () => {
    await installPackage('electron');
    expect(findElectronBinary({ root, env: {} })).toEqual({
      missing: expect.stringMatching(/dist\/electron/),
    });
  });

  it('finds the downloaded binary', async () => {
    await installPackage('electron', 'electron');
    expect(findElectronBinary({ root, env: {} })).toEqual({
      path: join(electronDir(), 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with the platform default name', async () => {
    await installPackage();
    const dist = join(root, 'custom-dist');
    await mkdir(dist);
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary({ root, env, platform: 'linux' })).toEqual({
      missing: expect.stringMatching(/ELECTRON_OVERRIDE_DIST_PATH/),
    });
    await writeFile(join(dist, 'electron'), '');
    expect(findElectronBinary({ root, env, platform: 'linux' })).toEqual({
      path: join(dist, 'electron'),
    });
    await writeFile(join(dist, 'electron.exe'), '');
    expect(findElectronBinary({ root, env, platform: 'win32' })).toEqual({
      path: join(dist, 'electron.exe'),
    });
  });
});
