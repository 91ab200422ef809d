import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveRequest } from '../../../shared/platform';
import { readBackupFile, type UpgradeBackupFailure } from '../../../renderer/src/db/backup';
import { schemaVersionOnDisk, type Store } from '../../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import {
  openStoreWithBackup,
  type UpgradeChoice,
} from '../../../renderer/src/features/backup/open-with-backup';
import { UpgradeBackupFailed } from '../../../renderer/src/features/backup/UpgradeBackupFailed';
import { schemaFixtures } from '../../fixtures/db';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { freshName, writeAtVersion } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const open: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of open.splice(0)) s.db.close();
});

/** Ascent 0.3.0's database (schema v3) on disk. */
async function v3OnDisk(): Promise<string> {
  const v3 = schemaFixtures.find((f) => f.version === 3)!;
  const name = freshName('upgrade-screen');
  await writeAtVersion(name, 3, v3.stores, v3.rows);
  return name;
}

/**
 * Starts as main.tsx does: the start-up screen is shown whenever the backup before the update
 * fails, one fresh screen per attempt.
 */
function start(name: string, backups: FakeBackups, saveFile?: (req: SaveRequest) => unknown) {
  const platform = fakePlatform(backups, '0.4.0');
  if (saveFile) platform.saveFile = saveFile as typeof platform.saveFile;
  let attempt = 0;
  let shown: ReturnType<typeof render> | null = null;
  const ask = (failure: UpgradeBackupFailure) =>
    new Promise<UpgradeChoice>((resolve) => {
      attempt += 1;
      const screenFor = (
        <UpgradeBackupFailed
          key={attempt}
          failure={failure}
          attempt={attempt}
          platform={platform}
          onChoose={resolve}
        />
      );
      if (shown) shown.rerender(screenFor);
      else shown = render(screenFor);
    });
  return openStoreWithBackup(name, platform, ask).then((s) => (open.push(s), s));
}

const button = (name: string) => screen.getByRole('button', { name });

describe('start-up when the copy before an update cannot be saved', () => {
  it('says so, changes nothing, and updates without a copy only when asked to', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const opening = start(name, backups);

    const main = await screen.findByRole('main', {}, SLOW);
    expect(within(main).getByRole('heading').textContent).toBe(
      'Ascent has not updated your data yet',
    );
    expect(within(main).getByRole('alert').textContent).toBe(
      'No copy of your data could be made before the update. The reason given: No space left on device',
    );
    expect(main.textContent).toContain('Nothing has been changed yet.');
    expect(await schemaVersionOnDisk(name)).toBe(3);

    fireEvent.click(button('Update without a copy'));
    expect(screen.getByRole('status').textContent).toBe('Updating your data without a copy…');
    expect((button('Try again') as HTMLButtonElement).disabled).toBe(true);
    const store = await opening;
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(backups.files).toEqual([]);
  });

  it('tries again on request, says when that did not help, and goes on once the copy is saved', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const opening = start(name, backups);

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }, SLOW));
    expect(await screen.findByText(/Trying again did not help\./, {}, SLOW)).toBeDefined();
    expect(await schemaVersionOnDisk(name)).toBe(3);

    backups.failWrites = null;
    fireEvent.click(button('Try again'));
    const store = await opening;
    expect(backups.files.map((f) => f.info.reason)).toEqual(['version-change']);
    const read = await readBackupFile(backups.files[0]!.content);
    expect(read.ok && read.value.preview.schemaVersion).toBe(3);
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
  });

  it('saves the copy elsewhere when asked, then updates; a failed save says so and waits', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const saves: SaveRequest[] = [];
    let outcome: 'cancel' | 'fail' | 'save' = 'fail';
    const opening = start(name, backups, async (req) => {
      saves.push(req);
      if (outcome === 'fail') throw new Error('The drive is read-only');
      return outcome === 'save' ? { saved: true, fileName: req.suggestedName } : { saved: false };
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Save the copy as a file…' }, SLOW));
    expect(
      await screen.findByText('The copy could not be saved there either: The drive is read-only'),
    ).toBeDefined();
    outcome = 'cancel';
    fireEvent.click(button('Save the copy as a file…'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('status')).toBeNull();
    expect(await schemaVersionOnDisk(name)).toBe(3);

    outcome = 'save';
    fireEvent.click(button('Save the copy as a file…'));
    const store = await opening;
    expect(screen.getByRole('status').textContent).toMatch(
      /^Copy saved as ascent-before-update-.*\.ascent-backup\. Updating your data…$/,
    );
    const read = await readBackupFile(saves.at(-1)!.content as Uint8Array);
    expect(read.ok && read.value.preview).toMatchObject({
      schemaVersion: 3,
      profileName: 'Dana Okafor',
    });
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
  });
});
