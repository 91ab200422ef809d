/**
 * The packaged app's Electron fuses (electron-builder.yml, `electronFuses`): without them the
 * shipped binary is also a general-purpose Node.js runtime (ELECTRON_RUN_AS_NODE), obeys
 * NODE_OPTIONS and --inspect (code injected into a signed, trusted program), and loads an
 * unpacked `app` folder placed beside app.asar. tests/tools/check-builder-config.mjs proves
 * that a packaging run really flips them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(join(process.cwd(), 'electron-builder.yml'), 'utf8')) as {
  asar?: unknown;
  electronFuses?: Record<string, unknown> | null;
};

describe('packaged Electron fuses', () => {
  it('turn off Node.js entry points and file:// privileges, and load only app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('package the app as app.asar, which onlyLoadAppFromAsar needs to start at all', () => {
    expect(config.asar).toBe(true);
  });
});
