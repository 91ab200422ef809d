/** A desktop platform double whose automatic backups live in memory. */
import type {
  BackupFileInfo,
  BackupReason,
  RotationPolicy,
  StorageMarker,
} from '../../shared/ipc/contract';
import type { AutomaticBackups, Platform } from '../../shared/platform';
import { silentNotifications } from '../unit/renderer/silent-notifications';

export interface FakeBackups extends AutomaticBackups {
  files: { info: BackupFileInfo; content: Uint8Array; keep?: RotationPolicy }[];
  marker: StorageMarker | null;
  failWrites: string | null;
}

export function fakeBackups(existing: BackupFileInfo[] = []): FakeBackups {
  const fake: FakeBackups = {
    files: existing.map((info) => ({ info, content: new Uint8Array([1]) })),
    marker: null,
    failWrites: null,
    async write(reason: BackupReason, content: Uint8Array, keep?: RotationPolicy) {
      if (fake.failWrites) throw new Error(fake.failWrites);
      const n = fake.files.length + 1;
      const info: BackupFileInfo = {
        fileName: `backup-${n}.ascent-backup`,
        reason,
        createdAt: new Date(Date.UTC(2026, 10, 22, 10, n)).toISOString(),
        size: content.byteLength,
      };
      fake.files.push({ info, content, ...(keep ? { keep } : {}) });
      return info;
    },
    async list() {
      return fake.files.map((f) => f.info);
    },
    async read(fileName: string) {
      const found = fake.files.find((f) => f.info.fileName === fileName);
      if (!found) throw new Error(`No backup named ${fileName}`);
      return found.content;
    },
    async readMarker() {
      return fake.marker;
    },
    async writeMarker(marker: StorageMarker) {
      fake.marker = marker;
    },
  };
  return fake;
}

export function fakePlatform(backups: AutomaticBackups | null, version = '0.3.0'): Platform {
  return {
    kind: backups ? 'desktop' : 'web',
    appInfo: async () => ({ name: 'Ascent', version, electron: '', chrome: '', platform: 'test' }),
    saveFile: async (req) => ({ saved: true, fileName: req.suggestedName }),
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async () => ({ kind: 'browser-print' }),
    notifications: silentNotifications,
    onMenuCommand: () => () => {},
    backups,
  };
}
