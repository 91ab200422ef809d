/**
 * How large one file can be, in one place: the IPC contract, main's backup store and the
 * renderer (evidence budget, the size check before a file is sent to main) all read these.
 */

const MiB = 1024 * 1024;

/**
 * The most any file the desktop app saves, opens or writes as an automatic backup may hold:
 * the contract refuses more (a whole file crosses IPC as one message).
 */
export const MAX_FILE_BYTES = 512 * MiB;

/**
 * The most the files kept in Ascent may hold, all together, so that one backup file always
 * holds everything: the credit log's evidence and the courses' certificates (both stored as the
 * bytes the user attached: PDFs, scans, photos, already compressed, so the backup's zip shrinks
 * them hardly at all). Everything else of a 25-year career (the records themselves) is a few
 * MB: the 112 MB left under MAX_FILE_BYTES is for that rest and the zip's overhead.
 */
export const EVIDENCE_BUDGET_BYTES = 400 * MiB;

/**
 * The most a file opened to be read as text may hold: the spreadsheet import's CSV (main holds
 * every csv/tsv/txt-only open to it, shared/ipc/contract.ts). A credit log of 20,000 activities,
 * the most the app is measured with, is under 3 MB as CSV (about 130 bytes a row, as PMI's CCRS
 * export writes them); 20 MB is several times that, while the text, its decoded copy and the
 * parsed rows of a file this size still sit comfortably in memory. The import's own check
 * (renderer/src/features/import/csv-file.ts) uses the same number.
 */
export const IMPORT_FILE_MAX_BYTES = 20 * MiB;

/** From this share of the budget on, the storage status warns that it is nearly full. */
export const EVIDENCE_WARN_SHARE = 0.8;

/** Whether adding `addingBytes` to the `storedBytes` kept would go past the budget. */
export function exceedsEvidenceBudget(
  storedBytes: number,
  addingBytes: number,
  budgetBytes: number = EVIDENCE_BUDGET_BYTES,
): boolean {
  return storedBytes + addingBytes > budgetBytes;
}

/** Whether the files kept are near the budget (or past it: data kept before the budget). */
export function evidenceNearlyFull(
  storedBytes: number,
  budgetBytes: number = EVIDENCE_BUDGET_BYTES,
): boolean {
  return storedBytes >= budgetBytes * EVIDENCE_WARN_SHARE;
}

/** Whether a file of `bytes` can be handed to main (saved, or written as a backup). */
export const fitsOneFile = (bytes: number): boolean => bytes <= MAX_FILE_BYTES;
