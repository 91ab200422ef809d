/**
 * PRINCE2 Foundation certificates from exams before 1 Jan 2023 (domain-facts §3, B: renew-by
 * dates "since 1 Jan 2023 … Foundation included"; §5.4: "never expires" elsewhere). Such a
 * certificate has no renew-by date until a later exam in the suite, or a retake, on or after
 * that day; Practitioner certificates always had one (PeopleCert's 2017 maintenance page, §6).
 */
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  credentialStatus,
  cyclesFor,
  passedBeforeRenewBy,
  renewByGivenBy,
  validateRenewals,
  type HeldCredential,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';

const AS_OF = '2026-11-22';
const rule = (id: string) => findCredentialRule(id)!;
const held = (id: string, earnedDate: string, renewals: Renewal[] = []): HeldCredential => ({
  id: `h-${id}-${earnedDate}`,
  credentialId: id,
  stage: 'earned',
  earnedDate,
  renewals,
});
const withRule = (h: HeldCredential): HeldWithRule => ({
  credential: h,
  rule: rule(h.credentialId),
});

interface Case {
  name: string;
  foundation: HeldCredential;
  /** Other held credentials (suite exams). */
  others?: HeldCredential[];
  /** [start, end] of every cycle, worked out by hand. */
  cycles: [string, string][];
  status: string;
}

const cases: Case[] = [
  {
    name: 'Foundation 2015, nothing since: no renew-by, held',
    foundation: held('prince2-foundation', '2015-06-01'),
    cycles: [],
    status: 'active',
  },
  {
    name: 'Foundation 31 Dec 2022 (the last day before): no renew-by',
    foundation: held('prince2-foundation', '2022-12-31'),
    cycles: [],
    status: 'active',
  },
  {
    name: 'Foundation 1 Jan 2023 (the first day): renew-by 1 Jan 2026, not renewed',
    foundation: held('prince2-foundation', '2023-01-01'),
    cycles: [['2023-01-01', '2026-01-01']],
    status: 'not-current',
  },
  {
    name: 'Foundation 2015, Practitioner passed 2021: still no renew-by',
    foundation: held('prince2-foundation', '2015-06-01'),
    others: [held('prince2-practitioner', '2021-04-10')],
    cycles: [],
    status: 'active',
  },
  {
    name: 'Foundation 2015, PRINCE2 Agile passed 10 Apr 2024: renew-by 10 Apr 2027',
    foundation: held('prince2-foundation', '2015-06-01'),
    others: [held('prince2-agile', '2024-04-10')],
    cycles: [['2024-04-10', '2027-04-10']],
    status: 'active',
  },
  {
    name: 'Foundation 2015 retaken 5 Feb 2023 (recorded as an exam): renew-by 5 Feb 2026',
    foundation: held('prince2-foundation', '2015-06-01', [{ date: '2023-02-05', method: 'exam' }]),
    cycles: [['2023-02-05', '2026-02-05']],
    status: 'not-current',
  },
  {
    name: 'Foundation 2015, retaken 2020 and 2024: the 2024 exam starts the renew-by',
    foundation: held('prince2-foundation', '2015-06-01', [
      { date: '2020-03-01', method: 'exam' },
      { date: '2024-09-09', method: 'exam' },
    ]),
    cycles: [['2024-09-09', '2027-09-09']],
    status: 'active',
  },
];

describe('PRINCE2 Foundation before 2023 (domain-facts §3, §5.4)', () => {
  it.each(cases)('$name', (c) => {
    const r = rule('prince2-foundation');
    const context = { alsoHeld: [withRule(c.foundation), ...(c.others ?? []).map(withRule)] };
    const cycles = cyclesFor(c.foundation, r, AS_OF, context);
    expect(cycles.map((x) => [x.start, x.end])).toEqual(c.cycles);
    expect(credentialStatus(c.foundation, r, AS_OF, context)).toBe(c.status);
    // The exams that began the renew-by, or came before it, are not reported as misplaced.
    expect(validateRenewals(c.foundation, r, AS_OF, context)).toEqual([]);
  });

  it('reports a CPD renewal of a certificate that had no renew-by date to renew', () => {
    const h = held('prince2-foundation', '2015-06-01', [{ date: '2019-06-01', method: 'credits' }]);
    expect(validateRenewals(h, rule('prince2-foundation'), AS_OF)).toEqual([
      { field: 'renewals.0.date', code: 'RENEWAL_OUTSIDE_WINDOW' },
    ]);
  });

  it('leaves Practitioner certificates before 2023 with their renew-by date', () => {
    const h = held('prince2-practitioner', '2019-05-10');
    const [first] = cyclesFor(h, rule('prince2-practitioner'), AS_OF);
    expect([first?.start, first?.end]).toEqual(['2019-05-10', '2022-05-10']);
    expect(passedBeforeRenewBy(h, rule('prince2-practitioner'))).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['prince2-foundation', '2022-12-31', true],
    ['prince2-foundation', '2023-01-01', false],
    ['prince2-agile', '2015-01-01', false],
    ['pmp', '2015-01-01', false],
    ['prince2-foundation', 'not a date', false],
  ])('passedBeforeRenewBy(%s earned %s) is %s', (id, earned, expected) => {
    expect(passedBeforeRenewBy(held(id, earned), rule(id))).toBe(expected);
  });

  it('names the rule’s source and the disagreement it settles', () => {
    const from = rule('prince2-foundation').renewByFrom!;
    expect(from.value).toBe('2023-01-01');
    expect(from.confidence).toBe('B');
    expect(from.disagreement?.facts).toBe('§5.4');
  });
});

describe('renewByGivenBy: where an older Foundation’s renew-by date comes from', () => {
  const foundation = held('prince2-foundation', '2015-06-01');
  const agile = held('prince2-agile', '2024-04-10');
  const context = (...others: HeldCredential[]) => ({
    alsoHeld: [withRule(foundation), ...others.map(withRule)],
  });

  it('a PRINCE2 Agile exam of 10 Apr 2024', () => {
    const given = renewByGivenBy(foundation, rule('prince2-foundation'), AS_OF, context(agile));
    expect(given?.date).toBe('2024-04-10');
    expect(given?.by?.credential.credentialId).toBe('prince2-agile');
  });

  it('a retake recorded as an exam: no other credential', () => {
    const retaken = held('prince2-foundation', '2015-06-01', [
      { date: '2023-02-05', method: 'exam' },
    ]);
    const given = renewByGivenBy(retaken, rule('prince2-foundation'), AS_OF, context());
    expect(given).toEqual({ date: '2023-02-05', by: null });
  });

  it.each<[string, HeldCredential, HeldCredential[]]>([
    ['no later exam: none', foundation, []],
    ['a Foundation from 2023: its own exam, none', held('prince2-foundation', '2023-03-01'), []],
    ['a Practitioner from 2019: none', held('prince2-practitioner', '2019-05-10'), []],
  ])('%s', (_name, h, others) => {
    expect(renewByGivenBy(h, rule(h.credentialId), AS_OF, context(...others))).toBeNull();
  });
});
