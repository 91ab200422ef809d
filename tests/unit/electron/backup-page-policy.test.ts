// The keep policy arrives from the page with every backup write, and a compromised page can
// send any policy the contract allows, as often as it likes. Main owns a floor the page cannot
// go below: the newest backup from before today, before this ISO week and before this month
// always stay, so the page can never rotate away every backup written before it took over.
// The user's own numbers, however low, still decide everything else.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, type BackupFileInfo, type IpcResult } from '../../../shared/ipc/contract';
import { formatBackupName } from '../../../electron/main/backups/naming';
import { keptWhateverThePolicy } from '../../../electron/main/backups/rotation';
import { setup, trusted, useTempDir } from './ipc-fixture';
import { file } from './backup-rotation-helpers';

const tempDir = useTempDir();
const backups = () => join(tempDir(), 'backups');
const lowest = { daily: 1, weekly: 0, monthly: 0 };
const DAY_MS = 86_400_000;

/** Real backups of a careful user: one every night for `days` nights before `today`. */
async function nightly(today: string, days: number): Promise<string[]> {
  await mkdir(backups(), { recursive: true });
  const names: string[] = [];
  for (let n = 1; n <= days; n++) {
    const name = formatBackupName(new Date(Date.parse(today) - n * DAY_MS), 'daily');
    await writeFile(join(backups(), name), `night ${n}`);
    names.push(name);
  }
  return names;
}

function ok(result: IpcResult<unknown>): BackupFileInfo {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as BackupFileInfo;
}

describe('a page-supplied keep policy', () => {
  it('cannot rotate away every backup from before today', async () => {
    // Wednesday 18 November 2026, 10:00 UTC; sixty nights of real backups before it.
    const today = '2026-11-18T10:00:00Z';
    const real = await nightly(today, 60);
    const { call } = setup(tempDir(), { now: () => new Date(today) });
    // Junk of every reason, each with the lowest policy the contract accepts.
    const junk: string[] = [];
    for (const reason of [
      'before-restore',
      'before-bulk-delete',
      'version-change',
      'manual',
      'start',
      'daily',
    ] as const) {
      junk.push(
        ok(
          await call(channels.backupWrite, trusted, {
            reason,
            keep: lowest,
            content: new Uint8Array([0]),
          }),
        ).fileName,
      );
    }
    const left = await readdir(backups());
    const realLeft = real.filter((name) => left.includes(name));
    // Yesterday's (the newest before today), Sunday's (the newest before this ISO week, which
    // began on Monday 16th) and 31 October's (the newest before this month).
    expect(realLeft.sort()).toEqual([
      'ascent-2026-10-31T10-00-00Z-daily.ascent-backup',
      'ascent-2026-11-15T10-00-00Z-daily.ascent-backup',
      'ascent-2026-11-17T10-00-00Z-daily.ascent-backup',
    ]);
    // Everything else the user asked to drop is dropped, and the newest write is there.
    expect(left).toContain(junk.at(-1));
    expect(left.length).toBeLessThan(real.length);
  });

  it('keeps its floor on the days that follow, as the page goes on writing', async () => {
    const first = '2026-11-18T10:00:00Z';
    const real = await nightly(first, 60);
    let now = Date.parse(first);
    const { call } = setup(tempDir(), { now: () => new Date(now) });
    for (let day = 0; day < 3; day++, now += DAY_MS) {
      ok(
        await call(channels.backupWrite, trusted, {
          reason: 'daily',
          keep: lowest,
          content: new Uint8Array([day]),
        }),
      );
    }
    // Friday 20th: yesterday is the page's own, but this week and this month began before it.
    const left = await readdir(backups());
    expect(real.filter((name) => left.includes(name)).sort()).toEqual([
      'ascent-2026-10-31T10-00-00Z-daily.ascent-backup',
      'ascent-2026-11-15T10-00-00Z-daily.ascent-backup',
    ]);
  });

  it('still lets the user keep fewer: what is beyond the floor goes at the next backup', async () => {
    const today = '2026-11-18T10:00:00Z';
    await nightly(today, 10);
    const { call } = setup(tempDir(), { now: () => new Date(today) });
    const written = ok(
      await call(channels.backupWrite, trusted, {
        reason: 'daily',
        keep: lowest,
        content: new Uint8Array([1]),
      }),
    );
    // Ten nights, 8th to 17th: only yesterday's, Sunday's (the newest before this ISO week)
    // and the new one stay; nothing here is older than this month.
    expect((await readdir(backups())).sort()).toEqual([
      'ascent-2026-11-15T10-00-00Z-daily.ascent-backup',
      'ascent-2026-11-17T10-00-00Z-daily.ascent-backup',
      written.fileName,
    ]);
  });
});

describe('keptWhateverThePolicy', () => {
  const now = new Date('2026-11-18T10:00:00Z'); // a Wednesday

  it('is the newest file before today, before this ISO week and before this month', () => {
    const files = [
      file('2026-11-18T09:00:00Z'),
      file('2026-11-17T23:59:59Z'),
      file('2026-11-17T08:00:00Z'),
      file('2026-11-15T20:00:00Z', 'start'),
      file('2026-11-15T08:00:00Z'),
      file('2026-10-31T20:00:00Z', 'manual'),
      file('2026-10-02T20:00:00Z'),
    ];
    expect([...keptWhateverThePolicy(files, now)].sort()).toEqual(
      [files[1]!, files[3]!, files[5]!].map((f) => f.fileName).sort(),
    );
  });

  it('one file can be all three', () => {
    const old = file('2025-01-01T00:00:00Z');
    expect([...keptWhateverThePolicy([file('2026-11-18T09:00:00Z'), old], now)]).toEqual([
      old.fileName,
    ]);
  });

  it('holds nothing of today, nothing dated later, nothing not ours, and nothing without a clock', () => {
    const later = file('2026-11-19T09:00:00Z');
    const foreign = { ...file('2026-11-10T09:00:00Z'), fileName: 'notes.txt' };
    expect(keptWhateverThePolicy([file('2026-11-18T01:00:00Z'), later, foreign], now).size).toBe(0);
    expect(keptWhateverThePolicy([file('2026-11-10T09:00:00Z')], new Date(NaN)).size).toBe(0);
  });
});
