/**
 * "Remove sample data" when the sample database cannot be deleted: another window holds it open
 * and does not let go, or the deletion fails. The window used to wait for ever on its closed
 * database (or stay on it until a reload); now it goes back to the user's own records, with the
 * sample marked as left so it is removed later and never shown again as it was. The user's own
 * database is not touched either way.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../renderer/src/db/database';
import { DATABASE_NAME } from '../../renderer/src/db/schema';
import { saveHeld } from '../../renderer/src/db/repositories/credentials';
import {
  isSampleMode,
  leaveSampleMode,
  removeSampleLeftBehind,
  SAMPLE_DATABASE_NAME,
  sampleLeftBehind,
} from '../../renderer/src/features/sample/sample-mode';
import { seedSample } from '../../renderer/src/features/sample/seed-sample';
import { dumpTables } from './helpers';

const today = '2026-11-25';
let reload = vi.fn();
let kept = new Map<string, string>();
let other: IDBDatabase | null = null;

beforeEach(() => {
  reload = vi.fn();
  kept = new Map([['ascent.mode', 'sample']]);
  const localStorage = {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
  vi.stubGlobal('window', { location: { hash: '', reload }, localStorage });
});
afterEach(async () => {
  other?.close();
  other = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Dexie.delete(SAMPLE_DATABASE_NAME);
  await Dexie.delete(DATABASE_NAME);
});

/** The user's own records and the sample, both filled; `own` stays open to compare. */
async function ownAndSample() {
  const own = await openStore(DATABASE_NAME);
  const exam = { credentialId: 'pmi-acp', stage: 'exam-booked' as const, examDate: '2027-03-01' };
  expect((await saveHeld(own, exam, today)).ok).toBe(true);
  const sample = await openStore(SAMPLE_DATABASE_NAME);
  await seedSample(sample, today);
  return { own, sample, before: await dumpTables(own.db) };
}

/** A connection of another window that does not let go when asked (no versionchange answer). */
function holdOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(SAMPLE_DATABASE_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Fails the test instead of waiting for ever, as the old leave did. */
const within = <T>(work: Promise<T>, ms = 4000) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms),
    ),
  ]);

describe('leaving the sample when its database cannot be deleted', () => {
  it('held open by another window: back to the own records, the sample marked as left', async () => {
    const { own, sample, before } = await ownAndSample();
    other = await holdOpen();

    await within(leaveSampleMode(() => sample.db.close(), 50));

    expect(reload).toHaveBeenCalledOnce();
    expect(isSampleMode()).toBe(false);
    expect(sampleLeftBehind()).toBe(true);
    expect(await dumpTables(own.db)).toEqual(before);

    // Removing it again while the other window still holds it: not yet, and nothing waits.
    expect(await within(removeSampleLeftBehind(50))).toBe('blocked');
    expect(sampleLeftBehind()).toBe(true);

    // That window closed: it goes.
    other.close();
    other = null;
    expect(await within(removeSampleLeftBehind(50))).toBe('deleted');
    expect(sampleLeftBehind()).toBe(false);
    expect(await Dexie.getDatabaseNames()).not.toContain(SAMPLE_DATABASE_NAME);
    expect(await dumpTables(own.db)).toEqual(before);
    own.db.close();
  });

  it('the deletion fails: back to the own records, the sample kept and marked as left', async () => {
    const { own, sample, before } = await ownAndSample();
    vi.spyOn(Dexie.prototype, 'delete').mockRejectedValueOnce(new Error('disk error'));

    await within(leaveSampleMode(() => sample.db.close()));

    expect(reload).toHaveBeenCalledOnce();
    expect(isSampleMode()).toBe(false);
    expect(sampleLeftBehind()).toBe(true);
    expect(await Dexie.getDatabaseNames()).toContain(SAMPLE_DATABASE_NAME);
    expect(await dumpTables(own.db)).toEqual(before);
    own.db.close();
  });

  it('deleted: back to the own records with nothing left to remove', async () => {
    const { own, sample, before } = await ownAndSample();

    await within(leaveSampleMode(() => sample.db.close()));

    expect(reload).toHaveBeenCalledOnce();
    expect(isSampleMode()).toBe(false);
    expect(sampleLeftBehind()).toBe(false);
    expect(await Dexie.getDatabaseNames()).not.toContain(SAMPLE_DATABASE_NAME);
    expect(await dumpTables(own.db)).toEqual(before);
    own.db.close();
  });
});
