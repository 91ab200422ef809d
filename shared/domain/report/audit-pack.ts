/**
 * The audit pack of one credential cycle (issue 8 part 3): the cycle's claim CSV, every
 * evidence file of the activities it claims (with the certificate of the course an activity
 * came from, issue 6 part 1), an index from activities to files, and the day until which the
 * records must be kept. File layout only; the bytes are zipped by the UI.
 */
import {
  USER_DEFINED,
  USER_OVERRIDE,
  type CreditUnit,
  type SourcedNumber,
} from '../../catalog/credentials';
import { addMonths, type LocalDate } from '../../dates';
import { withoutBidiControls } from '../../text/controls';
import {
  claimCsvFileName,
  HOW_COUNTED_HEADER,
  howCountedCells,
  unitPlural,
  type ClaimCsvLabels,
  type ClaimRow,
  type CsvTable,
} from '../claims';

export interface EvidenceMeta {
  id: string;
  activityId: string;
  name: string;
  /** A course's certificate file rather than evidence kept with the activity itself. */
  origin?: 'course-certificate';
}

export interface PackFile {
  evidenceId: string;
  activityId: string;
  /** Path inside the zip. */
  path: string;
}

export interface AuditPackPlan {
  zipName: string;
  csvPath: string;
  indexPath: string;
  files: PackFile[];
  index: CsvTable;
  /** Until when the records must be kept; null when the rule gives no period. */
  retention: RecordsRetention | null;
  /** Claimed activities with no evidence file: an auditor will ask for one. */
  withoutEvidence: string[];
}

/** How long a cycle's records must be kept, and why: from the credential's rule. */
export interface RecordsRetention {
  /** The last day the records must be kept (the cycle's end plus `months`). */
  until: LocalDate;
  months: number;
  /**
   * Whose number it is: the body's, Ascent's assumption (confidence M: the body publishes
   * none for this credential), or the user's own (an override or a credential they defined).
   */
  basis: 'body' | 'assumed' | 'yours';
}

/**
 * The day until which a cycle's records must be kept: the rule's record-keeping period
 * after the cycle ends, after the user's overrides (PMI 18 months, domain-facts §1
 * "records", A — older text 12, §5 item 3; ISACA 12 months after the 3-year period, §4).
 * Null when the rule gives no period (the body publishes none Ascent knows of).
 */
export function recordsRetainUntil(
  retention: SourcedNumber | null,
  cycleEnd: LocalDate,
): RecordsRetention | null {
  const months = retention?.value;
  if (months === null || months === undefined) return null;
  const source = retention!.source;
  const basis =
    source === USER_OVERRIDE || source === USER_DEFINED
      ? 'yours'
      : retention!.confidence === 'M'
        ? 'assumed'
        : 'body';
  return { until: addMonths(cycleEnd, months), months, basis };
}

/**
 * Control characters (C0, DEL and C1: Unicode's Cc) and what Windows refuses in a name, a run
 * of them one dash. Bidirectional controls are taken out before (withoutBidiControls), so no
 * name reads as another ("notes\u202Efdp.exe" shown as "notesexe.pdf", Unicode TR #36).
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\/]+/g;

const MAX_NAME = 80;
/** What a file name may end with after a dot and still be read as its type (`.pdf`, `.jpeg`). */
const extension = /\.[A-Za-z0-9]{1,10}$/;
/** Trailing dots and spaces: Windows cannot open a file or folder whose name ends in one. */
const trailing = /[\s.]+$/;

/** How many bytes a character takes in UTF-8, as file systems count a name's length. */
function utf8Bytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * A file or folder name every file system accepts, at most 80 characters (or, with
 * `maxBytes`, at most that many bytes in UTF-8, as file systems count). A longer name is
 * shortened before its extension (unless `keepExtension` is false, for a folder named after an
 * activity's title), so "….pdf" stays a PDF, and never left ending in a space or a dot.
 * Bidirectional controls go and control characters become dashes: the rule suggested save
 * names keep too (shared/files/suggested-name.ts).
 */
export function safeName(
  name: string,
  fallback: string,
  { keepExtension = true, maxBytes }: { keepExtension?: boolean; maxBytes?: number } = {},
): string {
  const cleaned = withoutBidiControls(name)
    .replace(unsafe, '-')
    // No leading dots or dashes (hidden files, options), no trailing dots or spaces (Windows).
    .replace(/^[\s.-]+/, '')
    .replace(trailing, '');
  if (cleaned === '') return fallback;
  // Counted in characters as written, so a cut never splits an emoji in two.
  const chars = Array.from(cleaned);
  const size = maxBytes === undefined ? () => 1 : utf8Bytes;
  const limit = maxBytes ?? MAX_NAME;
  const total = (cs: readonly string[]) => cs.reduce((sum, c) => sum + size(c), 0);
  if (total(chars) <= limit) return cleaned;
  const ext = keepExtension ? (extension.exec(cleaned)?.[0] ?? '') : '';
  // The extension is ASCII: one character is one byte.
  let room = limit - ext.length;
  const stem: string[] = [];
  for (const char of chars.slice(0, chars.length - ext.length)) {
    room -= size(char);
    if (room < 0) break;
    stem.push(char);
  }
  // It starts with no space or dot, so something is always left before the extension.
  return `${stem.join('').replace(trailing, '')}${ext}`;
}

function uniqueIn(used: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The prefix that tells a course's certificate apart from the activity's own evidence. */
export const COURSE_CERTIFICATE_PREFIX = 'Course certificate - ';

/** A file's name in the pack; a course's certificate says what it is. */
function packName(e: EvidenceMeta): string {
  const name = safeName(e.name, 'file');
  return e.origin === 'course-certificate' ? `${COURSE_CERTIFICATE_PREFIX}${name}` : name;
}

/**
 * Lays out the pack: the CSV at the top, then one folder per claimed activity in the CSV's
 * order (`evidence/001-2025-03-10-Risk workshop/certificate.pdf`), and index.csv listing
 * each activity with its files. A course's certificate is named
 * `Course certificate - <its name>`. Same names in one folder get " (2)", " (3)"…
 * Where a row was counted by its semester credits (ISACA, domain-facts §4), the index ends
 * with the claim CSV's "How counted" column, in `howCounted`'s words (howCountedCells);
 * without them (rows that carry none) it has no such column.
 */
export function planAuditPack(
  credential: { acronym: string; unit: CreditUnit; recordRetentionMonths: SourcedNumber | null },
  cycle: { start: LocalDate; end: LocalDate },
  rows: readonly ClaimRow[],
  evidence: readonly EvidenceMeta[],
  howCounted?: ClaimCsvLabels['howCounted'],
): AuditPackPlan {
  const csvPath = claimCsvFileName(credential.acronym, cycle);
  const files: PackFile[] = [];
  const how = howCounted ? howCountedCells(rows, howCounted) : null;
  const body = rows.map((row, i) => {
    const n = String(i + 1).padStart(3, '0');
    const title = safeName(row.activityTitle, 'activity', { keepExtension: false });
    const folder = `evidence/${n}-${row.completionDate}-${title}`;
    const used = new Set<string>();
    const paths = evidence
      .filter((e) => e.activityId === row.activityId)
      .map((e) => {
        const path = `${folder}/${uniqueIn(used, packName(e))}`;
        files.push({ evidenceId: e.id, activityId: row.activityId, path });
        return path;
      });
    return [
      i + 1,
      row.completionDate,
      row.activityTitle,
      row.provider,
      row.counted.total,
      row.claimCode,
      paths.length,
      paths.join('; '),
      ...(how ? [how[i]!] : []),
    ];
  });
  const u = unitPlural(credential.unit);
  return {
    zipName: csvPath.replace(/\.csv$/, '-audit-pack.zip'),
    csvPath,
    indexPath: 'index.csv',
    files,
    index: {
      header: [
        'Row',
        'Completion date',
        'Activity',
        'Provider',
        `Total (${u})`,
        'Claim code',
        'Evidence files',
        'Evidence paths',
        ...(how ? [HOW_COUNTED_HEADER] : []),
      ],
      rows: body,
    },
    retention: recordsRetainUntil(credential.recordRetentionMonths, cycle.end),
    withoutEvidence: rows
      .filter((r) => !files.some((f) => f.activityId === r.activityId))
      .map((r) => r.activityId),
  };
}
