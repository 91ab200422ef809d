/**
 * The Ascent backup file (FORMAT.md): a zip holding manifest.json, one JSON file per table
 * and every binary value as its own entry. This module holds the names and the manifest's
 * schema; nothing here touches the database.
 */
import { z } from 'zod';

export const FORMAT_NAME = 'ascent-backup';
/** Raised only when a reader of the previous version could no longer read the file. */
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = 'ascent-backup';
export const MIME_TYPE = 'application/zip';
export const BACKUP_FILTERS = [{ name: 'Ascent backup', extensions: [FILE_EXTENSION] }];

export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.json`;
/** Binary values of a table, numbered in the order they appear (rows by key, fields by name). */
export const fileEntry = (table: string, n: number) =>
  `files/${table}/${String(n).padStart(6, '0')}.bin`;

/**
 * Every entry gets this modification time so the same data always gives the same bytes. Built
 * from local fields because zip stores local time: any time zone writes 1980-01-01 00:00.
 */
export const FIXED_ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
const count = z.number().int().min(0);

export const manifestSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string().min(1).max(40),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  tables: z.record(tableName, z.strictObject({ rows: count, files: count })),
  checksum: z.strictObject({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;
/** The manifest as the checksum sees it: everything but the checksum itself. */
export type ManifestCore = Omit<Manifest, 'checksum'>;

/** Rows of every table, keyed by table name; binary values are Uint8Array. */
export type TableRows = Record<string, Record<string, unknown>[]>;

export interface Snapshot {
  schemaVersion: number;
  tables: TableRows;
}

/** What long work reports, so the UI can draw a bar and say what it is doing. */
export interface BackupProgress {
  /** 'unzip' counts bytes unpacked; the others count tables or entries. */
  step: 'read' | 'pack' | 'unzip' | 'check';
  done: number;
  total: number;
  /** Table name or entry name the step is at. */
  item?: string;
}
export type OnProgress = (p: BackupProgress) => void;
