/**
 * Every schema version the app has ever released, oldest first. A released version is
 * never edited: a change adds a version with an upgrade whose per-row work is a pure,
 * unit-tested function. The database name and the app:// origin are fixed forever.
 */
import type { Transaction } from 'dexie';

export const DATABASE_NAME = 'ascent';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v1 (0.1.0): the profile and app settings, one row each. */
const v1: SchemaVersion = {
  version: 1,
  stores: {
    profile: 'id',
    settings: 'id',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [v1];

export const LATEST_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/** Table names at the latest version: what a backup contains. */
export function latestTables(): string[] {
  const names = new Set<string>();
  for (const v of schemaVersions) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) names.delete(name);
      else names.add(name);
    }
  }
  return [...names].sort();
}
