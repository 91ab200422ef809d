/**
 * What can be wrong with a backup file. Codes, not words: the UI explains them
 * (features/backup/messages.ts). A file with any problem is never written.
 */
export type ProblemCode =
  | 'NOT_A_ZIP'
  | 'NOT_A_BACKUP'
  | 'MANIFEST_INVALID'
  | 'NEWER_FORMAT'
  | 'UNSUPPORTED_FORMAT'
  | 'NEWER_SCHEMA'
  | 'ENTRY_TOO_LARGE'
  | 'CHECKSUM_MISMATCH'
  | 'MISSING_ENTRY'
  | 'UNEXPECTED_ENTRY'
  | 'UNKNOWN_TABLE'
  | 'TABLE_INVALID'
  | 'COUNT_MISMATCH'
  | 'ROW_INVALID'
  | 'DUPLICATE_KEY'
  | 'BROKEN_REFERENCE'
  | 'UPGRADE_FAILED';

export interface Problem {
  code: ProblemCode;
  table?: string;
  /** 1-based row number within the table, as a person counts. */
  row?: number;
  /** Field path inside the row or manifest, e.g. "date" or "tables.activities.rows". */
  field?: string;
  /** A short technical detail (an entry name, a version number, a validator message). */
  detail?: string;
  /**
   * The version of Ascent the file says made it (NEWER_FORMAT, NEWER_SCHEMA), when it says
   * one that reads as a version: the refusal names it beside this app's own.
   */
  appVersion?: string;
}

/** A report stays readable: the first problems, then how many more there were. */
export const MAX_REPORTED_PROBLEMS = 25;

export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;

  add(problem: Problem): void {
    if (this.items.length < MAX_REPORTED_PROBLEMS) this.items.push(problem);
    else this.omitted += 1;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}

export type Checked<T> =
  { ok: true; value: T } | { ok: false; problems: Problem[]; omitted: number };

export function refused<T>(list: ProblemList): Checked<T> {
  return { ok: false, problems: list.items, omitted: list.omitted };
}

export function refuse<T>(problem: Problem): Checked<T> {
  return { ok: false, problems: [problem], omitted: 0 };
}
