// A backup (or any file) larger than main accepts (MAX_FILE_BYTES) is stopped in the renderer
// before it is sent, with words that say what is too large and what to do, instead of the
// contract's "content: file size out of range". Data kept before the evidence budget can still
// make such a backup. No test allocates hundreds of MB: the bytes only say they are that long.
import { describe, expect, it, vi } from 'vitest';
import {
  backupWriteRequest,
  saveFileRequest,
  type AscentBridge,
  type IpcResult,
} from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { exportBackup, readBackupFile } from '../../../renderer/src/db/backup';
import { ExportController } from '../../../renderer/src/features/backup/export-controller';
import { performRestore } from '../../../renderer/src/features/backup/restore-flow';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakePlatform } from '../../db/backup-fakes';
import { dumpTables } from '../../db/helpers';

const MiB = 1024 * 1024;

/** Bytes that say they are `bytes` long (as the contract and the check read them). */
function sized(bytes: number, content: Uint8Array = new Uint8Array([1, 2, 3])): Uint8Array {
  return Object.defineProperty(content, 'byteLength', { value: bytes });
}

/** The preload's bridge, faked: validates each request as main does, answers as main would. */
function fakeBridge() {
  const invalid = (message: string): IpcResult<never> => ({
    ok: false,
    error: { code: 'INVALID_PAYLOAD', message },
  });
  const bridge = {
    saveFile: vi.fn(async (req: unknown) => {
      const parsed = saveFileRequest.safeParse(req);
      if (!parsed.success) return invalid(parsed.error.issues[0]!.message);
      return { ok: true, value: { saved: true, fileName: parsed.data.suggestedName } };
    }),
    backupWrite: vi.fn(async (req: unknown) => {
      const parsed = backupWriteRequest.safeParse(req);
      if (!parsed.success)
        return invalid(
          `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`,
        );
      return {
        ok: true,
        value: {
          fileName: 'ascent-backup.ascent-backup',
          reason: parsed.data.reason,
          createdAt: '2026-11-22T08:00:00.000Z',
          size: parsed.data.content.byteLength,
        },
      };
    }),
    markerWrite: vi.fn(async () => ({ ok: true, value: undefined })),
    markerRead: vi.fn(async () => ({ ok: true, value: null })),
    notifyShow: vi.fn(),
    onMenuCommand: () => () => {},
  };
  return { bridge, desktop: createDesktopPlatform(bridge as unknown as AscentBridge) };
}

describe('the size check before a file is sent to main', () => {
  it('stops an automatic backup over 512 MB with words, and sends nothing', async () => {
    const { bridge, desktop } = fakeBridge();
    const write = desktop.backups!.write('daily', sized(600 * MiB));
    await expect(write).rejects.toThrow(
      'This backup would be 600 MB, and Ascent can save at most 512 MB as one file. Attached files are what make it this large: remove evidence you no longer need from the credit log, or keep large files elsewhere and note where, then try again.',
    );
    expect(bridge.backupWrite).not.toHaveBeenCalled();
  });

  it('sends a backup of exactly 512 MB, and stops one of a byte more', async () => {
    const { bridge, desktop } = fakeBridge();
    await expect(desktop.backups!.write('daily', sized(512 * MiB))).resolves.toMatchObject({
      size: 512 * MiB,
    });
    await expect(desktop.backups!.write('daily', sized(512 * MiB + 1))).rejects.toThrow(
      /^This backup would be just over 512 MB/,
    );
    expect(bridge.backupWrite).toHaveBeenCalledOnce();
  });

  it('stops a saved file over 512 MB with words, and sends nothing', async () => {
    const { bridge, desktop } = fakeBridge();
    const save = desktop.saveFile({
      suggestedName: 'audit-pack.zip',
      mimeType: 'application/zip',
      filters: [],
      content: sized(512 * MiB + 1),
    });
    await expect(save).rejects.toThrow(
      /^This file would be just over 512 MB, and Ascent can save at most 512 MB as one file\. /,
    );
    expect(bridge.saveFile).not.toHaveBeenCalled();
  });

  it('says, when an exported backup is too large, what is too large and what to do', async () => {
    const { bridge, desktop } = fakeBridge();
    const platform: Platform = {
      ...fakePlatform(null),
      kind: 'desktop',
      backups: desktop.backups,
      saveFile: (req) =>
        desktop.saveFile({ ...req, content: sized(530 * MiB, req.content as Uint8Array) }),
    };
    const store = await storeWith('too-large-export', fixtureRows());
    const controller = new ExportController(store, platform);
    await controller.run();
    expect(controller.getState()).toEqual({
      kind: 'failed',
      message:
        'No backup was saved. This backup would be 530 MB, and Ascent can save at most 512 MB as one file. Attached files are what make it this large: remove evidence you no longer need from the credit log, or keep large files elsewhere and note where, then try again.',
    });
    expect(bridge.saveFile).not.toHaveBeenCalled();
    store.db.close();
  });

  it('says, when the copy before a restore is too large, why nothing was restored', async () => {
    const { bridge, desktop } = fakeBridge();
    const backups = desktop.backups!;
    const platform: Platform = {
      ...fakePlatform(null),
      kind: 'desktop',
      backups: {
        ...backups,
        write: (reason, content, keep) => backups.write(reason, sized(530 * MiB, content), keep),
      },
    };
    const source = await storeWith('too-large-source', fixtureRows());
    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.3.0' })).bytes);
    if (!read.ok) throw new Error('fixture');
    const store = await storeWith('too-large-restore', fixtureRows());
    const before = await dumpTables(store.db);
    const outcome = await performRestore(store, platform, read.value, { downloadCopy: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toMatch(
        /^Nothing was restored: a copy of your current data could not be made first\. This backup would be 530 MB[^()]*then try again\.$/,
      );
      expect(outcome.message).not.toContain('out of range');
    }
    expect(bridge.backupWrite).not.toHaveBeenCalled();
    expect(await dumpTables(store.db)).toEqual(before);
    source.db.close();
    store.db.close();
  });
});
