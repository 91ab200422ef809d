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
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Desktop only: automatic backups on disk and the storage marker. Null in the browser. */
  readonly backups: AutomaticBackups | null;
}
