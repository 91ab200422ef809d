import { describe, expect, it } from 'vitest';
import { latestChange } from '../../renderer/src/db/study-hooks';

// A cycle end moves when the held credential changes and when the custom credential it is
// built from is edited; the calendar export's SEQUENCE (RFC 5545 §3.8.7.4: raised on every
// revision) follows the later of the two changes.
describe('latestChange', () => {
  const held = { updatedAt: '2026-03-01T10:00:00.000Z' };
  it.each([
    ['held credential only (a catalogue credential)', [held, undefined], held.updatedAt],
    [
      'custom credential edited after the held row',
      [held, { updatedAt: '2026-05-02T08:30:00.000Z' }],
      '2026-05-02T08:30:00.000Z',
    ],
    [
      'held row changed after its custom credential',
      [held, { updatedAt: '2026-01-15T00:00:00.000Z' }],
      held.updatedAt,
    ],
    ['a row without a readable stamp is ignored', [{ updatedAt: 7 }, held], held.updatedAt],
  ] as const)('%s', (_name, rows, expected) => {
    expect(latestChange(...rows)).toEqual({ changedAt: expected });
  });

  it('has no change time when no row has one', () => {
    expect(latestChange(undefined, {})).toEqual({});
  });
});
