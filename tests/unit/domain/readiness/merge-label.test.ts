// Two requirements asking for the same kind of thing merge into one next action that asks for
// the larger amount (actions.ts, larger). The label must go with the number kept: a walk-through
// read "Log 2 years 5 months more experience (leading projects): a step towards PgMP" where
// PgMP needs 1 year 5 months more and the 2 years 5 months are the rung's own 5-year ask.
import { describe, expect, it } from 'vitest';
import type { ActionSpec, Unlocks } from '../../../../shared/domain/readiness';
import { larger } from '../../../../shared/domain/readiness/actions';
import { nextBestActions } from '../../../../shared/domain/readiness';
import { readinessInput, role } from '../eligibility/fixtures';
import { planOf, req, rungOf } from './fixtures';

const PGMP: Unlocks = { exam: 'pgmp', on: '2027-10-01' };
const PMP: Unlocks = { exam: 'pmp', on: null };

const gain = (
  months: number,
  unlocks?: Unlocks,
): Extract<ActionSpec, { code: 'GAIN_EXPERIENCE' }> => ({
  code: 'GAIN_EXPERIENCE',
  roleTypes: ['leading-projects'],
  months,
  on: null,
  ...(unlocks ? { unlocks } : {}),
});
const train = (
  hours: number,
  unlocks?: Unlocks,
): Extract<ActionSpec, { code: 'COMPLETE_TRAINING' }> => ({
  code: 'COMPLETE_TRAINING',
  topic: 'general',
  hours,
  ...(unlocks ? { unlocks } : {}),
});

describe('larger: the merged action keeps the label of the number it keeps', () => {
  it.each<[string, ActionSpec, ActionSpec, ActionSpec]>([
    [
      'the rung’s larger ask first, PgMP’s smaller one second',
      gain(29),
      gain(17, PGMP),
      { ...gain(29), partWay: { amount: 17, unlocks: PGMP } },
    ],
    [
      'PgMP’s smaller ask first, the rung’s larger one second',
      gain(17, PGMP),
      gain(29),
      { ...gain(29), partWay: { amount: 17, unlocks: PGMP } },
    ],
    ['the larger ask unlocks the exam: its own label', gain(29, PGMP), gain(17), gain(29, PGMP)],
    [
      'both unlock an exam: the larger keeps its own, the smaller is on the way',
      gain(17, PGMP),
      gain(29, PMP),
      { ...gain(29, PMP), partWay: { amount: 17, unlocks: PGMP } },
    ],
    ['the same amount: either label is true of it', gain(17), gain(17, PGMP), gain(17, PGMP)],
    [
      'training: 35 hours for the rung, 23 towards PMP',
      train(23, PMP),
      train(35),
      { ...train(35), partWay: { amount: 23, unlocks: PMP } },
    ],
    [
      'training: the smaller ask without an exam adds nothing',
      train(35, PMP),
      train(23),
      train(35, PMP),
    ],
  ])('%s', (_, a, b, merged) => {
    expect(larger(a, b)).toEqual(merged);
  });

  it('a third ask merged in keeps the nearest exam on the way', () => {
    const two = larger(gain(29), gain(20, PMP));
    expect(larger(two, gain(17, PGMP))).toEqual({
      ...gain(29),
      partWay: { amount: 17, unlocks: PGMP },
    });
  });
});

describe('the merged action towards PMO Director and PgMP, end to end', () => {
  // 10 May 2026: 31 months leading projects (Nov 2023 … May 2026, ongoing), 48 months of
  // program management. PgMP (four-year degree) needs 48 months leading projects or a PMP:
  // 17 more; the rung's own requirement asks for 60 months: 29 more.
  const plan = planOf(
    rungOf([
      req('pgmp', { kind: 'credential', anyOf: ['pgmp'], count: 1, standing: 'good' }),
      req('lead', {
        kind: 'experience',
        roleTypes: ['leading-projects'],
        months: 60,
        windowMonths: null,
      }),
    ]),
  );
  const input = readinessInput({
    level: 'bachelor',
    roles: [role(['leading-projects'], '2023-11', null), role(['program'], '2019-01', '2022-12')],
  });

  it('asks for the rung’s 29 months, and names the 17 that open PgMP', () => {
    const [action, ...rest] = nextBestActions(plan, 'target', input);
    expect(rest).toEqual([]);
    expect(action).toEqual({
      code: 'GAIN_EXPERIENCE',
      roleTypes: ['leading-projects'],
      months: 29,
      on: '2028-10-01',
      partWay: { amount: 17, unlocks: { exam: 'pgmp', on: '2027-10-01' } },
      requirementIds: ['pgmp', 'lead'],
      priority: 'essential',
      gain: 74.2,
      deadline: null,
    });
  });
});
