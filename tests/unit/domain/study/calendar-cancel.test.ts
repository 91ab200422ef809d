import { describe, expect, it } from 'vitest';
import {
  DROPPED_KEEP_DAYS,
  DROPPED_KEEP_MAX,
  blockUid,
  calendarItems,
  cancelSequence,
  cancelledBlocks,
  rememberDropped,
  sequenceOf,
  type DroppedBlock,
} from '../../../../shared/domain/study';

const dropped = (over: Partial<DroppedBlock> & { id: string }): DroppedBlock => ({
  planId: 'plan-1',
  date: '2026-12-01',
  start: '18:00',
  minutes: 60,
  updatedAt: '2026-11-20T08:00:00.000Z',
  droppedAt: '2026-11-23T09:00:00.000Z',
  ...over,
});
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();
const labels = { study: (t: string) => (t ? `Study: ${t}` : 'Study'), deadline: () => 'Exam' };

describe('which dropped blocks an export cancels (calendar-items.ts, Ascent rule)', () => {
  const asOf = '2026-12-01';
  // DROPPED_KEEP_DAYS = 28: a block is cancelled until four weeks after its day.
  it.each([
    ['a block ahead', '2026-12-20', true],
    ['a block today', '2026-12-01', true],
    ['a block exactly four weeks ago (the last day kept)', '2026-11-03', true],
    ['a block four weeks and a day ago', '2026-11-02', false],
  ])('%s: cancelled = %s', (_, date, kept) => {
    const out = cancelledBlocks([dropped({ id: 'b', date })], new Set(), asOf);
    expect(out.length === 1).toBe(kept);
  });

  it('keeps four weeks, as documented', () => expect(DROPPED_KEEP_DAYS).toBe(28));

  it('never cancels a block whose id is on the calendar again (re-laid by a re-plan, or undone)', () => {
    const out = cancelledBlocks(
      [dropped({ id: 'relaid' }), dropped({ id: 'gone' })],
      new Set(['relaid', 'other']),
      asOf,
    );
    expect(ids(out)).toEqual(['gone']);
  });

  it('keeps one entry per block, from its latest drop', () => {
    const out = cancelledBlocks(
      [
        dropped({ id: 'b', start: '18:00', droppedAt: '2026-11-23T09:00:00.000Z' }),
        dropped({ id: 'b', start: '19:00', droppedAt: '2026-11-25T09:00:00.000Z' }),
      ],
      new Set(),
      asOf,
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.start).toBe('19:00');
  });

  it(`keeps at most ${DROPPED_KEEP_MAX}, the latest dropped`, () => {
    const many = Array.from({ length: DROPPED_KEEP_MAX + 3 }, (_, i) =>
      dropped({
        id: `b${String(i).padStart(4, '0')}`,
        droppedAt: new Date(Date.UTC(2026, 10, 23, 0, 0, i)).toISOString(),
      }),
    );
    const out = cancelledBlocks(many, new Set(), asOf);
    expect(out).toHaveLength(DROPPED_KEEP_MAX);
    expect(out.map((b) => b.id)).not.toContain('b0000');
    expect(out.map((b) => b.id)).not.toContain('b0002');
    expect(out.map((b) => b.id)).toContain(`b${String(DROPPED_KEEP_MAX + 2).padStart(4, '0')}`);
  });
});

describe('rememberDropped: what a re-plan, edit or delete adds to the record', () => {
  it('adds the removed blocks with their last change and the drop time, and prunes', () => {
    const old = dropped({ id: 'old', date: '2026-10-01' });
    const removed = [
      {
        id: 'n1',
        planId: 'p',
        date: '2026-12-02',
        start: '18:00',
        minutes: 45,
        edited: false,
        updatedAt: '2026-11-22T09:00:00.000Z',
      },
      { id: 'n2', planId: 'p', date: '2026-12-03', start: '19:00', minutes: 60, edited: true },
    ];
    const out = rememberDropped(
      [old],
      removed,
      new Set(),
      '2026-12-01',
      '2026-12-01T10:00:00.000Z',
    );
    expect(out).toEqual([
      {
        id: 'n1',
        planId: 'p',
        date: '2026-12-02',
        start: '18:00',
        minutes: 45,
        updatedAt: '2026-11-22T09:00:00.000Z',
        droppedAt: '2026-12-01T10:00:00.000Z',
      },
      {
        id: 'n2',
        planId: 'p',
        date: '2026-12-03',
        start: '19:00',
        minutes: 60,
        droppedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
  });

  it('forgets an earlier drop whose id a new sitting took over', () => {
    const out = rememberDropped([dropped({ id: 'x' })], [], new Set(['x']), '2026-11-30', 'now');
    expect(out).toEqual([]);
  });
});

describe('the SEQUENCE of a cancellation (RFC 5545 §3.8.7.4: the higher sequence wins)', () => {
  it.each([
    [
      'dropped days after its last change: the drop time',
      '2026-11-20T08:00:00.000Z',
      '2026-11-23T09:00:00.000Z',
      sequenceOf('2026-11-23T09:00:00.000Z'),
    ],
    [
      'changed and dropped in the same second: one above',
      '2026-11-23T09:00:00.000Z',
      '2026-11-23T09:00:00.500Z',
      sequenceOf('2026-11-23T09:00:00.000Z') + 1,
    ],
    [
      'last change unknown: the drop time',
      undefined,
      '2026-11-23T09:00:00.000Z',
      sequenceOf('2026-11-23T09:00:00.000Z'),
    ],
  ])('%s', (_, updatedAt, droppedAt, expected) => {
    const b = dropped({ id: 'b', updatedAt, droppedAt });
    expect(cancelSequence(b)).toBe(expected);
    expect(cancelSequence(b)).toBeGreaterThan(sequenceOf(updatedAt));
  });
});

describe('calendarItems with cancellations', () => {
  it('writes each as the block’s own UID, marked cancelled, titled by its plan', () => {
    const live = {
      id: 'live',
      planId: 'p',
      date: '2026-12-02',
      start: '18:00',
      minutes: 60,
      edited: false,
    };
    const gone = dropped({ id: 'gone', planId: 'p', date: '2026-12-02', start: '19:00' });
    const items = calendarItems([live], new Map([['p', 'PMP']]), [], labels, [gone]);
    const cancelled = items.filter((i) => i.cancelled);
    expect(cancelled).toEqual([
      {
        uid: blockUid('gone'),
        title: 'Study: PMP',
        date: '2026-12-02',
        start: '19:00',
        minutes: 60,
        category: 'study',
        sequence: cancelSequence(gone),
        cancelled: true,
      },
    ]);
    expect(items.find((i) => i.uid === blockUid('live'))!.cancelled).toBeUndefined();
  });

  it('titles a deleted plan’s block without a plan name', () => {
    const items = calendarItems([], new Map(), [], labels, [dropped({ id: 'g', planId: 'gone' })]);
    expect(items[0]!.title).toBe('Study');
  });
});
