/**
 * Whether a removed block's cancellation reached a calendar: a calendar export was saved
 * (`lastExportAt`, ISO, UTC; null: never) at or after the block was dropped (its `droppedAt`;
 * no entry: no cancellation to export). Ascent rule (Undo of a removal, restoreBlock): only
 * then does the block come back stamped as changed, so the next export writes it above that
 * cancellation (RFC 5545 §3.8.7.4); with no export between, the calendar still shows the
 * block as it was, and it comes back exactly as it was, so the export button says nothing
 * changed (changedSinceExport).
 */
export function cancellationExported(
  dropped: { droppedAt: string } | undefined,
  lastExportAt: string | null,
): boolean {
  return !!dropped && lastExportAt !== null && lastExportAt >= dropped.droppedAt;
}
