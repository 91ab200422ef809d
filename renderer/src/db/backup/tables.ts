/**
 * What the schema says about each table at a given version: which tables exist and where
 * each row keeps its primary key. Read from schema.ts, so a new version needs nothing here.
 */
import { DERIVED_TABLES, schemaVersions } from '../schema';

/** Table → Dexie store spec ("id, date, type") as it stood at `version`; derived tables left out. */
export function storesAt(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of schemaVersions) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null || DERIVED_TABLES.has(name)) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

/**
 * The key paths of a store's primary key: "id" → ["id"], "++id" → ["id"], "[a+b]" → ["a","b"].
 * Empty for a store whose keys live outside the rows (a backup could not hold those).
 */
export function primaryKeyPaths(spec: string): string[] {
  const first = spec
    .split(',')[0]!
    .trim()
    .replace(/^(\+\+|&)/, '');
  if (first.startsWith('[') && first.endsWith(']')) return first.slice(1, -1).split('+');
  return first ? [first] : [];
}

/** The value at a dotted path ("a.b"), or undefined. */
export function valueAt(row: unknown, path: string): unknown {
  let v: unknown = row;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
