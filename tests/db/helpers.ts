import Dexie from 'dexie';
import { DERIVED_TABLES } from '../../renderer/src/db/schema';

let counter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function freshName(label: string): string {
  counter += 1;
  return `ascent-test-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Writes rows into a database declared at an older schema, as that app version would have. */
export async function writeAtVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, Record<string, unknown>[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
  });
  old.close();
}

/** Every row of every table, sorted by primary key, for field-by-field comparison. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  // Derived tables (the cycle ledger) are worked out from the rest, not the user's data.
  for (const table of db.tables)
    if (!DERIVED_TABLES.has(table.name)) out[table.name] = await table.toArray();
  return out;
}
