/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 * Every channel has a request schema, validated in main before anything is done, and a
 * response type. Main always answers an IpcResult; nothing throws across the boundary.
 */
import { z } from 'zod';
import { IMPORT_FILE_MAX_BYTES, MAX_FILE_BYTES } from '../backup-limits';
import { hasControlCharacter, plainLine } from '../text/controls';
import { fitsUtf8Bytes } from '../text/utf8';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface IpcError {
  /** Stable code the renderer turns into words. */
  code: 'INVALID_PAYLOAD' | 'UNTRUSTED_SENDER' | 'FAILED' | 'NOT_ALLOWED';
  /** A sentence for logs and for the user when nothing better is known. */
  message: string;
}

// Control characters and bidirectional controls: one definition, shared with the web build's
// notifications and with file names (shared/text/controls.ts).
export { hasControlCharacter, plainLine } from '../text/controls';

const fileFilter = z.object({
  name: z
    .string()
    .min(1)
    .max(100)
    .refine(
      (name) => !hasControlCharacter(name),
      'a filter name without control characters (tab, line break, NUL and the like)',
    ),
  extensions: z
    .array(z.string().regex(/^[a-z0-9-]{1,20}$/i))
    .min(1)
    .max(10),
});

export const appInfoRequest = z.undefined();
export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
}

/**
 * A saved file's content, at most `maxBytes` as written: bytes by their count, a text by its
 * UTF-8 bytes (the file main writes), not by its length in UTF-16 units, which a text of
 * accented letters, CJK or emoji outgrows up to three times.
 */
export function fileContent(maxBytes: number) {
  return z.union([
    z
      .string()
      .refine(
        (text) => fitsUtf8Bytes(text, maxBytes),
        `file too large: at most ${maxBytes} bytes once written as UTF-8`,
      ),
    z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes expected')
      .refine((b) => b.byteLength <= maxBytes, `file too large: at most ${maxBytes} bytes`),
  ]);
}

export const saveFileRequest = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path'),
  filters: z.array(fileFilter).max(10).default([]),
  content: fileContent(MAX_FILE_BYTES),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;
export type SaveFileResponse = { saved: false } | { saved: true; fileName: string };

/**
 * The extensions of files opened to be read as text (the spreadsheet import's CSV): an open
 * whose filters offer only these is a text open, held to IMPORT_FILE_MAX_BYTES
 * (shared/backup-limits.ts) whatever the page asks; any other open to MAX_FILE_BYTES.
 */
export const textFileExtensions: readonly string[] = ['csv', 'tsv', 'txt'];

export const isTextOpen = (filters: readonly { extensions: readonly string[] }[]): boolean =>
  filters.length > 0 &&
  filters.every((f) => f.extensions.every((e) => textFileExtensions.includes(e.toLowerCase())));

export const openFileRequest = z
  .strictObject({
    filters: z.array(fileFilter).max(10).default([]),
    maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
  })
  .refine((req) => !isTextOpen(req.filters) || (req.maxBytes ?? 0) <= IMPORT_FILE_MAX_BYTES, {
    message: `a text file (${textFileExtensions.join(', ')}) opens at most ${IMPORT_FILE_MAX_BYTES} bytes`,
    path: ['maxBytes'],
  })
  .transform((req) => ({
    filters: req.filters,
    maxBytes: req.maxBytes ?? (isTextOpen(req.filters) ? IMPORT_FILE_MAX_BYTES : MAX_FILE_BYTES),
  }));
export type OpenFileRequest = z.input<typeof openFileRequest>;
export type OpenFileResponse =
  { opened: false } | { opened: true; fileName: string; content: Uint8Array };

export const openExternalRequest = z.strictObject({
  url: z.string().max(2048),
});
export type OpenExternalRequest = z.infer<typeof openExternalRequest>;

/**
 * Automatic backups on the desktop (issue 4 part 4). The renderer hands main a complete
 * backup file; main writes it atomically under the user-data folder and rotates old ones.
 */
export const backupReasons = [
  'start',
  'daily',
  'version-change',
  'before-restore',
  'before-bulk-delete',
  'manual',
] as const;
export type BackupReason = (typeof backupReasons)[number];

/** How many automatic backups to keep per period (e.g. 7 daily, 4 weekly, 12 monthly). */
export const rotationPolicy = z.strictObject({
  daily: z.number().int().min(1).max(365),
  weekly: z.number().int().min(0).max(520),
  monthly: z.number().int().min(0).max(1200),
});
export type RotationPolicy = z.infer<typeof rotationPolicy>;
export const defaultRotationPolicy: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export const backupWriteRequest = z.strictObject({
  reason: z.enum(backupReasons),
  /** The user's rotation setting; main applies it after writing. */
  keep: rotationPolicy.default(defaultRotationPolicy),
  content: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes expected')
    .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES, 'file size out of range'),
});
export type BackupWriteRequest = z.input<typeof backupWriteRequest>;

export interface BackupFileInfo {
  /** A plain file name inside the backups folder; never a path. */
  fileName: string;
  reason: BackupReason;
  /** ISO timestamp of when the backup was written. */
  createdAt: string;
  size: number;
}

export const backupListRequest = z.undefined();
export const backupReadRequest = z.strictObject({
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._-]+$/, 'a backup file name'),
});
export type BackupReadRequest = z.input<typeof backupReadRequest>;

/**
 * A small marker kept outside IndexedDB (issue 4 part 6): if the marker says there were
 * records but the database is empty, the database vanished and the newest automatic backup
 * is offered.
 */
export const storageMarker = z.strictObject({
  hasRecords: z.boolean(),
  updatedAt: z.string().max(40),
  appVersion: z.string().max(40),
});
export type StorageMarker = z.infer<typeof storageMarker>;
export const markerReadRequest = z.undefined();
export const markerWriteRequest = storageMarker;

/**
 * The progress report printed to PDF by main (issue 8 part 2): main prints the page that
 * asked, in the chosen paper size, and saves it where the user chooses.
 */
export const reportPageSizes = ['A4', 'Letter'] as const;
export type ReportPageSize = (typeof reportPageSizes)[number];
export const reportPrintPdfRequest = z.strictObject({
  pageSize: z.enum(reportPageSizes),
  suggestedName: z
    .string()
    .min(5)
    .max(200)
    .regex(/\.pdf$/i, 'a .pdf file name')
    .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
});
export type ReportPrintPdfRequest = z.input<typeof reportPrintPdfRequest>;

/**
 * A system notification for a study reminder (issue 7 part 4): plain text only, short enough
 * for any notification centre. Main shows it with Electron's Notification.
 */
export const notifyShowRequest = z.strictObject({
  title: z
    .string()
    .max(120)
    .transform((title) => plainLine(title).trim())
    .pipe(z.string().min(1, 'a title with words in it, not only spaces or control characters')),
  body: z.string().max(500).transform(plainLine),
});
export type NotifyShowRequest = z.input<typeof notifyShowRequest>;

export { channels, menuCommandChannel, menuCommands, type MenuCommand } from './channels';
import type { MenuCommand } from './channels';

/** What the preload puts on window.ascent. */
export interface AscentBridge {
  appInfo(): Promise<IpcResult<AppInfo>>;
  saveFile(req: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(req: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  openExternal(req: OpenExternalRequest): Promise<IpcResult<void>>;
  backupWrite(req: BackupWriteRequest): Promise<IpcResult<BackupFileInfo>>;
  backupList(): Promise<IpcResult<BackupFileInfo[]>>;
  backupRead(req: BackupReadRequest): Promise<IpcResult<Uint8Array>>;
  markerRead(): Promise<IpcResult<StorageMarker | null>>;
  markerWrite(req: StorageMarker): Promise<IpcResult<void>>;
  reportPrintPdf(req: ReportPrintPdfRequest): Promise<IpcResult<SaveFileResponse>>;
  /** Shows a system notification; false when the system has none. */
  notifyShow(req: NotifyShowRequest): Promise<IpcResult<boolean>>;
  /** Subscribe to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
