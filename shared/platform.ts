/**
 * What the UI may ask of the machine it runs on. One implementation for the browser, one
 * for the desktop (window.ascent); chosen once at start-up and provided through React
 * context, so components never ask where they run.
 */
import type {
  AppInfo,
  BackupFileInfo,
  BackupReason,
  MenuCommand,
  ReportPageSize,
  RotationPolicy,
  StorageMarker,
} from './ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveRequest {
  suggestedName: string;
  mimeType: string;
  filters: FileFilter[];
  content: string | Uint8Array;
}

export type SaveOutcome = { saved: false } | { saved: true; fileName: string };
export type OpenOutcome =
  { opened: false } | { opened: true; fileName: string; content: Uint8Array };

/** The progress report (issue 8 part 2): a PDF saved by the desktop, the browser's print on the web. */
export interface PrintReportRequest {
  pageSize: ReportPageSize;
  /** The PDF's suggested file name (desktop). */
  suggestedName: string;
}
export type PrintOutcome = { kind: 'browser-print' } | ({ kind: 'pdf' } & SaveOutcome);

/**
 * System notifications for study reminders (issue 7 part 4): the browser's Notification API
 * on the web (permission asked only when the user clicks), Electron's on the desktop.
 */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';
export interface SystemNotifications {
  permission(): NotificationPermissionState;
  /** Call only from a user action: browsers ignore or block requests made on their own. */
  requestPermission(): Promise<NotificationPermissionState>;
  /** Resolves true when the notification was handed to the system. */
  show(title: string, body: string): Promise<boolean>;
}

/** Automatic backups kept by the desktop app on disk; absent in the browser. */
export interface AutomaticBackups {
  write(reason: BackupReason, content: Uint8Array, keep?: RotationPolicy): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<Uint8Array>;
  readMarker(): Promise<StorageMarker | null>;
  writeMarker(marker: StorageMarker): Promise<void>;
}

export interface Platform {
  readonly kind: 'web' | 'desktop';
  appInfo(): Promise<AppInfo>;
  saveFile(req: SaveRequest): Promise<SaveOutcome>;
  openFile(filters: FileFilter[]): Promise<OpenOutcome>;
  openExternal(url: string): Promise<void>;
  print(): Promise<void>;
  printReport(req: PrintReportRequest): Promise<PrintOutcome>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Desktop only: automatic backups on disk and the storage marker. Null in the browser. */
  readonly backups: AutomaticBackups | null;
  readonly notifications: SystemNotifications;
}
