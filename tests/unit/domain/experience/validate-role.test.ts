import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/domain/experience/role';
import {
  findOverlaps,
  roleLength,
  validateRole,
} from '../../../../shared/domain/experience/validate-role';
import { distinctIndustries, largestTeam } from '../../../../shared/domain/experience/breadth';
import { role } from '../eligibility/fixtures';

const asOf = '2026-05-10';
const good = (extra: Partial<Role> = {}): Role =>
  role(['leading-projects'], '2022-01', '2023-06', extra);
const codes = (r: Role) => validateRole(r, asOf).map((e) => `${e.field}:${e.code}`);

describe('validateRole', () => {
  it('accepts a complete role, an ongoing role started this month and one ended this month', () => {
    expect(codes(good({ teamSize: 8, budget: { amount: 250000, currency: 'EUR' } }))).toEqual([]);
    expect(codes(role(['pmo'], '2026-05', null))).toEqual([]);
    expect(codes(role(['pmo'], '2026-01', '2026-05'))).toEqual([]);
  });

  it.each<[string, Partial<Role>, string[]]>([
    ['end before start', { start: '2023-06', end: '2023-05' }, ['end:END_BEFORE_START']],
    ['start in the future', { start: '2026-06', end: null }, ['start:START_IN_FUTURE']],
    ['end in the future', { end: '2026-06' }, ['end:END_IN_FUTURE']],
    ['month 13', { start: '2024-13' }, ['start:MONTH_INVALID']],
    ['no start', { start: '' }, ['start:REQUIRED']],
    ['a bad end', { end: '2023-6' }, ['end:MONTH_INVALID']],
    ['no end and not ongoing', { end: '' }, ['end:END_MISSING']],
    ['a start before 1950', { start: '1949-12' }, ['start:START_TOO_EARLY']],
    ['no title', { title: '  ' }, ['title:REQUIRED']],
    ['no organisation', { organisation: '' }, ['organisation:REQUIRED']],
    ['no industry', { industry: '' }, ['industry:REQUIRED']],
    ['a title too long', { title: 'x'.repeat(121) }, ['title:TOO_LONG']],
    ['no role type', { roleTypes: [] }, ['roleTypes:NO_ROLE_TYPE']],
    ['an unknown role type', { roleTypes: ['astronaut' as never] }, ['roleTypes.0:UNKNOWN_VALUE']],
    ['a repeated role type', { roleTypes: ['pmo', 'pmo'] }, ['roleTypes.1:DUPLICATE']],
    ['team of zero', { teamSize: 0 }, ['teamSize:TOO_SMALL']],
    ['team of 2.5', { teamSize: 2.5 }, ['teamSize:NOT_WHOLE']],
    ['negative budget', { budget: { amount: -1, currency: 'EUR' } }, ['budget.amount:NEGATIVE']],
    [
      'bad currency',
      { budget: { amount: 1, currency: 'eur' } },
      ['budget.currency:CURRENCY_INVALID'],
    ],
  ])('flags %s', (_label, change, expected) => {
    expect(codes(good(change))).toEqual(expected);
  });
});

describe('findOverlaps', () => {
  it('reports each overlapping pair with the shared months, ongoing roles up to asOf', () => {
    const a = role(['leading-projects'], '2021-01', '2021-12', { organisation: 'Acme' });
    const b = role(['pmo'], '2021-07', '2022-06', { organisation: ' acme ' });
    const c = role(['pmo'], '2023-01', null, { organisation: 'Other' });
    const d = role(['agile'], '2026-03', '2026-05', { organisation: 'Other' });
    expect(findOverlaps([a, b, c, d], asOf)).toEqual([
      { code: 'ROLES_OVERLAP', roleIds: [a.id, b.id], months: 6, sameOrganisation: true },
      { code: 'ROLES_OVERLAP', roleIds: [c.id, d.id], months: 3, sameOrganisation: true },
    ]);
  });

  it('skips roles with invalid months and finds nothing in back-to-back roles', () => {
    const a = role(['pmo'], '2021-01', '2021-12');
    const b = role(['pmo'], '2022-01', '2022-12');
    const bad = role(['pmo'], '2021-13', null);
    expect(findOverlaps([a, b, bad], asOf)).toEqual([]);
  });

  it('measures a role up to asOf', () => {
    expect(roleLength(role(['pmo'], '2025-06', null), asOf)).toBe(12);
    expect(roleLength(role(['pmo'], '2020-01', '2020-03'), asOf)).toBe(3);
  });
});

describe('breadth of experience', () => {
  it('counts industries once whatever their spelling of case and spaces', () => {
    const roles = [
      role(['leading-projects'], '2018-01', '2019-12', { industry: 'Health care' }),
      role(['leading-projects'], '2020-01', '2021-12', { industry: ' health   CARE ' }),
      role(['pmo'], '2022-01', null, { industry: 'Energy' }),
      role(['general-business'], '2015-01', '2017-12', { industry: 'Retail' }),
    ];
    expect(distinctIndustries(roles, ['leading-projects', 'pmo'], asOf)).toEqual([
      'energy',
      'health care',
    ]);
    expect(distinctIndustries(roles, 'any-role', asOf)).toHaveLength(3);
  });

  it('finds the largest team of the selected roles', () => {
    const roles = [
      role(['leading-projects'], '2018-01', '2019-12', { teamSize: 6 }),
      role(['program'], '2020-01', null, { teamSize: 14 }),
      role(['project-team'], '2016-01', '2017-12', { teamSize: 40 }),
    ];
    expect(largestTeam(roles, ['leading-projects', 'program'], asOf)).toEqual({
      size: 14,
      roleId: roles[1]!.id,
    });
    expect(largestTeam([role(['pmo'], '2020-01', null)], ['pmo'], asOf)).toBeNull();
  });
});
