import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  exportBackup,
  readBackupFile,
  restoreBackup,
  type ValidBackup,
} from '../../renderer/src/db/backup';
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { readSnapshot } from '../../renderer/src/db/backup/snapshot';
import { openStore, type Store } from '../../renderer/src/db/database';
import { dataset, mutation } from './backup-arbitraries';
import { fixtureRows, storeWith } from './backup-fixtures';
import { dumpTables, freshName } from './helpers';

const META = { appVersion: '0.3.0', exportedAt: '2026-11-22T10:05:00.000Z' };

/**
 * SHA-256 as Node's hashing computes it, in place of WebCrypto's: the same bytes out (checked
 * below), without a trip to a worker thread and back for every entry of every file. That trip
 * was about a third of these 11,000 runs' time; the app's own WebCrypto hashing is covered by
 * the other backup tests.
 */
const webDigest = crypto.subtle.digest.bind(crypto.subtle);
function nodeSha256(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> {
  if (algorithm !== 'SHA-256') return webDigest(algorithm, data);
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const hash = createHash('sha256').update(bytes).digest();
  return Promise.resolve(new Uint8Array(hash).buffer);
}

let store: Store;
beforeAll(async () => {
  const sample = new TextEncoder().encode('a backup entry\n');
  expect(new Uint8Array(await nodeSha256('SHA-256', sample))).toEqual(
    new Uint8Array(await webDigest('SHA-256', sample)),
  );
  vi.spyOn(crypto.subtle, 'digest').mockImplementation(nodeSha256);
  store = await openStore(freshName('properties'));
});
afterAll(() => {
  vi.restoreAllMocks();
  store.db.close();
});

describe('export → import → export', () => {
  it('gives the same document, byte for byte, for 1,000 random datasets', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (tables) => {
        await replaceAllData(store, tables);
        const first = await encodeBackup(await readSnapshot(store.db), META);
        const read = await readBackupFile(first.bytes);
        if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
        await restoreBackup(store, read.value);
        const again = await encodeBackup(await readSnapshot(store.db), META);
        // Buffer.equals: a deep toEqual over every byte would triple the run time.
        expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // About 50 s on a quiet two-core machine: the limit is a hang guard, not a speed check.
  }, 180_000);
});

describe('10,000 damaged backup files', () => {
  let target: Store;
  let original: Uint8Array;
  let sourceDump: Record<string, unknown[]>;
  /** The target's own data as a checked backup, to put it back after an accepted file. */
  let targetBackup: ValidBackup;
  beforeAll(async () => {
    const rows = fixtureRows();
    const big = new Uint8Array(300).fill(7);
    rows.evidence!.push({ ...rows.evidence![0]!, id: 'ev-2', data: big, size: 300 });
    const source = await storeWith('mutation-src', rows);
    original = (await exportBackup(source, { appVersion: '0.3.0' })).bytes;
    sourceDump = await dumpTables(source.db);
    source.db.close();
    const other = fixtureRows();
    other.profile![0]!.name = 'Current data';
    target = await storeWith('mutation-target', other);
    const read = await readBackupFile((await exportBackup(target, { appVersion: '1' })).bytes);
    if (!read.ok) throw new Error('the target’s own backup was refused');
    targetBackup = read.value;
  });
  afterAll(() => target.db.close());

  it('never crash the check; a refused file writes nothing; an accepted one is the original data', async () => {
    const before = await dumpTables(target.db);
    let run = 0;
    const counts = { refused: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(mutation(original.length), async (mutate) => {
        run += 1;
        const read = await readBackupFile(mutate(original));
        counts[read.ok ? 'accepted' : 'refused'] += 1;
        if (!read.ok) expect(read.problems.length).toBeGreaterThan(0);
        // A damage the checksum does not cover (a zip header's time) must not change the data.
        if (read.ok) expect(read.value.tables).toEqual(sourceDump);
        // Every 25th file goes through the whole restore flow and the database is compared.
        if (run % 25 !== 0) return;
        if (read.ok) {
          await restoreBackup(target, read.value);
          expect(await dumpTables(target.db)).toEqual(sourceDump);
          await restoreBackup(target, targetBackup);
        }
        expect(await dumpTables(target.db)).toEqual(before);
      }),
      { numRuns: 10_000 },
    );
    expect(counts.refused).toBeGreaterThan(9_000);
  }, 180_000);
});
