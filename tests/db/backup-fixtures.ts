/**
 * Helpers for the backup tests: a store filled with realistic rows, and backup files built by
 * hand (with a correct checksum) so a test can reach the checks that come after the checksum.
 */
import { strToU8, zipSync } from 'fflate';
import { computeChecksum } from '../../renderer/src/db/backup/checksum';
import {
  FIXED_ZIP_TIME,
  MANIFEST_ENTRY,
  type ManifestCore,
} from '../../renderer/src/db/backup/format';
import { openStore, type Store } from '../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import { schemaFixtures } from '../fixtures/db';
import { freshName } from './helpers';

export type Rows = Record<string, Record<string, unknown>[]>;

/**
 * The latest schema fixture's rows: a profile, settings, a PMP, a custom credential, two
 * activities with one evidence file, and whatever later versions added (a career history…).
 */
export const fixtureRows = (): Rows => ({
  ...Object.fromEntries(latestTables().map((t) => [t, []])),
  ...structuredClone(schemaFixtures.at(-1)!.rows),
});

/** Rows outside settings in fixtureRows(): what a preview calls records. */
export const fixtureRecords = (): number =>
  Object.entries(fixtureRows())
    .filter(([t]) => t !== 'settings')
    .reduce((n, [, rows]) => n + rows.length, 0);

export async function storeWith(label: string, rows: Rows): Promise<Store> {
  const store = await openStore(freshName(label));
  await store.db.transaction('rw', store.db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await store.db.table(table).bulkAdd(list);
  });
  return store;
}

export interface Crafted {
  /** Any manifest, valid or not: tests write older and broken ones too. */
  manifest: Omit<Partial<ManifestCore>, 'formatVersion'> & Record<string, unknown>;
  entries: Record<string, string | Uint8Array>;
}

/** A zip with the given manifest and entries; the checksum is computed unless `checksum` is set. */
export async function craftFile(crafted: Crafted, checksum?: string): Promise<Uint8Array> {
  const entries = new Map(
    Object.entries(crafted.entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]),
  );
  const value = checksum ?? (await computeChecksum(crafted.manifest as ManifestCore, entries));
  const manifest = { ...crafted.manifest, checksum: { algorithm: 'SHA-256', value } };
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    [MANIFEST_ENTRY]: [strToU8(JSON.stringify(manifest)), { mtime: FIXED_ZIP_TIME }],
  };
  for (const [k, v] of entries) files[k] = [v, { mtime: FIXED_ZIP_TIME }];
  return zipSync(files);
}

/** A well-formed crafted backup of `rows` at the latest schema, to be spoiled one way per test. */
export function craftedFrom(rows: Rows): Crafted {
  const entries: Crafted['entries'] = {};
  const tables: ManifestCore['tables'] = {};
  for (const [table, list] of Object.entries(rows)) {
    let files = 0;
    const json = list.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => {
          if (!(v instanceof Uint8Array)) return [k, v];
          files += 1;
          const entry = `files/${table}/${String(files).padStart(6, '0')}.bin`;
          entries[entry] = v;
          return [k, { $binary: entry }];
        }),
      ),
    );
    entries[`tables/${table}.json`] = JSON.stringify(json);
    tables[table] = { rows: list.length, files };
  }
  return {
    manifest: {
      format: 'ascent-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
      exportedAt: '2026-11-22T10:00:00.000Z',
      tables,
    },
    entries,
  };
}
