// Unique months by hand: every expectation below is counted on a calendar, not by the code.
import { describe, expect, it } from 'vitest';
import {
  countExperience,
  experienceTotals,
} from '../../../../shared/domain/experience/unique-months';
import { role } from '../eligibility/fixtures';

const LEAD = ['leading-projects'] as const;
const asOf = '2026-05-10';

describe('countExperience', () => {
  it('counts an ended role from its start month to its end month, both included', () => {
    const c = countExperience([role([...LEAD], '2020-01', '2020-12')], LEAD, asOf, null);
    expect(c.months).toBe(12);
    expect(c.periods).toEqual([{ from: '2020-01', to: '2020-12' }]);
  });

  it('runs an ongoing role to the month of asOf, the current partial month included', () => {
    // 2025-06 … 2026-05 = 7 + 5 months
    expect(countExperience([role([...LEAD], '2025-06', null)], LEAD, asOf, null).months).toBe(12);
    for (const day of ['2026-05-01', '2026-05-31']) {
      expect(countExperience([role([...LEAD], '2026-05', null)], LEAD, day, null).months).toBe(1);
    }
  });

  it('counts months shared by overlapping roles once', () => {
    // 2019-01 … 2021-06 (30) and 2021-01 … 2022-12 (24) share six months → 48, not 54
    const roles = [role([...LEAD], '2019-01', '2021-06'), role([...LEAD], '2021-01', '2022-12')];
    const c = countExperience(roles, LEAD, asOf, null);
    expect(c.months).toBe(48);
    expect(c.periods).toEqual([{ from: '2019-01', to: '2022-12' }]);
    expect(c.roleIds).toEqual(roles.map((r) => r.id));
  });

  it('counts three overlapping roles as their union (27 months, not 35)', () => {
    // A 2023-01…2023-12 (12), B 2023-07…2024-06 (12), C 2024-05…ongoing to 2025-03 (11)
    const roles = [
      role([...LEAD], '2023-01', '2023-12'),
      role([...LEAD], '2023-07', '2024-06'),
      role([...LEAD], '2024-05', null),
    ];
    expect(countExperience(roles, LEAD, '2025-03-15', null).months).toBe(27);
  });

  it('keeps a gap between roles out', () => {
    const roles = [role([...LEAD], '2019-01', '2019-06'), role([...LEAD], '2019-09', '2019-12')];
    const c = countExperience(roles, LEAD, asOf, null);
    expect(c.months).toBe(10);
    expect(c.periods).toHaveLength(2);
  });

  it('counts only roles of the selected types; a role with several types counts for each', () => {
    const roles = [
      role(['pmo'], '2020-01', '2020-12'),
      role(['agile', 'risk'], '2021-01', '2021-06'),
    ];
    expect(countExperience(roles, LEAD, asOf, null).months).toBe(0);
    expect(countExperience(roles, ['pmo'], asOf, null).months).toBe(12);
    expect(countExperience(roles, ['risk'], asOf, null).months).toBe(6);
    expect(countExperience(roles, ['agile', 'risk'], asOf, null).months).toBe(6);
    expect(countExperience(roles, 'any-role', asOf, null).months).toBe(18);
  });

  it('opens an 8-year window on 2018-06 when asOf is in May 2026', () => {
    const c = countExperience([], LEAD, asOf, 96);
    expect(c.windowFrom).toBe('2018-06');
    expect(c.windowTo).toBe('2026-05');
  });

  it.each([
    ['2017-01', '2018-06', 1],
    ['2017-01', '2018-05', 0],
    ['2018-06', '2018-06', 1],
  ])('window boundary: a role %s…%s brings %i month(s)', (start, end, months) => {
    expect(countExperience([role([...LEAD], start, end)], LEAD, asOf, 96).months).toBe(months);
  });

  it('cuts a role that crosses the start of a 5-year window crossing years', () => {
    // asOf January 2026, 60 months → 2021-02 … 2026-01; role 2020-06…2021-05 keeps Feb–May 2021
    const c = countExperience([role(['risk'], '2020-06', '2021-05')], ['risk'], '2026-01-15', 60);
    expect(c.windowFrom).toBe('2021-02');
    expect(c.months).toBe(4);
    expect(c.periods).toEqual([{ from: '2021-02', to: '2021-05' }]);
  });

  it('counts only the window part of a long career (8 years of 108 months)', () => {
    const roles = [role([...LEAD], '2010-01', '2018-12'), role([...LEAD], '2024-01', null)];
    // window 2018-06…2026-05: 2018-06…2018-12 (7) + 2024-01…2026-05 (29)
    expect(countExperience(roles, LEAD, asOf, 96).months).toBe(36);
    expect(countExperience(roles, LEAD, asOf, null).months).toBe(108 + 29);
  });

  it('ignores a role that starts after asOf and clamps an end after asOf', () => {
    expect(countExperience([role([...LEAD], '2026-06', null)], LEAD, asOf, null).months).toBe(0);
    expect(countExperience([role([...LEAD], '2026-01', '2026-12')], LEAD, asOf, null).months).toBe(
      5,
    );
  });

  it('takes the month of a leap day', () => {
    const c = countExperience([role([...LEAD], '2023-03', null)], LEAD, '2024-02-29', 12);
    expect(c.windowFrom).toBe('2023-03');
    expect(c.months).toBe(12);
  });
});

describe('experienceTotals', () => {
  it('totals unique months per type, for project work and for every role', () => {
    const roles = [
      role(['leading-projects', 'agile'], '2022-01', '2022-12'),
      role(['pmo'], '2022-07', '2023-06'),
      role(['general-business'], '2020-01', '2021-12'),
    ];
    const t = experienceTotals(roles, asOf);
    expect(t.byType['leading-projects']).toBe(12);
    expect(t.byType.agile).toBe(12);
    expect(t.byType.pmo).toBe(12);
    expect(t.byType['general-business']).toBe(24);
    expect(t.byType.program).toBe(0);
    expect(t.project).toBe(18); // 2022-01 … 2023-06
    expect(t.anyRole).toBe(42); // 2020-01 … 2023-06
  });

  it('applies a window to every total', () => {
    const roles = [role(['pmo'], '2015-01', '2022-12')];
    // 5 years to 2026-05 starts 2021-06: 2021-06…2022-12 = 19
    expect(experienceTotals(roles, asOf, 60).byType.pmo).toBe(19);
  });
});
