/**
 * The start-up checks and the daily automatic backup (issue 4 parts 4 and 6), one runner per
 * open database. At start: ask for persistent storage, remove scratch databases, then on the
 * desktop compare the marker with the database (vanished?), back up (reason "version-change"
 * when the app version differs from the last run, else "start") and refresh the marker. When
 * start-up already backed up the database before upgrading its schema (open-with-backup.ts),
 * that backup is this start's one: no second copy is made.
 */
import { compareListedNewestFirst } from '../../../../shared/backup-names';
import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import type { Platform } from '../../../../shared/platform';
import {
  hasRecords,
  markHasRecords,
  removeScratchDatabases,
  writeAutomaticBackup,
} from '../../db/backup';
import type { Store } from '../../db/database';
import { getSettings, setLastRunVersion } from '../../db/repositories/settings';
import { dailyBackupDue } from './due';
import { requestPersistentStorage } from './persistence';

export type StartupResult =
  { kind: 'ok'; backupError: string | null } | { kind: 'vanished'; newest: BackupFileInfo | null };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function newestBackup(files: readonly BackupFileInfo[]): BackupFileInfo | null {
  return [...files].sort(compareListedNewestFirst)[0] ?? null;
}

export class BackupRunner {
  private started: Promise<StartupResult> | null = null;
  private lastAutomaticAt: Date | null = null;
  private vanished = false;
  /** The marker on disk already says "has records" (written with every automatic backup). */
  private marked = false;
  /** When start-up wrote this start's backup itself, before the schema upgrade. */
  private takenBeforeUpgrade: Date | null = null;

  constructor(
    private readonly store: Store,
    private readonly platform: Platform,
  ) {}

  /** Start-up wrote the "version-change" backup before opening the database: count it. */
  backedUpBeforeUpgrade(at: Date): void {
    this.takenBeforeUpgrade = at;
  }

  /** Runs once however often it is called (React may mount twice). */
  start(now = new Date()): Promise<StartupResult> {
    this.started ??= this.runStart(now);
    return this.started;
  }

  private async runStart(now: Date): Promise<StartupResult> {
    void requestPersistentStorage();
    await removeScratchDatabases().catch(() => undefined);
    const backups = this.platform.backups;
    if (!backups || this.store.mode === 'read-only') return { kind: 'ok', backupError: null };
    const records = await hasRecords(this.store.db);
    const marker = await backups.readMarker().catch(() => null);
    if (marker?.hasRecords && !records) {
      // Write nothing now: the marker and the newest backup are the way back.
      this.vanished = true;
      return { kind: 'vanished', newest: newestBackup(await backups.list().catch(() => [])) };
    }
    return { kind: 'ok', backupError: await this.startBackup(now) };
  }

  private async startBackup(now: Date): Promise<string | null> {
    try {
      const { version } = await this.platform.appInfo();
      const { lastRunVersion } = await getSettings(this.store);
      const changed = lastRunVersion !== version;
      const reason = changed ? 'version-change' : 'start';
      const backups = this.platform.backups!;
      const takenAt =
        this.takenBeforeUpgrade ??
        ((await writeAutomaticBackup(this.store, backups, reason, version, now)) ? now : null);
      if (takenAt) {
        this.lastAutomaticAt = takenAt;
        this.marked = true;
      }
      // Only after the backup: if it failed, the next start tries the version change again.
      if (changed) await setLastRunVersion(this.store, version);
      return null;
    } catch (e) {
      return message(e);
    }
  }

  /** Called every few minutes: the daily backup when due, else the marker when records appear. */
  async tick(now = new Date()): Promise<string | null> {
    const backups = this.platform.backups;
    if (!backups || this.store.mode === 'read-only' || !this.started) return null;
    await this.started;
    const records = await hasRecords(this.store.db);
    if (this.vanished && !records) return null;
    this.vanished = false;
    if (!records) return null;
    try {
      const { version } = await this.platform.appInfo();
      if (dailyBackupDue(this.lastAutomaticAt, now)) {
        await writeAutomaticBackup(this.store, backups, 'daily', version, now);
        this.lastAutomaticAt = now;
      } else if (!this.marked) await markHasRecords(backups, version, now);
      this.marked = true;
      return null;
    } catch (e) {
      return message(e);
    }
  }

  /** After a successful restore: the data is back, the marker says so. */
  restored(now = new Date()): void {
    this.vanished = false;
    this.marked = true;
    const backups = this.platform.backups;
    if (!backups) return;
    void this.platform
      .appInfo()
      .then(({ version }) => markHasRecords(backups, version, now))
      .catch(() => undefined);
  }
}

const runners = new WeakMap<Store, BackupRunner>();

export function runnerFor(store: Store, platform: Platform): BackupRunner {
  let runner = runners.get(store);
  if (!runner) runners.set(store, (runner = new BackupRunner(store, platform)));
  return runner;
}
