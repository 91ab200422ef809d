// The report's credit log: the parts of the earned hours add up to the Earned total. A
// reviewer found "Earned: 79 hours … By area: 13.5 + 28.5 + 28 h" (70 h): Giving Back was
// left out. Now every earned hour is in one part: the three areas, Giving Back, and any
// education logged without an area split.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity, AreaSplit } from '../../../shared/domain/credits';
import { creditLogSection } from '../../../shared/domain/report';
import { CreditLogPart } from '../../../renderer/src/features/reports/RecordSections';

afterEach(cleanup);

const period = { from: '2026-01-01', to: '2026-12-31' };
let next = 0;
const act = (amount: number, extra: Partial<Activity> = {}): Activity => ({
  id: `a${(next += 1)}`,
  date: '2026-03-01',
  title: `Activity ${next}`,
  type: 'course-or-training',
  amount,
  unit: 'hours',
  status: 'earned',
  ...extra,
});
const split = (waysOfWorking: number, powerSkills: number, businessAcumen: number) => {
  const s: AreaSplit = { waysOfWorking, powerSkills, businessAcumen };
  return act(waysOfWorking + powerSkills + businessAcumen, { split: s });
};

function show(activities: Activity[]) {
  render(<CreditLogPart log={creditLogSection(activities, period, new Map())} />);
  return {
    totals: screen.getByTestId('credit-log-totals').textContent,
    parts: screen.getByTestId('credit-log-parts').textContent,
  };
}

/** The hours of each part, read back from the words. */
const hoursIn = (words: string | null) =>
  [...(words ?? '').matchAll(/([\d.]+) h\b/g)].map((m) => Number(m[1]));

describe('the report’s earned hours by part', () => {
  it('the reviewer’s figures: 13.5 + 28.5 + 28 h of areas and 9 h of Giving Back make 79 h', () => {
    const { totals, parts } = show([
      split(13.5, 28.5, 28),
      act(6, { type: 'volunteer' }),
      act(3, { type: 'give-presentation', status: 'accepted' }),
      act(5, { type: 'share-knowledge', status: 'planned' }),
    ]);
    expect(totals).toContain('Earned: 79 hours.');
    expect(parts).toBe(
      'Of the 79 earned hours: Ways of Working 13.5 h, Power Skills 28.5 h, Business Acumen 28 h and Giving Back 9 h.',
    );
    expect(hoursIn(parts).reduce((a, b) => a + b, 0)).toBe(79);
  });

  it('education without an area split is a part of its own, at its relevant share', () => {
    const { parts } = show([
      split(1, 0.25, 0),
      act(6, { type: 'read', relevantPercent: 50 }),
      act(1, { unit: 'ceu' }),
      act(2.5, { type: 'work-as-practitioner' }),
    ]);
    expect(parts).toBe(
      'Of the 16.75 earned hours: Ways of Working 1 h, Power Skills 0.25 h, Giving Back 2.5 h and education not split by area 13 h.',
    );
    expect(hoursIn(parts).reduce((a, b) => a + b, 0)).toBe(16.75);
  });

  it('one earned hour is “hour”', () => {
    expect(show([split(1, 0, 0)]).parts).toBe('Of the 1 earned hour: Ways of Working 1 h.');
  });
});

describe('a course logged with semester credits (domain-facts §4)', () => {
  it('says its credits beside its hours, and why ISACA’s totals can differ', () => {
    show([act(40, { title: 'Audit methods', semesterCredits: 3 }), act(6)]);
    const row = screen.getByRole('row', { name: /Audit methods/ });
    expect(row.textContent).toContain('Audit methods · 3 semester credits');
    expect(screen.getByTestId('credit-log-semester-note').textContent).toBe(
      'Hours are as logged. ISACA credentials count a course’s semester credits instead (15 CPE hours each, unless the holder set another number), so their totals above can differ from these hours.',
    );
  });

  it('says nothing of semester credits when no course has them', () => {
    show([act(40, { title: 'Audit methods' })]);
    expect(screen.getByRole('row', { name: /Audit methods/ }).textContent).not.toContain(
      'semester',
    );
    expect(screen.queryByTestId('credit-log-semester-note')).toBeNull();
  });
});
