// The layering rules of DESIGN.md §3, proved against the project's real ESLint configuration:
// each forbidden import is reported, each allowed one is not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('no-restricted'))
    .map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['shared/domain/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['shared/domain/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'shared/domain/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
    ],
    ['shared/domain/x.ts', "import path from 'path';\nexport const a = path;\n"],
    [
      'shared/domain/x.ts',
      "import { x } from '../../renderer/src/db/database';\nexport const a = x;\n",
    ],
    ['shared/domain/x.ts', 'export const a = window.location;\n'],
    ['shared/domain/x.ts', 'export const a = Date.now();\n'],
    ['shared/domain/x.ts', 'export const a = new Date();\n'],
    [
      'renderer/src/features/x.tsx',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
    ],
    [
      'renderer/src/features/x.tsx',
      "import { w } from '../../../electron/main/window';\nexport const a = w;\n",
    ],
    ['renderer/src/features/x.tsx', "import fs from 'fs';\nexport const a = fs;\n"],
    ['renderer/src/features/x.tsx', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
    [
      'electron/main/x.ts',
      "import { App } from '../../renderer/src/app/App';\nexport const a = App;\n",
    ],
  ])('%s: %s is refused', async (file, code) => {
    expect((await problems(file, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/domain/x.ts', "import { addDays } from 'date-fns';\nexport const a = addDays;\n"],
    [
      'shared/domain/x.ts',
      "import { pathBetween } from './ladder/path';\nexport const a = pathBetween;\n",
    ],
    ['shared/domain/x.ts', 'export const a = (asOf: string) => new Date(asOf);\n'],
    [
      'renderer/src/features/x.tsx',
      "import { pathBetween } from '../../../shared/domain/ladder/path';\nexport const a = pathBetween;\n",
    ],
    ['renderer/src/db/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
    ['electron/main/x.ts', "import { join } from 'node:path';\nexport const a = join;\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
