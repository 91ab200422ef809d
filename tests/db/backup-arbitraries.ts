/**
 * Random datasets for the backup properties: every latest table, a few rows each, rows that
 * pass the row checks plus random extra fields (nested JSON, binary values anywhere, keys that
 * look like file references or "__proto__"). Career, journal and study planner rows are
 * complete records (backup-arbitraries-career.ts, backup-arbitraries-journal.ts), as the app
 * writes them.
 */
import fc from 'fast-check';
import type { TableRows } from '../../renderer/src/db/backup/format';
import { checkedReferences } from '../../renderer/src/db/backup/rows';
import { primaryKeyPaths, storesAt } from '../../renderer/src/db/backup/tables';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import { day, extras, id, quarter, rows, text, time, withExtras } from './backup-arbitraries-base';
import { careerTables } from './backup-arbitraries-career';
import { journalTables, studyTables } from './backup-arbitraries-journal';

const profile = withExtras(
  fc.record({
    id: fc.constant('me'),
    name: text,
    currentRung: id,
    targetRung: id,
    education: fc.constantFrom('secondary', 'associate', 'bachelor', 'master', 'doctorate'),
    gacAccredited: fc.boolean(),
    weeklyAvailability: fc.record(
      Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, quarter]),
      ),
    ),
    createdAt: time,
  }),
);
const settings = withExtras(
  fc.record({ id: fc.constant('app'), theme: fc.constantFrom('system', 'dark') }),
);
const credential = withExtras(
  fc.record({
    id,
    credentialId: id,
    stage: fc.constantFrom('target', 'preparing', 'exam-booked', 'earned'),
    earnedDate: fc.option(day, { nil: null }),
  }),
);
const custom = withExtras(
  fc.record({
    id,
    acronym: text,
    name: text,
    body: text,
    unit: fc.constant('PDU'),
    cycleMonths: fc.nat(120),
    total: quarter,
  }),
);
const activity = withExtras(
  fc.record({
    id,
    date: day,
    title: text,
    type: fc.constantFrom('course-or-training', 'read', 'volunteer'),
    amount: quarter,
    unit: fc.constantFrom('hours', 'ceu', 'body-unit'),
    status: fc.constantFrom('planned', 'earned', 'reported', 'accepted', 'audited'),
  }),
);
const evidenceBase = fc.record({
  id,
  name: text,
  mimeType: fc.constant('application/pdf'),
  data: fc.uint8Array({ maxLength: 64 }),
  addedAt: time,
});

/**
 * Rows for a table no arbitrary above knows (a later schema's table): its primary key from the
 * schema, random extras. So the properties cover every table the schema has, automatically.
 */
function genericRows(table: string) {
  const [key] = primaryKeyPaths(storesAt(LATEST_SCHEMA_VERSION).get(table)!);
  return fc.uniqueArray(
    fc.tuple(id, extras).map(([k, x]) => ({ ...x, [key!]: k }) as Record<string, unknown>),
    { maxLength: 3, selector: (r) => r[key!] as string },
  );
}

const known: Record<string, fc.Arbitrary<Record<string, unknown>[]>> = {
  profile: rows(profile, 1),
  settings: rows(settings, 1),
  credentials: rows(credential),
  customCredentials: rows(custom),
  activities: rows(activity),
  evidence: fc.uniqueArray(withExtras(evidenceBase), {
    maxLength: 3,
    selector: (r) => r.id as string,
  }),
  ...careerTables,
  ...journalTables,
  ...studyTables,
};

/**
 * Points every link a restore checks (checkedReferences) at a row of its table, as the app
 * keeps them; rows with nothing to point at are left out. Unchecked links stay random.
 */
function linked(t: TableRows): TableRows {
  const out = { ...t };
  for (const { table, field, target } of checkedReferences) {
    const ids = (out[target] ?? []).map((r) => r.id);
    out[table] = ids.length
      ? (out[table] ?? []).map((r, i) => ({ ...r, [field]: ids[i % ids.length] }))
      : [];
  }
  return out;
}

/** A dataset over every latest table whose checked links all point at a row of the file. */
export const dataset: fc.Arbitrary<TableRows> = fc
  .record(Object.fromEntries(latestTables().map((t) => [t, known[t] ?? genericRows(t)])))
  .map((t) => {
    const evidence = (t.evidence ?? []).map((e) => ({
      ...e,
      size: (e.data as Uint8Array).byteLength,
    }));
    return linked({ ...t, evidence });
  });

/** The pieces one after another (spreading a file's bytes into an array cost a run's time). */
function joined(...pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Ways to damage a file: flip bytes, cut it short, cut a piece out, splice random bytes in. */
export const mutation = (length: number) =>
  fc.oneof(
    fc
      .array(fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((flips) => (b: Uint8Array) => {
        const out = b.slice();
        for (const [at, x] of flips) out[at]! ^= x;
        return out;
      }),
    fc.nat(length - 1).map((n) => (b: Uint8Array) => b.slice(0, n)),
    fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 64 })).map(
      ([at, n]) =>
        (b: Uint8Array) =>
          joined(b.subarray(0, at), b.subarray(at + n)),
    ),
    fc.tuple(fc.nat(length - 1), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(
      ([at, bytes]) =>
        (b: Uint8Array) =>
          joined(b.subarray(0, at), bytes, b.subarray(at)),
    ),
  );
