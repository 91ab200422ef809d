/**
 * Evidence picked a second time (PRODUCT.md: "no silent loss, ever" — and no silent double
 * either: a file saved twice with one activity is kept twice, in every backup, and counts
 * twice against the evidence budget, shared/backup-limits). A new file has no id until it is
 * saved, so a file is known by what the picker tells of it: its name, size and last-modified
 * time. A file kept with the activity is known by its name and size (its last-modified time is
 * not stored).
 */

/** A file as the picker gives it (a browser `File` has these). */
export interface PickedFile {
  name: string;
  size: number;
  lastModified: number;
}

/** A file kept with the activity, as the form lists it. */
export interface KeptFile {
  name: string;
  size: number;
}

/** Why a picked file is not added: already among the new files, or kept with the activity. */
export type DuplicateReason = 'WAITING' | 'KEPT';

/**
 * Each picked file in turn: null to add it, or why it is the same as one already there — a new
 * file waiting to be saved (or picked before it in the same batch) with the same name, size and
 * last-modified time, or a file kept with the activity (and not being removed) with the same
 * name and size.
 */
export function duplicateEvidence(
  picked: readonly PickedFile[],
  waiting: readonly PickedFile[],
  kept: readonly KeptFile[],
): (DuplicateReason | null)[] {
  const seen = [...waiting];
  return picked.map((file) => {
    const same = (f: KeptFile) => f.name === file.name && f.size === file.size;
    if (seen.some((f) => same(f) && f.lastModified === file.lastModified)) return 'WAITING';
    if (kept.some(same)) return 'KEPT';
    seen.push(file);
    return null;
  });
}
