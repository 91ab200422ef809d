import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import { schemaFixtures } from '../fixtures/db';
import { growRows } from '../fixtures/db/generate';
import { freshName, writeAtVersion } from './helpers';

const ROWS_PER_TABLE = 1000;
let store: Store | undefined;
afterEach(() => store?.db.close());

/** Every fixture table's primary key is its first index in the fixture's store spec. */
const keyOf = (stores: Record<string, string>) => (table: string) =>
  stores[table]!.split(',')[0]!.trim();

describe(`migrations with ${ROWS_PER_TABLE} rows per table: no row or field lost`, () => {
  it.each(schemaFixtures.map((f) => [f.version, f] as const))(
    'from v%i to the latest',
    async (_v, fixture) => {
      const rows = growRows(fixture.rows, keyOf(fixture.stores), ROWS_PER_TABLE);
      const name = freshName(`large-v${fixture.version}`);
      await writeAtVersion(name, fixture.version, fixture.stores, rows);
      store = await openStore(name);
      expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
      for (const table of latestTables()) {
        const expected = (rows[table] ?? []).sort((a, b) =>
          String(a[keyOf(fixture.stores)(table)]).localeCompare(
            String(b[keyOf(fixture.stores)(table)]),
          ),
        );
        const actual = await store.db.table(table).toArray();
        expect(actual.length, `${table} row count`).toBe(expected.length);
        expect(actual, `${table} rows`).toEqual(expected);
      }
    },
    60_000,
  );
});
