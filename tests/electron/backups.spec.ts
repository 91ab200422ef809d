/**
 * Automatic backups as the desktop app writes them: the page asks through window.ascent, main
 * writes into <userData>/backups and rotates. Skipped, with the reason printed, where no
 * Electron binary is available.
 *
 * The app may write backups of its own at start (with the user's policy) while this test
 * runs, so every assertion holds whichever of its writes comes first: safety copies and
 * deletions are certain, and exactly one ordinary backup of today survives, the newest.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, launchApp, skipReason, test } from './fixtures';

type Bridge = Record<string, (request?: unknown) => Promise<unknown>>;
type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string } };
interface Info {
  fileName: string;
  reason: string;
  createdAt: string;
  size: number;
}

const DAY_MS = 86_400_000;
const safety = new Set(['before-restore', 'before-bulk-delete', 'version-change']);
/** Written independently of the app's code, so a change in the naming scheme shows here. */
const namePattern =
  /^ascent-(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}Z-([a-z-]+?)(?:-\d+)?\.ascent-backup$/;

function backupName(date: Date, reason: string): string {
  const stamp = date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `ascent-${stamp}-${reason}.ascent-backup`;
}

test.describe('automatic backups', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test('automatic backup files appear and rotate', async ({ userDataDir }) => {
    // Older backups and a file of the user's, there before the app starts.
    const folder = join(userDataDir, 'backups');
    await mkdir(folder, { recursive: true });
    // Two backups on each of two earlier days. Main's floor under the page's policy keeps the
    // newest from before today, before this week and before this month: the later one of 3
    // days ago always stays; the earlier one of 40 days ago always goes (a later one of its
    // own day, 40 days ago, is before this week and month too). The others depend on the day.
    const HOUR_MS = 60 * 60 * 1000;
    const newestBeforeToday = backupName(new Date(Date.now() - 3 * DAY_MS), 'daily');
    const alwaysGone = backupName(new Date(Date.now() - 40 * DAY_MS - HOUR_MS), 'start');
    const seeded = [
      newestBeforeToday,
      backupName(new Date(Date.now() - 3 * DAY_MS - HOUR_MS), 'daily'),
      backupName(new Date(Date.now() - 40 * DAY_MS), 'start'),
      alwaysGone,
    ];
    for (const name of seeded) await writeFile(join(folder, name), 'an older backup');
    await writeFile(join(folder, 'notes.txt'), 'not a backup');

    const app = await launchApp(userDataDir);
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      const run = await page.evaluate(async () => {
        const ascent = (globalThis as unknown as { ascent: Bridge }).ascent;
        const keep = { daily: 1, weekly: 0, monthly: 0 };
        const bytes = (text: string) => new TextEncoder().encode(text);
        const written: unknown[] = [];
        for (const [reason, text] of [
          ['before-restore', 'safety copy'],
          ['manual', 'first'],
          ['manual', 'second'],
          ['manual', 'third'],
        ]) {
          written.push(await ascent['backupWrite']!({ reason, keep, content: bytes(text!) }));
        }
        const first = written[0] as Result<Info>;
        const readBack = first.ok
          ? ((await ascent['backupRead']!({
              fileName: first.value.fileName,
            })) as Result<Uint8Array>)
          : first;
        return {
          written,
          readBack: readBack.ok ? new TextDecoder().decode(readBack.value) : readBack,
          listed: await ascent['backupList']!(),
          traversal: await ascent['backupRead']!({ fileName: '../storage-marker.json' }),
        };
      });

      const written = run.written as Result<Info>[];
      const infos = written.map((result) => {
        expect(result.ok).toBe(true);
        return (result as { value: Info }).value;
      });
      const [safetyCopy, manual1, manual2, manual3] = infos as [Info, Info, Info, Info];
      expect(infos.map((i) => i.reason)).toEqual(['before-restore', 'manual', 'manual', 'manual']);
      for (const info of infos) expect(info.fileName).toMatch(namePattern);
      expect(new Set(infos.map((i) => i.fileName)).size).toBe(4);
      expect(manual3.size).toBe(new TextEncoder().encode('third').byteLength);
      expect(run.readBack).toBe('safety copy');
      expect(run.traversal).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

      const listed = run.listed as Result<Info[]>;
      expect(listed.ok).toBe(true);
      const times = (listed as { value: Info[] }).value.map((i) => Date.parse(i.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a)); // newest first

      const onDisk = await readdir(folder);
      expect(onDisk).toContain('notes.txt'); // not ours: never touched
      expect(onDisk).toContain(safetyCopy.fileName); // a safety copy of today stays
      expect(onDisk).toContain(newestBeforeToday); // main's floor: whatever the page's policy
      for (const gone of [alwaysGone, manual1.fileName, manual2.fileName]) {
        expect(onDisk).not.toContain(gone);
      }
      // One day kept: one ordinary backup of today, the newest (the third manual one, unless
      // the app wrote a backup of its own after it).
      const today = manual3.createdAt.slice(0, 10);
      const ordinary = onDisk
        .map((name) => namePattern.exec(name))
        .filter((m): m is RegExpExecArray => m !== null && !safety.has(m[2]!))
        .filter((m) => !seeded.includes(m[0]));
      expect(ordinary).toHaveLength(1);
      expect(ordinary[0]![1]).toBe(today);
      const survivor = ordinary[0]!;
      if (survivor[0] !== manual3.fileName) expect(survivor[2]).not.toBe('manual');
    } finally {
      await app.close();
    }
  });
});
