import { describe, expect, it } from 'vitest';
import { customCredentialRule, findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  countingCycle,
  cyclesFor,
  type HeldCredential,
  type HeldWithRule,
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

describe('other bodies', () => {
  it('IIBA: 3 years, then 1 year suspended, then expired', () => {
    const [c] = cyclesFor(held('cbap', '2021-05-10'), rule('cbap'), '2024-06-01');
    expect([c?.start, c?.end, c?.suspension?.start, c?.suspension?.end, c?.lapsesOn]).toEqual([
      '2021-05-10',
      '2024-05-09',
      '2024-05-10',
      '2025-05-09',
      '2025-05-10',
    ]);
  });

  it('Scrum Alliance: 2 years, no suspension', () => {
    const [c] = cyclesFor(held('csm', '2022-01-15'), rule('csm'), '2024-01-15');
    expect([c?.end, c?.suspension, c?.lapsesOn, c?.phase]).toEqual([
      '2024-01-14',
      null,
      '2024-01-15',
      'lapsed',
    ]);
  });

  it('Disciplined Agile: a 1-year cycle', () => {
    const [c] = cyclesFor(
      held('disciplined-agile', '2024-04-10'),
      rule('disciplined-agile'),
      '2024-05-01',
    );
    expect([c?.end, c?.lapsesOn]).toEqual(['2025-04-09', '2025-04-10']);
  });

  it('CompTIA Project+: lifetime, no cycles', () => {
    expect(
      cyclesFor(
        held('comptia-project-plus', '2015-01-01'),
        rule('comptia-project-plus'),
        '2030-01-01',
      ),
    ).toEqual([]);
  });

  it('no cycles before the credential is earned', () => {
    const target: HeldCredential = {
      id: 't',
      credentialId: 'pmp',
      stage: 'preparing',
      examDate: '2025-03-14',
    };
    expect(cyclesFor(target, rule('pmp'), '2025-01-01')).toEqual([]);
  });

  it('custom credential: its own months and suspension', () => {
    const custom = customCredentialRule({
      id: 'c1',
      acronym: 'C1',
      name: 'Custom',
      body: 'Body',
      unit: 'hours',
      cycleMonths: 24,
      total: 20,
      suspensionMonths: 6,
    });
    if (!custom.ok) throw new Error('invalid');
    const [c] = cyclesFor(held('c1', '2022-07-31'), custom.value, '2023-01-01');
    expect([c?.start, c?.end, c?.suspension?.end]).toEqual([
      '2022-07-31',
      '2024-07-30',
      '2025-01-30',
    ]);
  });
});

describe('ISACA fixed periods (domain-facts §4)', () => {
  it('the first 3-year period runs from 1 January after certification; the certification year joins year one', () => {
    const [c] = cyclesFor(held('cisa', '2021-06-10'), rule('cisa'), '2022-01-01');
    expect(span(c!)).toEqual(['2021-06-10', '2024-12-31']);
    expect(c?.periods.map(span)).toEqual([
      ['2021-06-10', '2022-12-31'],
      ['2023-01-01', '2023-12-31'],
      ['2024-01-01', '2024-12-31'],
    ]);
  });

  it('the next period starts on 1 January whatever the renewal date', () => {
    const cycles = cyclesFor(
      held('cisa', '2021-06-10', [{ date: '2024-11-30' }]),
      rule('cisa'),
      '2025-02-01',
    );
    expect(cycles[1]?.periods.map(span)).toEqual([
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-12-31'],
      ['2027-01-01', '2027-12-31'],
    ]);
    expect(span(cycles[1]!)).toEqual(['2025-01-01', '2027-12-31']);
  });
});

describe('PeopleCert renew-by (domain-facts §3)', () => {
  const foundation = held('prince2-foundation', '2023-03-15');

  it('renew-by is the exam date plus 3 years; CPD years of 12 months', () => {
    const [c] = cyclesFor(foundation, rule('prince2-foundation'), '2023-04-01');
    expect([c?.end, c?.lapsesOn, c?.lapseKind]).toEqual([
      '2026-03-15',
      '2026-03-16',
      'not-current',
    ]);
    expect(c?.periods.map(span)).toEqual([
      ['2023-03-15', '2024-03-14'],
      ['2024-03-15', '2025-03-14'],
      ['2025-03-15', '2026-03-15'],
    ]);
  });

  it('another exam in the same suite renews it: renew-by = that exam + 3 years', () => {
    const agile: HeldWithRule = {
      credential: held('prince2-agile', '2024-06-01'),
      rule: rule('prince2-agile'),
    };
    const me: HeldWithRule = { credential: foundation, rule: rule('prince2-foundation') };
    const cycles = cyclesFor(foundation, rule('prince2-foundation'), '2024-07-01', {
      alsoHeld: [me, agile],
    });
    // The old cycle ends the day before the exam: the two never overlap.
    expect(cycles.map(span)).toEqual([
      ['2023-03-15', '2024-05-31'],
      ['2024-06-01', '2027-06-01'],
    ]);
    expect(cycles[0]?.countTo).toBe('2024-05-31');
  });

  it('the CPD route extends renew-by by 3 years', () => {
    const renewed = held('prince2-foundation', '2023-03-15', [
      { date: '2026-03-01', method: 'credits' },
    ]);
    const cycles = cyclesFor(renewed, rule('prince2-foundation'), '2026-04-01');
    expect(span(cycles[1]!)).toEqual(['2026-03-16', '2029-03-15']);
  });

  it('a renewal recorded without a method is the CPD route', () => {
    const renewed = held('prince2-foundation', '2023-03-15', [{ date: '2026-03-01' }]);
    const cycles = cyclesFor(renewed, rule('prince2-foundation'), '2026-04-01');
    expect(span(cycles[1]!)).toEqual(['2026-03-16', '2029-03-15']);
  });

  it('an exam after the renew-by date makes it current again from the exam date', () => {
    const renewed = held('prince2-foundation', '2023-03-15', [
      { date: '2026-05-01', method: 'exam' },
    ]);
    const cycles = cyclesFor(renewed, rule('prince2-foundation'), '2026-06-01');
    expect(cycles.map(span)).toEqual([
      ['2023-03-15', '2026-03-15'],
      ['2026-05-01', '2029-05-01'],
    ]);
    expect(countingCycle(cycles, '2026-04-01')).toBeNull();
  });
});

describe('a renewal by exam before the renew-by date ends the old cycle the day before (§3)', () => {
  const practitioner = (renewals: Renewal[]) =>
    held('prince2-practitioner', '2022-09-01', renewals);
  const exam = (date: string): Renewal => ({ date, method: 'exam' });

  it.each<[string, Renewal, string[][], string]>([
    [
      '§3: an exam 12 days before the renew-by date',
      exam('2025-08-20'),
      [
        ['2022-09-01', '2025-08-19'],
        ['2025-08-20', '2028-08-20'],
      ],
      '2025-08-19',
    ],
    [
      '§3: an exam on the renew-by date',
      exam('2025-09-01'),
      [
        ['2022-09-01', '2025-08-31'],
        ['2025-09-01', '2028-09-01'],
      ],
      '2025-08-31',
    ],
    [
      '§3: an exam after the renew-by date keeps the old end',
      exam('2025-10-01'),
      [
        ['2022-09-01', '2025-09-01'],
        ['2025-10-01', '2028-10-01'],
      ],
      '2025-09-01',
    ],
    [
      '§3: the CPD route keeps the old end and the renew-by date 3 years on',
      { date: '2025-08-20', method: 'credits' },
      [
        ['2022-09-01', '2025-09-01'],
        ['2025-09-02', '2028-09-01'],
      ],
      '2025-09-01',
    ],
  ])('%s', (_name, renewal, spans, countTo) => {
    const cycles = cyclesFor(practitioner([renewal]), rule('prince2-practitioner'), '2025-11-01');
    expect(cycles.map(span)).toEqual(spans);
    expect(cycles[0]?.countTo).toBe(countTo);
    expect(cycles[1]?.countFrom).toBe(spans[1]![0]);
  });

  it('§3: what is done from the exam on counts in the new cycle only', () => {
    const cycles = cyclesFor(
      practitioner([exam('2025-08-20')]),
      rule('prince2-practitioner'),
      '2025-08-25',
    );
    const counting = (day: string) =>
      cycles.filter((c) => day >= c.countFrom && day <= c.countTo).map((c) => c.index);
    expect([
      counting('2025-08-19'),
      counting('2025-08-20'),
      counting('2025-09-01'),
      countingCycle(cycles, '2025-08-25')?.index,
    ]).toEqual([[0], [1], [1], 1]);
  });

  it('§3: the old cycle is renewed, not running, once the exam is passed', () => {
    const cycles = cyclesFor(
      practitioner([exam('2025-08-20')]),
      rule('prince2-practitioner'),
      '2025-08-25',
    );
    expect(cycles.map((c) => c.phase)).toEqual(['renewed', 'current']);
  });

  it('§3: its CPD years stop at its new end', () => {
    const [old] = cyclesFor(
      practitioner([exam('2025-08-20')]),
      rule('prince2-practitioner'),
      '2025-11-01',
    );
    expect(old?.periods.map(span)).toEqual([
      ['2022-09-01', '2023-08-31'],
      ['2023-09-01', '2024-08-31'],
      ['2024-09-01', '2025-08-19'],
    ]);
    const [early] = cyclesFor(
      practitioner([exam('2023-03-01')]),
      rule('prince2-practitioner'),
      '2023-04-01',
    );
    expect([early?.end, early?.periods.map(span)]).toEqual([
      '2023-02-28',
      [['2022-09-01', '2023-02-28']],
    ]);
  });
});
