/**
 * Automatic backups and the storage marker (issue 4 parts 4 and 6). The renderer builds the
 * backup file; main only names, writes, rotates, lists and reads back files in its own
 * folder. The renderer never sees or chooses a path: it gets plain file names, and can read
 * back only names that follow the backup pattern.
 */
import {
  backupListRequest,
  backupReadRequest,
  backupWriteRequest,
  channels,
  markerReadRequest,
  markerWriteRequest,
  type BackupFileInfo,
  type StorageMarker,
} from '../../../shared/ipc/contract';
import { writeFailureOf } from '../../../shared/files/write-failure';
import { createMarkerFile } from '../backups/marker';
import { parseBackupName } from '../backups/naming';
import {
  BackupNotFoundError,
  BackupWriteError,
  createBackupStore,
  type BackupStoreDeps,
} from '../backups/store';
import { FileTooLargeError } from '../file-io';
import { IpcRefusal, defineChannel } from './handle';

export type BackupDeps = BackupStoreDeps;

const readRequestSchema = backupReadRequest.refine(
  (req) => parseBackupName(req.fileName) !== null,
  {
    message: 'the name of an automatic backup',
    path: ['fileName'],
  },
);

/** The user-facing reason a write failed, sorted as every chosen file's; details to the log. */
function writeFailure(error: BackupWriteError): IpcRefusal {
  console.error('[backups] write failed', error.cause);
  const failure = writeFailureOf(error.cause);
  const message =
    failure === 'DISK_FULL'
      ? 'The disk is full: the automatic backup could not be written.'
      : failure === 'NOT_ALLOWED'
        ? 'Ascent may not write to its backup folder.'
        : 'The automatic backup could not be written.';
  return new IpcRefusal('FAILED', message);
}

export function createBackupChannels(deps: BackupDeps) {
  const store = createBackupStore(deps);
  const marker = createMarkerFile({ userDataDir: deps.userDataDir });

  const write = defineChannel({
    channel: channels.backupWrite,
    schema: backupWriteRequest,
    async run(req): Promise<BackupFileInfo> {
      try {
        return await store.write(req.reason, req.keep, req.content);
      } catch (error) {
        throw error instanceof BackupWriteError ? writeFailure(error) : error;
      }
    },
  });

  const list = defineChannel({
    channel: channels.backupList,
    schema: backupListRequest,
    run: (): Promise<BackupFileInfo[]> => store.list(),
  });

  const read = defineChannel({
    channel: channels.backupRead,
    schema: readRequestSchema,
    async run(req): Promise<Uint8Array> {
      try {
        return await store.read(req.fileName);
      } catch (error) {
        if (error instanceof BackupNotFoundError) {
          throw new IpcRefusal('FAILED', 'That backup is no longer there.');
        }
        if (error instanceof FileTooLargeError) throw new IpcRefusal('NOT_ALLOWED', error.message);
        throw error;
      }
    },
  });

  const readMarker = defineChannel({
    channel: channels.markerRead,
    schema: markerReadRequest,
    run: (): Promise<StorageMarker | null> => marker.read(),
  });

  const writeMarker = defineChannel({
    channel: channels.markerWrite,
    schema: markerWriteRequest,
    run: (req): Promise<void> => marker.write(req),
  });

  return [write, list, read, readMarker, writeMarker] as const;
}
