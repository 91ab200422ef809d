// The file limit and the evidence budget, as numbers: the budget leaves room under the one-file
// limit, and the decisions at, under and over it.
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_BUDGET_BYTES,
  MAX_FILE_BYTES,
  evidenceNearlyFull,
  fitsOneFile,
  exceedsEvidenceBudget,
} from '../../shared/backup-limits';
import { MAX_BACKUP_BYTES } from '../../electron/main/backups/store';

const MiB = 1024 * 1024;

describe('backup limits', () => {
  it('is one limit for the contract and main’s backup store, with the budget under it', () => {
    expect(MAX_FILE_BYTES).toBe(512 * MiB);
    expect(MAX_BACKUP_BYTES).toBe(MAX_FILE_BYTES);
    expect(EVIDENCE_BUDGET_BYTES).toBe(400 * MiB);
    expect(MAX_FILE_BYTES - EVIDENCE_BUDGET_BYTES).toBeGreaterThanOrEqual(100 * MiB);
  });

  it('lets evidence reach the budget exactly, and refuses one byte more', () => {
    expect(exceedsEvidenceBudget(392 * MiB, 7 * MiB)).toBe(false);
    expect(exceedsEvidenceBudget(392 * MiB, 8 * MiB)).toBe(false);
    expect(exceedsEvidenceBudget(392 * MiB, 8 * MiB + 1)).toBe(true);
    expect(exceedsEvidenceBudget(0, 20 * MiB, 10 * MiB)).toBe(true);
  });

  it('warns from 80% of the budget', () => {
    expect(evidenceNearlyFull(320 * MiB - 1)).toBe(false);
    expect(evidenceNearlyFull(320 * MiB)).toBe(true);
    expect(evidenceNearlyFull(450 * MiB)).toBe(true);
  });

  it('says whether a file fits what main accepts', () => {
    expect(fitsOneFile(512 * MiB)).toBe(true);
    expect(fitsOneFile(512 * MiB + 1)).toBe(false);
  });
});
