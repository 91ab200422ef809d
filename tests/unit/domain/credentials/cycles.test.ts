import { describe, expect, it } from 'vitest';
import { findCredentialRule, type CredentialRule } from '../../../../shared/catalog/credentials';
import {
  anniversary,
  cycleOn,
  countingCycle,
  cyclesFor,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';

const rule = (id: string) => findCredentialRule(id)!;
const held = (
  credentialId: string,
  earnedDate: string,
  renewals: Renewal[] = [],
): HeldCredential => ({
  id: `h-${credentialId}`,
  credentialId,
  stage: 'earned',
  earnedDate,
  renewals,
});
const span = (c: { start: string; end: string }) => [c.start, c.end];

describe('anniversary (leap days and month ends roll to the next day)', () => {
  it.each<[string, number, string]>([
    ['2017-02-03', 36, '2020-02-03'],
    ['2020-02-29', 36, '2023-03-01'],
    ['2020-02-29', 48, '2024-02-29'],
    ['2021-08-31', 1, '2021-10-01'],
    ['2024-02-29', -12, '2023-03-01'],
    ['2019-02-03', 0, '2019-02-03'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(anniversary(date, months)).toBe(expected);
  });
});

describe('PMI cycles (domain-facts §1)', () => {
  it.each<[string, string, string, string]>([
    ['2017-02-03', '2020-02-02', '2021-02-02', '2021-02-03'],
    ['2009-09-15', '2012-09-14', '2013-09-14', '2013-09-15'],
    ['2020-02-29', '2023-02-28', '2024-02-28', '2024-02-29'],
    ['2019-12-31', '2022-12-30', '2023-12-30', '2023-12-31'],
  ])(
    'exam %s → renew by %s, suspended to %s, expired from %s',
    (exam, end, suspensionEnd, lapses) => {
      const [cycle] = cyclesFor(held('pmp', exam), rule('pmp'), '2030-01-01');
      expect(cycle).toMatchObject({
        index: 0,
        start: exam,
        end,
        lapsesOn: lapses,
        lapseKind: 'expired',
      });
      expect(cycle?.suspension?.end).toBe(suspensionEnd);
    },
  );

  it('starts the next cycle on the third anniversary after an early renewal', () => {
    const cycles = cyclesFor(
      held('pmp', '2017-02-03', [{ date: '2019-10-10' }]),
      rule('pmp'),
      '2020-03-01',
    );
    expect(cycles.map(span)).toEqual([
      ['2017-02-03', '2020-02-02'],
      ['2020-02-03', '2023-02-02'],
    ]);
    expect(cycles.map((c) => c.phase)).toEqual(['renewed', 'current']);
    expect(cycles[1]?.countFrom).toBe('2020-02-03');
  });

  it('starts the next cycle on the anniversary after a renewal in the suspension year too', () => {
    const cycles = cyclesFor(
      held('pmp', '2017-02-03', [{ date: '2020-06-01' }]),
      rule('pmp'),
      '2020-07-01',
    );
    expect(cycles.map(span)).toEqual([
      ['2017-02-03', '2020-02-02'],
      ['2020-02-03', '2023-02-02'],
    ]);
    // Activities in the suspension year, up to the renewal, still go to the renewed cycle.
    expect([cycles[0]?.countTo, cycles[1]?.countFrom]).toEqual(['2020-06-01', '2020-06-02']);
  });

  it('ignores a renewal after expiry and one not yet made on asOf', () => {
    const late = cyclesFor(
      held('pmp', '2017-02-03', [{ date: '2021-03-01' }]),
      rule('pmp'),
      '2021-04-01',
    );
    expect(late).toHaveLength(1);
    expect(late[0]?.phase).toBe('lapsed');
    const future = cyclesFor(
      held('pmp', '2017-02-03', [{ date: '2019-10-10' }]),
      rule('pmp'),
      '2019-10-09',
    );
    expect(future).toHaveLength(1);
  });

  it('keeps a leap-day rhythm anchored to 29 February', () => {
    const renewals = ['2022-12-01', '2025-12-01', '2028-12-01'].map((date) => ({ date }));
    const cycles = cyclesFor(held('pmp', '2020-02-29', renewals), rule('pmp'), '2029-06-01');
    expect(cycles.map(span)).toEqual([
      ['2020-02-29', '2023-02-28'],
      ['2023-03-01', '2026-02-28'],
      ['2026-03-01', '2029-02-28'],
      ['2029-03-01', '2032-02-28'],
    ]);
  });

  it('ends on the anniversary when the user picks the "same date" reading (§5.1)', () => {
    const sameDate: CredentialRule = {
      ...rule('pmp'),
      cycleEnd: { value: 'anniversary', confidence: 'M', source: 'user override' },
    };
    const cycles = cyclesFor(
      held('pmp', '2017-02-03', [{ date: '2019-10-10' }]),
      sameDate,
      '2020-03-01',
    );
    expect(cycles.map(span)).toEqual([
      ['2017-02-03', '2020-02-03'],
      ['2020-02-04', '2023-02-03'],
    ]);
  });

  it('phases on asOf: current up to the end, suspended, then lapsed', () => {
    const phase = (asOf: string) =>
      cyclesFor(held('pmp', '2017-02-03'), rule('pmp'), asOf)[0]?.phase;
    expect([
      phase('2017-02-03'),
      phase('2020-02-02'),
      phase('2020-02-03'),
      phase('2021-02-02'),
      phase('2021-02-03'),
    ]).toEqual(['current', 'current', 'suspended', 'suspended', 'lapsed']);
  });
});

describe('cycle lookups', () => {
  const cycles = cyclesFor(
    held('pmp', '2017-02-03', [{ date: '2020-06-01' }]),
    rule('pmp'),
    '2020-07-01',
  );

  it.each<[string, number | null]>([
    ['2017-02-02', null],
    ['2017-02-03', 0],
    ['2020-02-02', 0],
    ['2020-05-01', 0],
    ['2020-06-01', 0],
    ['2020-06-02', 1],
  ])('an activity on %s counts towards cycle %s', (date, index) => {
    expect(countingCycle(cycles, date)?.index ?? null).toBe(index);
  });

  it('the cycle in force is the latest that has started', () => {
    expect(cycleOn(cycles, '2020-02-03')?.index).toBe(1);
    expect(cycleOn(cycles, '2020-02-02')?.index).toBe(0);
    expect(cycleOn(cycles, '2016-01-01')).toBeNull();
  });
});
