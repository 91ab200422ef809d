import { describe, expect, it } from 'vitest';
import { openFollowUps } from '../../../../shared/domain/journal';

// Ascent decision (README "Decisions", Reminders): a follow-up is done once a later interaction
// with the same contact is logged; on the same day, "later" means logged afterwards.
describe('openFollowUps', () => {
  const i = (
    id: string,
    contactId: string,
    date: string,
    followUp: string | null,
    createdAt?: string,
  ) => ({ id, contactId, date, followUp, ...(createdAt ? { createdAt } : {}) });
  it.each([
    ['no later contact: open', [i('a', 'sam', '2026-11-01', '2026-11-15')], ['a']],
    [
      'a later contact with the same person: done',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'sam', '2026-11-16', null)],
      [],
    ],
    [
      'a later contact before the follow-up day: done too',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'sam', '2026-11-03', null)],
      [],
    ],
    [
      'an earlier contact with the same person: still open',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'sam', '2026-10-20', null)],
      ['a'],
    ],
    [
      'a later contact with someone else: still open',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'kim', '2026-11-16', null)],
      ['a'],
    ],
    [
      'the later contact plans the next follow-up: only that one is open',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'sam', '2026-11-16', '2026-12-01')],
      ['b'],
    ],
    [
      'a second interaction the same day, logged afterwards: done',
      [
        i('a', 'sam', '2026-11-01', '2026-11-15', '2026-11-01T09:00:00.000Z'),
        i('b', 'sam', '2026-11-01', null, '2026-11-01T16:30:00.000Z'),
      ],
      [],
    ],
    [
      'a second interaction the same day, logged before: still open',
      [
        i('a', 'sam', '2026-11-01', '2026-11-15', '2026-11-01T16:30:00.000Z'),
        i('b', 'sam', '2026-11-01', null, '2026-11-01T09:00:00.000Z'),
      ],
      ['a'],
    ],
    [
      'a second interaction the same day without creation times: still open',
      [i('a', 'sam', '2026-11-01', '2026-11-15'), i('b', 'sam', '2026-11-01', null)],
      ['a'],
    ],
    [
      'two follow-ups the same day: the one logged last stays open',
      [
        i('a', 'sam', '2026-11-01', '2026-11-15', '2026-11-01T09:00:00.000Z'),
        i('b', 'sam', '2026-11-01', '2026-11-20', '2026-11-01T10:00:00.000Z'),
      ],
      ['b'],
    ],
    ['no follow-up planned', [i('a', 'sam', '2026-11-01', null)], []],
  ] as const)('%s', (_name, rows, open) => {
    expect(openFollowUps(rows).map((r) => r.id)).toEqual(open);
  });
});
