/**
 * Issue 9: the dashboard's credit summary kept up to date in memory
 * (renderer/src/db/summary-source.ts), over a real (fake) IndexedDB and a generated career.
 * After the first read and after every kind of write, the figures a user is shown equal the
 * ones worked out from scratch from the log and the credentials (the pure domain, nothing
 * taken from the cycle ledger); a save, an edit, a delete and its undo within the current
 * windows are applied without reading the summary again, and whatever cannot be (an entry
 * moved years back, a credential changed, a restore) is read again.
 */
import Dexie, { RangeSet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { readSummary, RECENT, recentOrder, type Read } from '../../renderer/src/db/credit-summary';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  LEDGER_TABLE,
  TOKEN_ROW,
  ledgerParts,
  readLedger,
  writeLedger,
} from '../../renderer/src/db/ledger';
import {
  deleteActivity,
  listActivities,
  restoreActivity,
  saveActivity,
  type ActivityRow,
} from '../../renderer/src/db/repositories/activities';
import {
  deleteHeld,
  listCustom,
  listHeld,
  saveHeld,
  withRules,
} from '../../renderer/src/db/repositories/credentials';
import { writeTransaction } from '../../renderer/src/db/repositories/write';
import { summarySource } from '../../renderer/src/db/summary-source';
import { evaluateCurrentCycle, type Activity } from '../../shared/domain/credits';
import { leadershipBefore, readinessReads } from '../../shared/domain/readiness';
import { cycleOn, cyclesFor } from '../../shared/domain/credentials';
import { addDays } from '../../shared/dates';
import { BENCH_TODAY, generateCareer } from '../bench/dataset';
import { freshName } from './helpers';

/** The generated career's today (GENERATED_TODAY of the domain tests). */
const asOf = BENCH_TODAY;
const WAIT_MS = 3_000;

const open: Store[] = [];
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  for (const s of open.splice(0)) s.db.close();
  vi.restoreAllMocks();
});

async function careerStore(label: string): Promise<Store> {
  const store = await openStore(freshName(`summary-source-${label}`));
  open.push(store);
  await replaceAllData(store, generateCareer('small', 1));
  return store;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A course of `hours` hours, all but 4 of them Power Skills. */
function course(
  date: string,
  title: string,
  hours = 8,
  status: Activity['status'] = 'earned',
): Omit<Activity, 'id'> & { id?: string } {
  return {
    date,
    title,
    type: 'course-or-training',
    amount: hours,
    unit: 'hours',
    split: { waysOfWorking: 2, powerSkills: hours - 4, businessAcumen: 2 },
    status,
  };
}

async function save(
  store: Store,
  input: Omit<Activity, 'id'> & { id?: string },
): Promise<ActivityRow> {
  const saved = await saveActivity(store, input, asOf);
  if (!saved.ok) throw new Error(`entry not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

/** What a user is shown of a summary. */
const shown = (s: Read['summary']) => ({
  evaluations: [...s.evaluations.entries()],
  recent: s.recent.map((a) => a.id),
  readiness: s.readinessActivities.map((a) => a.id),
  leadership: s.leadershipBefore,
});
type Shown = ReturnType<typeof shown>;

const byDateThenIdDesc = (a: ActivityRow, b: ActivityRow) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/**
 * The same figures from scratch: each held credential's current cycle judged over the whole
 * log by the domain (explanations left out, as the summary has none), the log sorted, the
 * leadership courses summed. Reads the credentials and the log, never the cycle ledger.
 */
async function fromScratch(store: Store): Promise<Shown> {
  const [held, custom, log] = await Promise.all([
    listHeld(store),
    listCustom(store),
    listActivities(store),
  ]);
  const rules = withRules(held, custom);
  const context = { alsoHeld: rules };
  const reads = readinessReads(asOf);
  const sorted = [...log].sort(byDateThenIdDesc);
  return {
    evaluations: rules.map((h) => {
      const e = evaluateCurrentCycle(h.rule, h.credential, log, asOf, context);
      return [h.credential.id, e && { ...e, activities: [] }] as const;
    }),
    // The latest done entries first, newest first (the career has more than RECENT of them in
    // the last twelve months, so no planned or later-dated one fills a place).
    recent: [...log]
      .sort(recentOrder(asOf))
      .slice(0, RECENT)
      .map((a) => a.id),
    readiness: sorted.filter((a) => a.date >= reads.from).map((a) => a.id),
    leadership: leadershipBefore(sorted, reads.upTo),
  };
}

interface Watch {
  /** Every Read emitted so far, oldest first. */
  emissions: Read[];
  errors: unknown[];
  /** How many times the summary was read from scratch (readSummary). */
  fulls(): number;
  /** The first Read emitted from index `from` on that passes `test`; fails after WAIT_MS. */
  emission(what: string, test?: (r: Read) => boolean, from?: number): Promise<Read>;
  /** Resolves once what every emission so far said to keep has been written (or refused). */
  kept(): Promise<void>;
  unsubscribe(): void;
}

/**
 * Subscribes as credit-summary.ts's sharedOf does: `full` is its readSummary in one read
 * transaction, counted; what each Read says to keep is written back from a task of its own
 * (without the closed cycles' records with `keepClosed: false`, as when keeping them failed).
 */
function watch(store: Store, { keepClosed = true } = {}): Watch {
  const emissions: Read[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const keeping: Promise<unknown>[] = [];
  let fulls = 0;
  const tables = ['credentials', 'customCredentials', 'activities', LEDGER_TABLE].filter((t) =>
    store.db.tables.some((x) => x.name === t),
  );
  const sub = summarySource({
    store,
    asOf,
    full: (keptCurrent) => {
      fulls += 1;
      return store.db.transaction('r', tables, () => readSummary(store, asOf, { keptCurrent }));
    },
    newestFirst: recentOrder(asOf),
    recent: RECENT,
    warmAfterMs: 0,
  }).subscribe({
    next: (r) => {
      emissions.push(r);
      if (r.closed.length > 0 || r.current.length > 0 || r.leadership)
        keeping.push(
          new Promise((resolve) =>
            setTimeout(() => {
              const closed = keepClosed ? r.closed : [];
              resolve(writeLedger(store, closed, r.generation, r.leadership, r.current, r.token));
            }, 0),
          ),
        );
      waiters.forEach((w) => w());
    },
    error: (e) => {
      errors.push(e);
      waiters.forEach((w) => w());
    },
  });
  subscriptions.push(sub);
  return {
    emissions,
    errors,
    fulls: () => fulls,
    kept: async () => {
      await pause(0);
      await Promise.all(keeping);
    },
    unsubscribe: () => sub.unsubscribe(),
    emission(what, test = () => true, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (errors.length > 0) return done(() => reject(errors[0] as Error));
          const found = emissions.slice(from).find(test);
          if (found) done(() => resolve(found));
        };
        const timer = setTimeout(
          () =>
            done(() =>
              reject(
                new Error(
                  `No summary ${what} within ${WAIT_MS} ms (${emissions.length} emitted, ` +
                    `${emissions.length - from} since; ${fulls} full reads).`,
                ),
              ),
            ),
          WAIT_MS,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Runs `write`, then returns the next Read emitted after it. */
async function after(w: Watch, what: string, write: () => Promise<unknown>): Promise<Read> {
  const from = w.emissions.length;
  await write();
  return w.emission(`after ${what}`, () => true, from);
}

/**
 * Puts the newest generated entry of the last twelve months (none a test wrote) back exactly
 * as it is: a write that changes nothing.
 */
async function touch(store: Store) {
  const from = readinessReads(asOf).from;
  const row = (await listActivities(store)).find(
    (a) => a.id.startsWith('act-') && a.date <= asOf && a.date >= from,
  )!;
  await writeTransaction(store, ['activities'], () => store.db.table('activities').put(row));
}

/**
 * Waits until the warm-up has kept the current cycles' inputs: a write that changes nothing
 * is then answered without a full read (the module has no hook to say so).
 */
async function warmedUp(w: Watch, store: Store) {
  const deadline = Date.now() + WAIT_MS;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    await pause(wait);
    await w.kept();
    const before = w.fulls();
    const r = await after(w, 'a write that changes nothing', () => touch(store));
    if (w.fulls() === before) {
      expect(shown(r.summary)).toEqual(await fromScratch(store));
      return;
    }
    if (Date.now() > deadline)
      throw new Error(
        `The summary still read everything again after a write ${WAIT_MS} ms on: ` +
          `the warm-up never finished (${w.fulls()} full reads).`,
      );
  }
}

const ids = (rows: readonly ActivityRow[]) => rows.map((a) => a.id);

/** A watched career store, its first Read checked, warmed up. */
async function warmStore(label: string, options?: Parameters<typeof watch>[1]) {
  const store = await careerStore(label);
  const w = watch(store, options);
  const first = await w.emission('at all');
  expect(shown(first.summary)).toEqual(await fromScratch(store));
  await warmedUp(w, store);
  return { store, w };
}

/** Runs `write`; the next Read equals the figures from scratch and was not read in full. */
async function incremental(w: Watch, store: Store, what: string, write: () => Promise<unknown>) {
  const before = w.fulls();
  const r = await after(w, what, write);
  expect(shown(r.summary), what).toEqual(await fromScratch(store));
  expect(w.fulls(), `${what}: read in full`).toBe(before);
  return r;
}

/** Runs `write`; the next Read equals the figures from scratch and was read in full. */
async function readAgain(w: Watch, store: Store, what: string, write: () => Promise<unknown>) {
  const before = w.fulls();
  const r = await after(w, what, write);
  expect(shown(r.summary), what).toEqual(await fromScratch(store));
  expect(w.fulls(), `${what}: not read in full`).toBe(before + 1);
  return r;
}

const evaluationOf = (r: Read, heldId: string) => r.summary.evaluations.get(heldId);

describe('the credit summary kept up to date in memory', () => {
  it('first shows the figures worked out from scratch, read once', async () => {
    const store = await careerStore('first');
    const w = watch(store);
    const first = await w.emission('at all');
    const expected = await fromScratch(store);
    expect(shown(first.summary)).toEqual(expected);
    // The career has current cycles with figures (a test over nothing could not fail).
    expect(expected.evaluations.filter(([, e]) => e !== null).length).toBeGreaterThanOrEqual(3);
    expect(expected.recent).toHaveLength(RECENT);
    expect(expected.leadership.quarters).toBeGreaterThan(0);
    expect(w.fulls()).toBe(1);
    expect(w.emissions).toHaveLength(1);
    expect(w.errors).toEqual([]);
  });

  it('applies a save dated today without reading again, and shows the entry', async () => {
    const { store, w } = await warmStore('save-today');
    const bulkGet = vi.spyOn(store.db.table('activities'), 'bulkGet');
    const before = w.emissions.at(-1)!;
    let added!: ActivityRow;
    const r = await incremental(w, store, 'a course saved today', async () => {
      added = await save(store, course(asOf, 'Negotiation for project leads', 12));
    });
    // Only the row written was read back.
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]?.[0]).toEqual([added.id]);
    // The figures moved: 12 hours more for the credentials that count it.
    const moved = [...r.summary.evaluations].filter(
      ([id, e]) => e && e.counted.total !== evaluationOf(before, id)?.counted.total,
    );
    expect(moved.length).toBeGreaterThan(0);
    // The entry is in what readiness reads, after the planned entries ahead of today.
    const readiness = ids(r.summary.readinessActivities);
    const ahead = r.summary.readinessActivities.filter((a) => a.date > asOf).length;
    expect(ahead).toBeGreaterThanOrEqual(RECENT);
    expect(readiness.indexOf(added.id)).toBe(ahead);

    // The planned entries ahead of today never lead the latest entries: what was done does,
    // the entry done today first — also once one is planned after all the others.
    expect(ids(r.summary.recent)[0]).toBe(added.id);
    const later = '2027-03-01';
    const p = await incremental(w, store, 'a course planned after every other', () =>
      save(store, { ...course(later, 'Portfolio strategy', 8, 'planned'), id: 'planned-z' }),
    );
    expect(ids(p.summary.recent)[0]).toBe(added.id);
    expect(ids(p.summary.recent)).not.toContain('planned-z');
    expect(p.summary.recent).toHaveLength(RECENT);
    expect(p.summary.recent.filter((a) => a.status === 'planned' || a.date > asOf)).toEqual([]);
    // A second one done today, written later: the latest written comes first, whatever its id.
    await pause(5);
    const q = await incremental(w, store, 'a second course done today', () =>
      save(store, { ...course(asOf, 'Benefits realisation', 8), id: 'done-a' }),
    );
    expect(ids(q.summary.recent).slice(0, 2)).toEqual(['done-a', added.id]);
    expect(w.errors).toEqual([]);
  });

  it('applies an entry planned beyond one current cycle and within another', async () => {
    const { store, w } = await warmStore('next-cycle');
    const before = w.emissions.at(-1)!;
    const pgmp = before.summary.withRules.find((h) => h.rule.id === 'pgmp')!;
    const context = { alsoHeld: before.summary.withRules };
    // The last day that counts for the cycle (its suspension year included).
    const countTo = cycleOn(cyclesFor(pgmp.credential, pgmp.rule, asOf, context), asOf)!.countTo;
    const r = await incremental(w, store, 'a course planned after the PgMP cycle ends', () =>
      save(store, course(addDays(countTo, 30), 'Programme governance', 8, 'planned')),
    );
    // PgMP's current figures are those of before; PMP's cycle runs on and projects it.
    expect(evaluationOf(r, pgmp.credential.id)).toEqual(evaluationOf(before, pgmp.credential.id));
    expect(r.summary.evaluations).not.toEqual(before.summary.evaluations);
  });

  it('applies an edit, a delete and its undo without reading again', async () => {
    const { store, w } = await warmStore('edit-delete-undo');
    const log = await listActivities(store);
    // The newest course done (not planned) with every hour relevant: its amount is edited.
    const edited = log.find(
      (a) => a.date <= asOf && a.type === 'course-or-training' && a.relevantPercent === undefined,
    )!;
    expect(edited).toBeDefined();
    const before = w.emissions.at(-1)!;
    const r = await incremental(w, store, 'an edit of the amount', () =>
      save(store, {
        ...edited,
        amount: edited.amount + 6,
        split: { ...edited.split!, powerSkills: edited.split!.powerSkills + 6 },
      }),
    );
    expect(r.summary.evaluations).not.toEqual(before.summary.evaluations);
    expect(r.summary.readinessActivities.find((a) => a.id === edited.id)?.amount).toBe(
      edited.amount + 6,
    );

    // A recent entry (done, within the last twelve months) deleted, then put back by Undo.
    const gone = log.find((a) => a.date <= asOf && a.id !== edited.id)!;
    let removed: Awaited<ReturnType<typeof deleteActivity>>;
    const d = await incremental(w, store, 'a delete', async () => {
      removed = await deleteActivity(store, gone.id);
    });
    expect(ids(d.summary.readinessActivities)).not.toContain(gone.id);
    expect(ids(d.summary.recent)).not.toContain(gone.id);
    const u = await incremental(w, store, 'the undo of the delete', () =>
      restoreActivity(store, removed!),
    );
    expect(ids(u.summary.readinessActivities)).toContain(gone.id);
    expect(shown(u.summary)).toEqual(shown(r.summary));
    expect(w.errors).toEqual([]);
  });

  it('reads again after an edit moves an entry years back, then applies writes again', async () => {
    const { store, w } = await warmStore('years-back');
    const log = await listActivities(store);
    const moved = log.find((a) => a.date <= asOf && a.type === 'course-or-training')!;
    const r = await readAgain(w, store, 'an entry moved to 2022', () =>
      save(store, { ...moved, date: '2022-03-15', status: 'accepted' }),
    );
    expect(ids(r.summary.readinessActivities)).not.toContain(moved.id);
    // The course now counts before the readiness window.
    expect(r.summary.leadershipBefore.activityIds).toContain(moved.id);

    await warmedUp(w, store);
    await incremental(w, store, 'a course saved today after the move', () =>
      save(store, course(asOf, 'Stakeholder mapping')),
    );

    // A course from before any credential was earned: it counts for no cycle, only for the
    // leadership training summed before the readiness window.
    const leadership = w.emissions.at(-1)!.summary.leadershipBefore;
    let early!: ActivityRow;
    const e = await readAgain(w, store, 'a course before any credential', async () => {
      early = await save(store, course('2021-12-10', 'First leadership course', 10, 'accepted'));
    });
    expect(e.summary.leadershipBefore.activityIds).toContain(early.id);
    expect(e.summary.leadershipBefore.quarters).toBe(leadership.quarters + 6 * 4);
    expect(w.errors).toEqual([]);
  });

  it('reads again after a held credential changes', async () => {
    const { store, w } = await warmStore('credential');
    const held = await listHeld(store);
    const pmp = held.find((h) => h.credentialId === 'pmp')!;
    const before = w.emissions.at(-1)!;
    const { createdAt: _c, updatedAt: _u, ...pmpInput } = pmp;
    // The user's own total for PMP: more hours to earn.
    const r = await readAgain(w, store, 'a rule override', async () => {
      const saved = await saveHeld(store, { ...pmpInput, overrides: { total: 120 } }, asOf);
      expect(saved.ok).toBe(true);
    });
    expect(evaluationOf(r, pmp.id)?.remaining).toBeGreaterThan(
      evaluationOf(before, pmp.id)!.remaining,
    );

    // The kept inputs are those of the new rule: a save is applied from them.
    await warmedUp(w, store);
    await incremental(w, store, 'a course saved under the override', () =>
      save(store, course(asOf, 'Risk workshop', 10)),
    );

    // A credential removed.
    const gone = held.find((h) => h.credentialId === 'pgmp')!;
    const d = await readAgain(w, store, 'a held credential removed', () =>
      deleteHeld(store, gone.id),
    );
    expect(d.summary.evaluations.has(gone.id)).toBe(false);
    expect(w.errors).toEqual([]);
  });

  it('reads again after a restore and shows the restored figures', async () => {
    const { store, w } = await warmStore('restore');
    const before = shown(w.emissions.at(-1)!.summary);
    const r = await readAgain(w, store, 'a restore of another career', () =>
      replaceAllData(store, generateCareer('small', 2)),
    );
    expect(shown(r.summary).evaluations).not.toEqual(before.evaluations);

    await warmedUp(w, store);
    await incremental(w, store, 'a course saved after the restore', () =>
      save(store, course(asOf, 'Agile coaching')),
    );
    expect(w.errors).toEqual([]);
  });

  it('reads again after a bulk write of 60 entries (a range, not keys)', async () => {
    const { store, w } = await warmStore('bulk');
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...course(`2026-10-${String((i % 28) + 1).padStart(2, '0')}`, `Bulk ${i}`, 5),
      id: `bulk-${String(i).padStart(2, '0')}`,
      createdAt: '2026-10-30T00:00:00.000Z',
      updatedAt: '2026-10-30T00:00:00.000Z',
    }));
    const r = await readAgain(w, store, 'a bulk write', () =>
      writeTransaction(store, ['activities'], () => store.db.table('activities').bulkPut(many)),
    );
    expect(r.summary.readinessActivities.filter((a) => a.id.startsWith('bulk-'))).toHaveLength(60);
  });

  it('reads again after a delete in the cycle that hands PMP its carry-over', async () => {
    // No closed cycle kept: PMP's chain is judged from its first cycle, whose entries are then
    // in the kept window too; a write to the cycle before the current one changes what it
    // hands on, and only judging the chain again gives the new figures.
    const { store, w } = await warmStore('carry-over', { keepClosed: false });
    expect(ledgerParts(await readLedger(store)).cycles).toEqual([]);
    const before = w.emissions.at(-1)!;
    const pmp = before.summary.withRules.find((h) => h.rule.id === 'pmp')!;
    const context = { alsoHeld: before.summary.withRules };
    const cycles = cyclesFor(pmp.credential, pmp.rule, asOf, context);
    const current = cycleOn(cycles, asOf)!;
    const previous = cycles[current.index - 1]!;
    const from = readinessReads(asOf).from;
    // The previous cycle's entries of the last twelve months (after the leadership sum's day,
    // which is kept and leaned on).
    const gone = (await listActivities(store))
      .filter((a) => a.date >= from && a.date <= previous.countTo)
      .map((a) => a.id);
    expect(gone.length).toBeGreaterThan(5);
    expect(gone.length).toBeLessThan(50);
    const r = await readAgain(w, store, 'a delete of entries the carry-over came from', () =>
      writeTransaction(store, ['activities'], () => store.db.table('activities').bulkDelete(gone)),
    );
    // Still 20 hours carried (newest first), now from older entries of other areas.
    const carried = (e: Read) => evaluationOf(e, pmp.credential.id)!.carriedIn;
    expect(carried(r)).not.toEqual(carried(before));
    expect(evaluationOf(r, pmp.credential.id)!.counted.byArea).not.toEqual(
      evaluationOf(before, pmp.credential.id)!.counted.byArea,
    );
  });

  it('reads again when Dexie says anything may have changed (a page back from the cache)', async () => {
    const { store, w } = await warmStore('page-cache');
    await w.kept();
    // Another tab saved a course while this page was in the back-forward cache, its ledger
    // rows from today on dropped as its middleware does; the broadcast was missed, so the
    // write is made below Dexie and nothing is announced.
    const row: ActivityRow = {
      ...course(asOf, 'Saved in another tab', 12),
      id: 'other-tab',
      createdAt: `${asOf}T12:00:00.000Z`,
      updatedAt: `${asOf}T12:00:00.000Z`,
    };
    await new Promise<void>((resolve, reject) => {
      const t = store.db.backendDB().transaction(['activities', LEDGER_TABLE], 'readwrite');
      t.objectStore('activities').put(row);
      t.objectStore(LEDGER_TABLE).delete(IDBKeyRange.lowerBound(asOf));
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error);
    });
    // What Dexie fires when the page is shown again from the cache (pageshow, persisted).
    const r = await readAgain(w, store, 'the page shown again', async () => {
      Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, Infinity) });
    });
    expect(ids(r.summary.readinessActivities)).toContain('other-tab');
  });

  it("keeps each changed cycle's new figures in the ledger for today", async () => {
    const { store, w } = await warmStore('write-back');
    const before = w.emissions.at(-1)!;
    const r = await incremental(w, store, 'a course saved today', () =>
      save(store, course(asOf, 'Leading change', 16)),
    );
    await w.kept();
    const changed = [...r.summary.evaluations].filter(
      ([id, e]) => e && JSON.stringify(e) !== JSON.stringify(evaluationOf(before, id)),
    );
    expect(changed.length).toBeGreaterThan(0);
    const current = ledgerParts(await readLedger(store)).current;
    for (const [heldId, evaluation] of changed) {
      const row = current.find((c) => c.heldId === heldId);
      expect(row, `no figures kept for ${heldId}`).toBeDefined();
      expect(row!.asOf).toBe(asOf);
      expect(row!.evaluation).toEqual(evaluation);
    }
    // The next start shows the kept figures without judging any cycle again.
    const next = await readSummary(store, asOf);
    expect(next.judged).toBe(0);
    expect(shown(next.summary)).toEqual(await fromScratch(store));
  });

  it('emits and reads nothing after unsubscribe', async () => {
    const { store, w } = await warmStore('unsubscribe');
    const bulkGet = vi.spyOn(store.db.table('activities'), 'bulkGet');
    const emitted = w.emissions.length;
    const fulls = w.fulls();
    w.unsubscribe();
    await save(store, course(asOf, 'Unwatched'));
    const pmp = (await listHeld(store)).find((h) => h.credentialId === 'pmp')!;
    const { createdAt: _c, updatedAt: _u, ...pmpInput } = pmp;
    await saveHeld(store, { ...pmpInput, overrides: { total: 90 } }, asOf);
    await pause(100);
    expect(w.emissions).toHaveLength(emitted);
    expect(w.fulls()).toBe(fulls);
    expect(bulkGet).not.toHaveBeenCalled();
    expect(w.errors).toEqual([]);
  });

  type When = 'before its read' | 'after its read began' | 'while it judges';
  it.each<When>(['before its read', 'after its read began', 'while it judges'])(
    'ends with the right figures when a save starts as the warm-up runs (%s)',
    async (when) => {
      const store = await careerStore(`warm-race-${when.replace(/ /g, '-')}`);
      let writing: Promise<ActivityRow> | null = null;
      const write = () => (writing ??= save(store, course(asOf, 'Saved while warming', 9)));
      const w = watch(store);
      await w.emission('at all');
      // The warm-up's read: the first read-only transaction over the log and the ledger alone.
      const real = store.db.transaction.bind(store.db) as (...a: unknown[]) => Promise<unknown>;
      vi.spyOn(store.db, 'transaction').mockImplementation(((...args: unknown[]) => {
        const warm =
          !writing &&
          args[0] === 'r' &&
          Array.isArray(args[1]) &&
          args[1].length === 2 &&
          args[1].includes(LEDGER_TABLE);
        if (warm && when === 'before its read') void write();
        const p = real(...args);
        if (warm && when === 'after its read began') void write();
        if (warm && when === 'while it judges') void p.then(write);
        return p;
      }) as never);
      const deadline = Date.now() + WAIT_MS;
      while (!writing && Date.now() < deadline) await pause(5);
      expect(writing, 'the warm-up never started').not.toBeNull();
      const added = await writing!;
      const r = await w.emission('with the entry saved during the warm-up', (x) =>
        ids(x.summary.readinessActivities).includes(added.id),
      );
      expect(shown(r.summary)).toEqual(await fromScratch(store));
      await pause(50);
      expect(shown(w.emissions.at(-1)!.summary)).toEqual(await fromScratch(store));
      vi.restoreAllMocks();
      // Whatever was kept since then, the next writes are applied right: another entry
      // (whose figures are added to what was kept), then the first one edited and deleted.
      await warmedUp(w, store);
      await incremental(w, store, 'another course saved today', () =>
        save(store, course(asOf, 'Saved after the warm-up', 7)),
      );
      await incremental(w, store, 'an edit of the entry saved during the warm-up', () =>
        save(store, { ...added, amount: 13, split: { ...added.split!, powerSkills: 9 } }),
      );
      await incremental(w, store, 'a delete of it', () => deleteActivity(store, added.id));
      expect(w.errors).toEqual([]);
    },
  );
  it('does not keep figures judged before a save made in another window of the web build', async () => {
    const store = await careerStore('other-window');
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const q = indexedDB.open(store.db.name);
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    try {
      const w = watch(store);
      await w.emission('at all');
      // The other window saves an entry dated today and, as its middleware does, drops the
      // ledger rows from today on and renews the token — all before this window writes back.
      const t = other.transaction(['activities', LEDGER_TABLE], 'readwrite');
      t.objectStore('activities').put({
        ...course(asOf, 'Saved in window 2', 12),
        id: 'window-2',
        createdAt: `${asOf}T12:00:00.000Z`,
        updatedAt: `${asOf}T12:00:00.000Z`,
      });
      t.objectStore(LEDGER_TABLE).delete(IDBKeyRange.lowerBound(asOf));
      t.objectStore(LEDGER_TABLE).put({ id: TOKEN_ROW, kind: 'token', token: 'window-2' });
      await new Promise<void>((resolve) => (t.oncomplete = () => resolve()));
      await w.kept();
      const from = w.emissions.length;
      Dexie.on.storagemutated.fire({
        [`idb://${store.db.name}/activities/`]: new RangeSet('window-2'),
      });
      const r = await w.emission('after window 2', () => true, from);
      expect(shown(r.summary)).toEqual(await fromScratch(store));
    } finally {
      other.close();
    }
  });
  it('reads again when a ledger row it leans on was kept again with other values (another window)', async () => {
    const { store, w } = await warmStore('leant-rewritten');
    const upTo = readinessReads(asOf).upTo;
    const id = `${upTo}|~leadership|0`;
    const row = (await readLedger(store)).find((r) => r.id === id);
    expect(row, 'the leadership sum is kept').toBeDefined();
    // Another window dropped the row with an old write and kept it again with another sum;
    // this window then hears only of a save dated today.
    const other = {
      ...row!,
      leadership: { ...(row as { leadership: object }).leadership, quarters: 999 },
    };
    await store.db.table(LEDGER_TABLE).put(other);
    const before = w.fulls();
    const r = await after(w, 'a save after the row changed', () =>
      save(store, course(asOf, 'After the other window', 6)),
    );
    expect(w.fulls(), 'read in full').toBe(before + 1);
    expect(r.summary.leadershipBefore).toEqual(other.leadership);
  });

  it('after keeping figures of its own, a full read judges the current cycles again', async () => {
    const { store, w } = await warmStore('own-kept');
    await incremental(w, store, 'a save dated today', () =>
      save(store, course(asOf, 'Kept by an update', 6)),
    );
    await w.kept();
    // The figures an update kept may miss a write another window had not yet announced:
    // make them visibly wrong, then have something read everything again.
    const table = store.db.table(LEDGER_TABLE);
    const current = ledgerParts(await readLedger(store)).current;
    expect(current.length).toBeGreaterThan(0);
    await table.bulkPut(
      current.map((c) => ({
        ...c,
        evaluation: { ...c.evaluation, status: 'complete', met: true },
      })),
    );
    const from = w.emissions.length;
    const before = w.fulls();
    Dexie.on.storagemutated.fire({
      [`idb://${store.db.name}/activities/`]: new RangeSet('a', 'z'),
    });
    const r = await w.emission('after a range', () => true, from);
    expect(w.fulls()).toBe(before + 1);
    expect(shown(r.summary)).toEqual(await fromScratch(store));
  });
});
