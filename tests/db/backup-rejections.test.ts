import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { computeChecksum } from '../../renderer/src/db/backup/checksum';
import type { RawContainer } from '../../renderer/src/db/backup/container';
import type { Problem } from '../../renderer/src/db/backup/problems';
import type { Store } from '../../renderer/src/db/database';
import {
  craftFile,
  craftedFrom,
  fixtureRecords,
  fixtureRows,
  storeWith,
  type Crafted,
  type Rows,
} from './backup-fixtures';
import { dumpTables } from './helpers';

let target: Store;
let good: Uint8Array;
beforeAll(async () => {
  target = await storeWith('rejections', fixtureRows());
  const source = await storeWith('rejections-src', fixtureRows());
  good = (await exportBackup(source, { appVersion: '0.3.0' })).bytes;
  source.db.close();
});
afterAll(() => target.db.close());

/** The user's flow: check the file, restore only if it passed. Returns the problems. */
async function attempt(bytes: Uint8Array): Promise<Problem[]> {
  const before = await dumpTables(target.db);
  const read = await readBackupFile(bytes);
  if (read.ok) await restoreBackup(target, read.value);
  expect(await dumpTables(target.db)).toEqual(before);
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.problems;
}

const rezip = (change: (entries: Record<string, Uint8Array>) => void) => {
  const entries = unzipSync(good);
  change(entries);
  return zipSync(entries);
};
const manifestOf = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));
const withManifest = (patch: Record<string, unknown>) =>
  rezip((e) => (e['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(good), ...patch }))));

describe('a file that is not a usable backup is refused with the reason, and nothing is written', () => {
  it.each([
    ['a text file', () => strToU8('Date,Title\n2025-01-01,Course\n'), 'NOT_A_ZIP'],
    ['an empty file', () => new Uint8Array(), 'NOT_A_ZIP'],
    ['a truncated backup', () => good.slice(0, good.length - 30), 'NOT_A_ZIP'],
    ['another zip', () => zipSync({ 'report.pdf': strToU8('%PDF') }), 'NOT_A_BACKUP'],
    ['another app’s manifest', () => withManifest({ format: 'other' }), 'NOT_A_BACKUP'],
    ['a newer format', () => withManifest({ formatVersion: 2 }), 'NEWER_FORMAT'],
    ['an unknown older format', () => withManifest({ formatVersion: 0 }), 'UNSUPPORTED_FORMAT'],
    ['a newer schema', () => withManifest({ schemaVersion: 99 }), 'NEWER_SCHEMA'],
    [
      'a manifest without its time',
      () => withManifest({ exportedAt: undefined }),
      'MANIFEST_INVALID',
    ],
    [
      'a changed export time',
      () => withManifest({ exportedAt: '2020-01-01T00:00:00Z' }),
      'CHECKSUM_MISMATCH',
    ],
    [
      'an edited table',
      () =>
        rezip(
          (e) =>
            (e['tables/profile.json'] = strToU8(
              new TextDecoder().decode(e['tables/profile.json']).replace('Dana', 'Dina'),
            )),
        ),
      'CHECKSUM_MISMATCH',
    ],
    [
      'a changed evidence byte',
      () => rezip((e) => (e['files/evidence/000001.bin']![0] = 0)),
      'CHECKSUM_MISMATCH',
    ],
  ])('%s', async (_name, make, code) => {
    const problems = await attempt(make());
    expect(problems[0]?.code).toBe(code);
  });
});

/** Spoils a well-formed crafted backup; the checksum is right, so the later checks must catch it. */
async function crafted(spoil: (rows: Rows, c: Crafted) => void, recraft = true) {
  const rows = fixtureRows();
  if (recraft) spoil(rows, craftedFrom(rows));
  const c = craftedFrom(rows);
  if (!recraft) spoil(rows, c);
  return craftFile(c);
}

describe('rows and entries are checked after the checksum, each problem located', () => {
  it.each<[string, (r: Rows, c: Crafted) => void, Partial<Problem>, boolean?]>([
    [
      'a date that is not a date',
      (r) => (r.activities![1]!.date = 'last week'),
      { code: 'ROW_INVALID', table: 'activities', row: 2, field: 'date' },
    ],
    [
      'a row without its key',
      (r) => delete r.credentials![0]!.id,
      { code: 'ROW_INVALID', table: 'credentials', row: 1, field: 'id' },
    ],
    [
      'a key used twice',
      (r) => r.activities!.push({ ...r.activities![0]! }),
      { code: 'DUPLICATE_KEY', table: 'activities', row: 3 },
    ],
    [
      'evidence of a missing activity',
      (r) => (r.evidence![0]!.activityId = 'gone'),
      { code: 'BROKEN_REFERENCE', table: 'evidence', row: 1 },
    ],
    [
      'evidence whose size is wrong',
      (r) => (r.evidence![0]!.size = 5),
      { code: 'ROW_INVALID', table: 'evidence', field: 'size' },
    ],
    [
      'an unknown stage',
      (r) => (r.credentials![0]!.stage = 'lost'),
      { code: 'ROW_INVALID', table: 'credentials', field: 'stage' },
    ],
    [
      'a row that is not an object',
      (_r, c) => (c.entries['tables/settings.json'] = '[1]'),
      { code: 'ROW_INVALID', table: 'settings', row: 1 },
      false,
    ],
    [
      'a table that is not a list',
      (_r, c) => (c.entries['tables/settings.json'] = '{}'),
      { code: 'TABLE_INVALID', table: 'settings' },
      false,
    ],
    [
      'a missing evidence file',
      (_r, c) => delete c.entries['files/evidence/000001.bin'],
      { code: 'ROW_INVALID', table: 'evidence', field: 'data' },
      false,
    ],
    [
      'an unknown table',
      (_r, c) => (c.manifest.tables!.secrets = { rows: 0, files: 0 }),
      { code: 'UNKNOWN_TABLE', table: 'secrets' },
      false,
    ],
    [
      'a missing table',
      (_r, c) => delete c.manifest.tables!.activities,
      { code: 'MISSING_ENTRY', table: 'activities' },
      false,
    ],
    [
      'an extra entry',
      (_r, c) => (c.entries['notes.txt'] = 'hi'),
      { code: 'UNEXPECTED_ENTRY', detail: 'notes.txt' },
      false,
    ],
    [
      'wrong counts',
      (_r, c) => (c.manifest.tables!.activities = { rows: 3, files: 0 }),
      { code: 'COUNT_MISMATCH', table: 'activities' },
      false,
    ],
  ])('%s', async (_name, spoil, expected, recraft) => {
    const problems = await attempt(await crafted(spoil, recraft ?? true));
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });

  it('reports at most 25 problems and counts the rest', async () => {
    const rows = fixtureRows();
    rows.activities = Array.from({ length: 40 }, (_, i) => ({
      ...rows.activities![0]!,
      id: `a${i}`,
      date: 'x',
    }));
    rows.evidence = [];
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    expect(read.ok ? null : [read.problems.length, read.omitted]).toEqual([25, 15]);
  });
});

describe('older formats are lifted by migration steps', () => {
  /** A made-up format 0: the same zip, but tables under data/ and no counts in the manifest. */
  async function formatZero() {
    const c = craftedFrom(fixtureRows());
    const entries = Object.fromEntries(
      Object.entries(c.entries).map(([k, v]) => [k.replace(/^tables\//, 'data/'), v]),
    );
    const { tables, ...rest } = c.manifest;
    return craftFile({
      manifest: { ...rest, formatVersion: 0, tableNames: Object.keys(tables!) },
      entries,
    });
  }
  const liftZero = async (raw: RawContainer): Promise<RawContainer> => {
    const old = raw.manifest as Record<string, unknown> & { tableNames: string[] };
    const entries = new Map([...raw.entries].map(([k, v]) => [k.replace(/^data\//, 'tables/'), v]));
    const tables = Object.fromEntries(
      old.tableNames.map((t) => {
        const rows = JSON.parse(new TextDecoder().decode(entries.get(`tables/${t}.json`)));
        const files = [...entries.keys()].filter((k) => k.startsWith(`files/${t}/`)).length;
        return [t, { rows: rows.length, files }];
      }),
    );
    const { tableNames: _t, checksum: _c, ...rest } = old;
    const core = { ...rest, formatVersion: 1, tables } as never;
    return {
      manifest: {
        ...(core as object),
        checksum: { algorithm: 'SHA-256', value: await computeChecksum(core, entries) },
      },
      entries,
    };
  };

  it('restores a format-0 file through its step', async () => {
    const read = await readBackupFile(await formatZero(), { migrations: { 0: liftZero } });
    expect(read.ok && read.value.preview.records).toBe(fixtureRecords());
  });

  it('refuses a format-0 file when no step exists', async () => {
    expect(await attempt(await formatZero())).toEqual([
      { code: 'UNSUPPORTED_FORMAT', detail: '0' },
    ]);
  });
});
