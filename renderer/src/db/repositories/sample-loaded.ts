/**
 * Sample mode only: what the sample database held when it was filled, kept as one row of its
 * settings table (the moment, and every record's key). Leaving the sample removes the whole
 * database, so before it does the app can say what the user added or changed while exploring.
 */
import type { Store } from '../database';
import { DERIVED_TABLES } from '../schema';
import { recordFingerprint } from './record-fingerprint';
import { nowIso, writeTransaction } from './write';

export const SAMPLE_LOADED_ROW_ID = 'sample-loaded';

/** Not records: the app's own settings and bookkeeping, and tables worked out from the rest. */
const NOT_COUNTED = new Set(['settings', 'notified', 'timer', ...DERIVED_TABLES]);

interface SampleLoadedRow {
  id: typeof SAMPLE_LOADED_ROW_ID;
  loadedAt: string;
  /** Every record's primary key, by table, as the sample was written. */
  keys: Record<string, string[]>;
  /**
   * Every record's content fingerprint (record-fingerprint.ts), by table and key, as the
   * sample was written. Absent on a sample loaded before it was kept.
   */
  fingerprints?: Record<string, Record<string, string>>;
  updatedAt: string;
}

export type SampleChanges =
  | { known: false }
  | {
      known: true;
      /** Records that were not in the sample as loaded, by table (tables with none left out). */
      added: Record<string, number>;
      /** Sample records whose content differs from the sample as loaded. */
      changed: number;
    };

type CountedTable = ReturnType<Store['db']['table']>;

const keyOf = (t: CountedTable, record: Record<string, unknown>) =>
  String(record[t.schema.primKey.keyPath as string]);

const counted = (store: Store) => store.db.tables.filter((t) => !NOT_COUNTED.has(t.name));
const settings = (store: Store) => store.db.table<Partial<SampleLoadedRow>, string>('settings');

/** Called once the sample is written: remembers what it holds. */
export async function markSampleLoaded(store: Store): Promise<void> {
  const tables = counted(store);
  const keys: Record<string, string[]> = {};
  const fingerprints: Record<string, Record<string, string>> = {};
  await store.db.transaction('r', tables, async () => {
    for (const t of tables) {
      const prints: Record<string, string> = {};
      for (const record of await t.toArray()) prints[keyOf(t, record)] = recordFingerprint(record);
      keys[t.name] = Object.keys(prints);
      fingerprints[t.name] = prints;
    }
  });
  await writeTransaction(store, ['settings'], async () => {
    const now = nowIso();
    await settings(store).put({
      id: SAMPLE_LOADED_ROW_ID,
      loadedAt: now,
      keys,
      fingerprints,
      updatedAt: now,
    });
  });
}

function isLoadedRow(row: Partial<SampleLoadedRow> | undefined): row is SampleLoadedRow {
  return (
    typeof row?.loadedAt === 'string' &&
    typeof row.keys === 'object' &&
    row.keys !== null &&
    Object.values(row.keys).every((k) => Array.isArray(k))
  );
}

/**
 * Whether a sample record now says something else than it did when the sample was loaded: its
 * content against the fingerprint kept then, so a record deleted and put back by Undo, or
 * saved again unchanged, is not counted. A sample loaded before fingerprints were kept falls
 * back to whether it was saved after the load.
 */
function isChanged(
  row: SampleLoadedRow,
  table: string,
  key: string,
  record: Record<string, unknown>,
) {
  const kept = row.fingerprints?.[table]?.[key];
  if (typeof kept === 'string') return recordFingerprint(record) !== kept;
  return typeof record.updatedAt === 'string' && record.updatedAt > row.loadedAt;
}

/**
 * What is in the sample database now that was not there when it was loaded: a record whose key
 * the sample did not have is added; a sample record whose content differs from the sample's is
 * changed (isChanged). Unknown when the sample was filled before this was kept.
 */
export async function sampleChanges(store: Store): Promise<SampleChanges> {
  const tables = counted(store);
  return store.db.transaction('r', [...tables, store.db.table('settings')], async () => {
    const row = await settings(store).get(SAMPLE_LOADED_ROW_ID);
    if (!isLoadedRow(row)) return { known: false };
    const added: Record<string, number> = {};
    let changed = 0;
    for (const t of tables) {
      const loaded = new Set(row.keys[t.name] ?? []);
      for (const record of await t.toArray()) {
        const key = keyOf(t, record);
        if (!loaded.has(key)) added[t.name] = (added[t.name] ?? 0) + 1;
        else if (isChanged(row, t.name, key, record)) changed += 1;
      }
    }
    return { known: true, added, changed };
  });
}

/**
 * Whether the sample database holds the whole sample. The loaded row is written last
 * (seedSample), so it marks a filling that ran to its end; one stopped part-way (the window
 * closed mid-fill) has none. A sample filled before the row was kept has none either: there
 * the seeder's last write was always the sample goal, so a goal with the profile says that
 * filling ended too.
 */
export async function isSampleFilled(store: Store): Promise<boolean> {
  const { db } = store;
  return db.transaction('r', ['settings', 'profile', 'goals'], async () => {
    if (isLoadedRow(await settings(store).get(SAMPLE_LOADED_ROW_ID))) return true;
    return (await db.table('profile').count()) > 0 && (await db.table('goals').count()) > 0;
  });
}

/** Empties every table of the sample database at once, before it is filled again. */
export async function clearSample(store: Store): Promise<void> {
  const names = store.db.tables.map((t) => t.name);
  await writeTransaction(store, names, async () => {
    for (const name of names) await store.db.table(name).clear();
  });
}
