import { describe, expect, it } from 'vitest';
import { holding } from '../credits/fixtures';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  activityFromSession,
  blockUid,
  calendarItems,
  checkStudyCredit,
  claimableStudy,
  sequenceOf,
  deadlineUid,
  elapsedMs,
  pauseTimer,
  resumeTimer,
  sessionCreditHours,
  startTimer,
  timerMinutes,
} from '../../../../shared/domain/study';

describe('focus timer', () => {
  const t0 = startTimer('p1', 'Risk', '2026-11-22T09:00:00.000Z');
  it('counts from the stored start, so a reload finds the right time', () => {
    expect(elapsedMs(t0, '2026-11-22T09:25:00.000Z')).toBe(25 * 60_000);
  });
  it('stops counting while paused and goes on after resume', () => {
    const paused = pauseTimer(t0, '2026-11-22T09:10:00.000Z');
    expect(elapsedMs(paused, '2026-11-22T12:00:00.000Z')).toBe(10 * 60_000);
    const resumed = resumeTimer(paused, '2026-11-22T12:00:00.000Z');
    expect(timerMinutes(resumed, '2026-11-22T12:20:29.000Z')).toBe(30);
  });
  it.each([
    ['a clock set back', '2026-11-22T08:00:00.000Z', 0],
    ['20 seconds', '2026-11-22T09:00:20.000Z', 0],
    ['29 seconds', '2026-11-22T09:00:29.000Z', 0],
    ['30 seconds', '2026-11-22T09:00:30.000Z', 1],
    ['89 seconds', '2026-11-22T09:01:29.000Z', 1],
    ['90 seconds', '2026-11-22T09:01:30.000Z', 2],
  ])('%s on the timer: %s minutes to log (nothing under half a minute)', (_what, now, minutes) => {
    expect(timerMinutes(t0, now)).toBe(minutes);
  });
});

describe('study time as credit', () => {
  it.each([
    [50, 0.75],
    [60, 1],
    [14, 0],
    [135, 2.25],
  ])('%i minutes count as %d hours', (minutes, hours) => {
    expect(sessionCreditHours(minutes)).toBe(hours);
  });
  it('makes a Read activity with the hours in the chosen area', () => {
    const a = activityFromSession(
      { date: '2026-11-20', minutes: 95, topic: ' Agile book ' },
      'read',
      'powerSkills',
      'PMP',
    );
    expect(a).toMatchObject({
      date: '2026-11-20',
      title: 'Agile book',
      type: 'read',
      amount: 1.5,
      unit: 'hours',
      split: { waysOfWorking: 0, powerSkills: 1.5, businessAcumen: 0 },
    });
  });
  it('refuses a session shorter than a quarter hour', () => {
    expect(
      activityFromSession(
        { date: '2026-11-20', minutes: 10, topic: '' },
        'read',
        'waysOfWorking',
        null,
      ),
    ).toBeNull();
  });
});

describe('study time as credit: only where a held, earned credential takes it', () => {
  // Rule: the credit rules decide (applyActivity → placeActivity, domain-facts §1 B): the
  // credential must be earned by the session's date, the date must fall in a cycle, and a
  // PMI credential other than PMP takes Ways of Working only when allocated.
  const session = { id: 's1', date: '2026-11-20', minutes: 90, topic: 'Agile book' };
  const read = (area: 'waysOfWorking' | 'powerSkills') => ({
    type: 'read' as const,
    area,
    planTitle: null,
  });
  const notYet: HeldWithRule = {
    ...holding('pmp', '2026-01-01'),
    credential: { id: 'held-capm', credentialId: 'capm', stage: 'exam-booked' },
  };
  it.each<[string, HeldWithRule[], 'waysOfWorking' | 'powerSkills', string]>([
    ['PMP earned before the session', [holding('pmp', '2025-01-15')], 'waysOfWorking', 'ok'],
    ['no credential at all', [], 'powerSkills', 'NO_EARNED_CREDENTIAL'],
    ['only an exam booked', [notYet], 'powerSkills', 'NO_EARNED_CREDENTIAL'],
    ['PMP earned after the session', [holding('pmp', '2026-11-21')], 'powerSkills', 'NOT_ACCEPTED'],
    // Earned 2020 and never renewed: no cycle of it contains November 2026.
    ['PMP whose cycles ended', [holding('pmp', '2020-05-01')], 'powerSkills', 'NOT_ACCEPTED'],
    [
      'a lifetime credential',
      [holding('comptia-project-plus', '2020-01-01')],
      'powerSkills',
      'NOT_ACCEPTED',
    ],
    [
      'PMI-ACP with Ways of Working not allocated',
      [holding('pmi-acp', '2025-01-15')],
      'waysOfWorking',
      'NOT_ACCEPTED',
    ],
    ['PMI-ACP with Power Skills', [holding('pmi-acp', '2025-01-15')], 'powerSkills', 'ok'],
  ])('%s → %s', (_name, held, area, expected) => {
    const r = checkStudyCredit(session, read(area), held, '2026-11-22');
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });
  it('names the credentials that accept it, and why the others do not', () => {
    const held = [holding('pmp', '2025-01-15'), holding('pmi-acp', '2025-01-15')];
    expect(checkStudyCredit(session, read('waysOfWorking'), held, '2026-11-22')).toMatchObject({
      ok: true,
      acceptedBy: ['held-pmp'],
    });
    expect(
      checkStudyCredit(session, read('powerSkills'), [holding('pmp', '2026-11-21')], '2026-11-22'),
    ).toEqual({
      ok: false,
      code: 'NOT_ACCEPTED',
      refusals: [
        { heldId: 'held-pmp', reason: { code: 'BEFORE_CERTIFICATION', certifiedOn: '2026-11-21' } },
      ],
    });
  });
  it('finds a choice that works when the first one does not', () => {
    const r = claimableStudy(session, null, [holding('pmi-acp', '2025-01-15')], '2026-11-22');
    expect(r.check.ok).toBe(true);
    expect(r.choice).toEqual({ type: 'read', area: 'powerSkills', planTitle: null });
  });
  it('refuses a session too short to count', () => {
    const r = checkStudyCredit(
      { ...session, minutes: 10 },
      read('powerSkills'),
      [holding('pmp', '2025-01-15')],
      '2026-11-22',
    );
    expect(r).toEqual({ ok: false, code: 'TOO_SHORT' });
  });
});

describe('calendar SEQUENCE', () => {
  // RFC 5545 §3.8.7.4: a later revision of an event carries a higher SEQUENCE.
  it.each([
    ['2020-01-01T00:00:00.000Z', 0],
    ['2020-01-01T00:01:05Z', 65],
    ['2020-01-02T00:00:00.000Z', 86_400],
    ['2026-11-22T10:30:00.000Z', 217_506_600],
    [undefined, 0],
    ['not a time', 0],
    ['2019-12-31T23:59:59.000Z', 0],
  ])('%s → %i', (changedAt, sequence) => {
    expect(sequenceOf(changedAt)).toBe(sequence);
  });
  it('grows with every later change and stays below 2^31 for decades', () => {
    expect(sequenceOf('2026-11-22T10:30:01.000Z')).toBeGreaterThan(
      sequenceOf('2026-11-22T10:30:00.000Z'),
    );
    expect(sequenceOf('2080-01-01T00:00:00.000Z')).toBeLessThan(2 ** 31);
  });
});

describe('calendar items', () => {
  const block = {
    id: 'b-1',
    planId: 'p1',
    date: '2026-11-23',
    start: '18:00',
    minutes: 60,
    edited: false,
  };
  const labels = {
    study: (t: string) => `Study: ${t}`,
    deadline: (d: { title: string }) => d.title,
  };
  it('keeps the UID when the block moves or the deadline changes date', () => {
    const before = calendarItems(
      [block],
      new Map([['p1', 'PMP']]),
      [{ id: 'exam:h1', kind: 'exam', date: '2026-12-01', title: 'PMP exam' }],
      labels,
    );
    const after = calendarItems(
      [{ ...block, date: '2026-11-25', start: '07:00' }],
      new Map([['p1', 'PMP']]),
      [{ id: 'exam:h1', kind: 'exam', date: '2026-12-08', title: 'PMP exam' }],
      labels,
    );
    expect(before.map((i) => i.uid)).toEqual(after.map((i) => i.uid));
    expect(before[0]).toMatchObject({
      uid: blockUid('b-1'),
      title: 'Study: PMP',
      start: '18:00',
      minutes: 60,
    });
    expect(before[1]).toMatchObject({ uid: deadlineUid('exam:h1'), category: 'deadline' });
  });
  it('numbers each event by the last change of its record', () => {
    const items = calendarItems(
      [{ ...block, updatedAt: '2026-11-22T10:30:00.000Z' }],
      new Map([['p1', 'PMP']]),
      [
        {
          id: 'exam:h1',
          kind: 'exam',
          date: '2026-12-01',
          title: 'PMP exam',
          changedAt: '2026-11-01T00:00:00.000Z',
        },
      ],
      labels,
    );
    expect(items.map((i) => i.sequence)).toEqual([
      sequenceOf('2026-11-22T10:30:00.000Z'),
      sequenceOf('2026-11-01T00:00:00.000Z'),
    ]);
  });
  it('makes UIDs of portable characters only', () => {
    expect(deadlineUid('milestone:g 1/x')).toBe('deadline-milestone:g-1-x@ascent.local');
  });
});
