// Undo of "Remove block" (restoreBlock) stamps the block as changed only when a calendar export
// saved since the removal wrote its cancellation (cancellationExported): with no export
// between, the calendar still shows the block as it was, and it comes back exactly as it was.
import { describe, expect, it } from 'vitest';
import { cancellationExported } from '../../../../shared/domain/study/block-removal';

const dropped = { droppedAt: '2026-11-18T10:00:00.000Z' };

describe('cancellationExported', () => {
  it.each<[string, { droppedAt: string } | undefined, string | null, boolean]>([
    ['never exported', dropped, null, false],
    ['exported before the removal only', dropped, '2026-11-18T09:59:59.999Z', false],
    ['exported in the same millisecond as the removal', dropped, dropped.droppedAt, true],
    ['exported after the removal', dropped, '2026-11-18T10:00:05.000Z', true],
    ['exported on a later day', dropped, '2026-11-19T08:00:00.000Z', true],
    ['no cancellation remembered for it', undefined, '2026-11-19T08:00:00.000Z', false],
  ])('%s: %s', (_case, entry, lastExportAt, stamped) => {
    expect(cancellationExported(entry, lastExportAt)).toBe(stamped);
  });
});
