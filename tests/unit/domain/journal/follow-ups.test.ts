import { describe, expect, it } from 'vitest';
import { followUpsAnsweredBy, openFollowUps } from '../../../../shared/domain/journal';

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

// The same rule, told at the save (A16): which open follow-ups the saved interaction answers.
describe('followUpsAnsweredBy', () => {
  interface Row {
    id: string;
    contactId: string;
    date: string;
    followUp: string | null;
    createdAt?: string;
  }
  const i = (
    id: string,
    contactId: string,
    date: string,
    followUp: string | null,
    createdAt = `${date}T09:00:00.000Z`,
  ): Row => ({ id, contactId, date, followUp, createdAt });
  const morgan = i('a', 'morgan', '2026-11-10', '2026-11-27');
  it.each<[string, Row[], Row, string[]]>([
    [
      'a later call with the person answers it',
      [morgan],
      i('n', 'morgan', '2026-11-22', null),
      ['a'],
    ],
    [
      'a later call that plans the next follow-up answers the old one',
      [morgan],
      i('n', 'morgan', '2026-11-22', '2026-12-05'),
      ['a'],
    ],
    [
      'the same day, logged afterwards, answers it',
      [morgan],
      i('n', 'morgan', '2026-11-10', null, '2026-11-10T15:00:00.000Z'),
      ['a'],
    ],
    ['an earlier interaction does not', [morgan], i('n', 'morgan', '2026-11-01', null), []],
    ['someone else does not', [morgan], i('n', 'sam', '2026-11-22', null), []],
    [
      'one already answered is not told again',
      [morgan, i('b', 'morgan', '2026-11-15', null)],
      i('n', 'morgan', '2026-11-22', null),
      [],
    ],
    [
      'two open follow-ups with the person (same day, not told apart): both, earliest first',
      [
        { id: 'c', contactId: 'morgan', date: '2026-11-10', followUp: '2026-12-01' },
        { id: 'a', contactId: 'morgan', date: '2026-11-10', followUp: '2026-11-27' },
      ],
      i('n', 'morgan', '2026-11-22', null),
      ['a', 'c'],
    ],
    [
      'an edit that moves an interaction later answers what it now follows',
      [morgan, i('e', 'morgan', '2026-11-01', null)],
      i('e', 'morgan', '2026-11-20', null, '2026-11-01T09:00:00.000Z'),
      ['a'],
    ],
    [
      'an edit of an interaction that already answered it: nothing new',
      [morgan, i('e', 'morgan', '2026-11-15', null)],
      i('e', 'morgan', '2026-11-16', null, '2026-11-15T09:00:00.000Z'),
      [],
    ],
    [
      'its own follow-up, changed or cleared, is not an answer',
      [morgan],
      i('a', 'morgan', '2026-11-10', null),
      [],
    ],
  ])('%s', (_name, before, saved, answered) => {
    expect(followUpsAnsweredBy(before, saved).map((r) => r.id)).toEqual(answered);
  });
});
