// A credential's cycle at a glance (Credentials cards and the credential's own page): the
// lower, darker bar is the time gone in the cycle, and its figure is printed under it, not
// only told to screen readers (who hear it once, in the chart's label). Past the total, the
// count reads "86 PDUs counted — 60 required", never "86 PDUs counted of 60".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type Activity } from '../../../shared/domain/credits';
import { CycleSummary } from '../../../renderer/src/features/credentials/CycleSummary';
import { formatDate as day } from '../../../renderer/src/components/format';

afterEach(cleanup);

const pmp = findCredentialRule('pmp')!;
// PMP earned 3 Feb 2017: cycle 3 Feb 2017 – 2 Feb 2020, 1,095 days.
const held: HeldCredential = {
  id: 'held-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2017-02-03',
  renewals: [],
};

function course(amount: number, split: Activity['split']): Activity {
  return {
    id: `course-${amount}`,
    date: '2017-06-01',
    title: 'A course',
    type: 'course-or-training',
    amount,
    unit: 'hours',
    split,
    status: 'earned',
  };
}

function show(activities: Activity[], asOf: string) {
  const evaluation = evaluateCurrentCycle(pmp, held, activities, asOf);
  if (!evaluation) throw new Error('no cycle');
  render(<CycleSummary evaluation={evaluation} rule={pmp} />);
  return evaluation;
}

describe('the cycle bar says both of its figures', () => {
  it.each([
    // Day 546 of 1,095 (the first day is day 1): 49.9 %, rounded down.
    { asOf: '2018-08-02', elapsed: 546, passed: '49% of the cycle has passed' },
    // Day 987 of 1,095: 90.1 %.
    { asOf: '2019-10-17', elapsed: 987, passed: '90% of the cycle has passed' },
    // Day 1,090 of 1,095: 99.5 % — never "100%" while days are left.
    { asOf: '2020-01-28', elapsed: 1090, passed: '99% of the cycle has passed' },
    // The last day: 100 %.
    { asOf: '2020-02-02', elapsed: 1095, passed: '100% of the cycle has passed' },
  ])('$asOf: $passed, printed under the bars', ({ asOf, elapsed, passed }) => {
    const ev = show([course(10, { waysOfWorking: 4, powerSkills: 4, businessAcumen: 2 })], asOf);
    expect([ev.elapsedDays, ev.cycleDays]).toEqual([elapsed, 1095]);
    const printed = screen.getByText(passed);
    expect(printed.tagName).toBe('P');
    // Screen readers hear it in the chart's label, so the printed copy is hidden from them.
    expect(printed.getAttribute('aria-hidden')).toBe('true');
    expect(
      screen.getByRole('img', { name: /of the cycle has passed/ }).getAttribute('aria-label'),
    ).toBe(`10 of 60 counted; ${passed}`);
    expect(screen.getByText('10 PDUs counted of 60')).toBeDefined();
  });

  it('past the total: “86 PDUs counted — 60 required”', () => {
    show([course(86, { waysOfWorking: 30, powerSkills: 30, businessAcumen: 26 })], '2019-10-17');
    expect(screen.getByText('86 PDUs counted — 60 required')).toBeDefined();
    expect(document.body.textContent).not.toContain('counted of');
    expect(
      screen.getByRole('img', { name: /of the cycle has passed/ }).getAttribute('aria-label'),
    ).toBe('86 counted, 60 required; 90% of the cycle has passed');
  });

  it('exactly the total still reads “60 PDUs counted of 60”', () => {
    show([course(60, { waysOfWorking: 20, powerSkills: 20, businessAcumen: 20 })], '2019-10-17');
    expect(screen.getByText('60 PDUs counted of 60')).toBeDefined();
  });
});

describe('an expired cycle asks for nothing more', () => {
  it('lists no "Still missing" and no pace, and says why', () => {
    // Cycle 3 Feb 2017 – 2 Feb 2020, suspended to 2 Feb 2021, then expired (domain-facts §1).
    const ev = show(
      [course(10, { waysOfWorking: 10, powerSkills: 0, businessAcumen: 0 })],
      '2026-12-06',
    );
    expect(ev.status).toBe('expired');
    expect(ev.shortfalls.length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Still missing' })).toBeNull();
    expect(screen.queryByText(/per week|per month|a week|a month/)).toBeNull();
    expect(
      screen.getByText(
        'PMP expired: this cycle ended without a renewal, so nothing more can count towards it. To hold it again, pass the exam again. What it counted stays in its history.',
      ),
    ).toBeDefined();
  });

  it('a running cycle still lists what is missing', () => {
    show([course(10, { waysOfWorking: 10, powerSkills: 0, businessAcumen: 0 })], '2018-08-02');
    expect(screen.getByRole('heading', { name: 'Still missing' })).toBeDefined();
    expect(screen.queryByText(/ended without a renewal/)).toBeNull();
  });
});

describe('an expired cycle says when and how to hold the credential again', () => {
  it('PMI: the day it expired, and the exam again (domain-facts §1)', () => {
    const ev = evaluateCurrentCycle(pmp, held, [], '2026-12-06')!;
    render(<CycleSummary evaluation={ev} rule={pmp} expiredOn="2021-02-03" />);
    expect(screen.getByText(/^PMP expired on/).textContent).toBe(
      `PMP expired on ${day('2021-02-03')}: this cycle ended without a renewal, so nothing more can count towards it. To hold it again, pass the exam again. What it counted stays in its history.`,
    );
  });

  it('another body: ask it', () => {
    const csm = findCredentialRule('csm')!;
    const h: HeldCredential = {
      ...held,
      id: 'held-csm',
      credentialId: 'csm',
      earnedDate: '2016-02-01',
    };
    const ev = evaluateCurrentCycle(csm, h, [], '2026-12-06')!;
    expect(ev.status).toBe('expired');
    render(<CycleSummary evaluation={ev} rule={csm} expiredOn="2018-02-01" />);
    expect(screen.getByText(/^CSM expired on/).textContent).toContain(
      'Ask the certifying body how to hold it again.',
    );
  });
});
