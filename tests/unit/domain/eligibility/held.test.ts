// Exams whose credential the user already holds (domain-facts §1 statuses) and credentials
// held out of good standing in an exam condition. PMP earned 5 Dec 2023: active to 4 Dec 2026,
// suspended 5 Dec 2026 … 4 Dec 2027, expired from 5 Dec 2027. CAPM earned 10 Jan 2025: active.
import { describe, expect, it } from 'vitest';
import { findExamRule } from '../../../../shared/catalog/exams';
import {
  evaluateAllExams,
  evaluateExam,
  findOutOfStanding,
  mustRetake,
  type ConditionResult,
  type HeldEvidence,
} from '../../../../shared/domain/eligibility';
import { earned, input, preparing, role } from './fixtures';

const PMP = earned('pmp', '2023-12-05');
const CAPM = earned('capm', '2025-01-10');
const pmpId = PMP.credential.id;
const capmId = CAPM.credential.id;

function heldOf(asOf: string, held = [PMP, CAPM, preparing('pgmp')]) {
  const all = evaluateAllExams(input({ asOf, hours: 12, held }));
  return Object.fromEntries(all.map((e) => [e.examId, e.held ?? null]));
}

describe('evaluateAllExams marks the exams whose credential the user holds', () => {
  it.each<[string, string, Record<string, HeldEvidence | null>]>([
    [
      'both active',
      '2026-12-04',
      {
        capm: { credentialId: 'capm', heldId: capmId, status: 'active' },
        pmp: { credentialId: 'pmp', heldId: pmpId, status: 'active' },
        pgmp: null,
      },
    ],
    [
      'PMP suspended, with since when and the last day to renew',
      '2026-12-05',
      {
        capm: { credentialId: 'capm', heldId: capmId, status: 'active' },
        pmp: {
          credentialId: 'pmp',
          heldId: pmpId,
          status: 'suspended',
          since: '2026-12-05',
          renewBy: '2027-12-04',
        },
        pgmp: null,
      },
    ],
    [
      'PMP expired: still marked, with the day it expired (the exam must be retaken)',
      '2027-12-05',
      {
        capm: { credentialId: 'capm', heldId: capmId, status: 'active' },
        pmp: {
          credentialId: 'pmp',
          heldId: pmpId,
          status: 'expired',
          since: '2027-12-05',
          regain: 'exam',
        },
        pgmp: null,
      },
    ],
  ])('%s (%s)', (_, asOf, expected) => {
    const held = heldOf(asOf);
    expect({ capm: held.capm, pmp: held.pmp, pgmp: held.pgmp }).toEqual(expected);
  });

  it('a credential earned after the day asked about is not held on it', () => {
    expect(heldOf('2025-01-09').capm).toBeNull();
  });

  it('keeps the verdict beside the mark: 12 of 23 hours is still “not yet” for CAPM', () => {
    const capm = evaluateExam(
      findExamRule('capm')!,
      input({ asOf: '2026-12-05', hours: 12, held: [CAPM] }),
    );
    expect(capm.verdict).toBe('not-yet');
    expect(capm.held?.status).toBe('active');
  });
});

describe('a condition asking for a credential in good standing, held suspended', () => {
  const pgmp = (asOf: string, held = [PMP]) =>
    evaluateExam(
      findExamRule('pgmp')!,
      input({ asOf, roles: [role(['leading-projects'], '2025-01', null)], held }),
    );
  const projectRoute = (c: ConditionResult[]) =>
    c[1] as Extract<ConditionResult, { kind: 'any-of' }>;

  it.each<[string, string, object | null, boolean]>([
    ['active: met by the PMP', '2026-12-04', null, true],
    [
      'suspended: unmet, the suspension named',
      '2026-12-05',
      { status: 'suspended', since: '2026-12-05', renewBy: '2027-12-04' },
      false,
    ],
    [
      'expired: unmet, the expiry named',
      '2027-12-05',
      { status: 'expired', since: '2027-12-05', regain: 'exam' },
      false,
    ],
  ])('%s (%s)', (_, asOf, lost, met) => {
    const route = projectRoute(pgmp(asOf).path.conditions);
    expect(route.met).toBe(met);
    const credential = route.options[1]!;
    expect(credential).toMatchObject({ kind: 'credential', met });
    expect(
      credential.kind === 'credential' ? (credential.outOfStanding ?? null) : 'wrong kind',
    ).toEqual(lost && { credentialId: 'pmp', heldId: pmpId, ...lost });
  });

  it('names the suspended one before an expired one of the same credential', () => {
    const old = earned('pmp', '2015-03-01'); // expired since 1 Mar 2019
    expect(findOutOfStanding(['pmp'], { asOf: '2026-12-05', held: [old, PMP] })).toEqual({
      credentialId: 'pmp',
      heldId: pmpId,
      status: 'suspended',
      since: '2026-12-05',
      renewBy: '2027-12-04',
    });
    expect(findOutOfStanding(['pmp'], { asOf: '2026-12-05', held: [old] })).toMatchObject({
      status: 'expired',
      since: '2019-03-01',
    });
    expect(findOutOfStanding(['pmp'], { asOf: '2026-12-04', held: [PMP] })).toBeNull();
  });

  it.each([
    ['pmp', 'exam'],
    ['cbap', 'ask-body'],
    ['cisa', 'ask-body'],
  ])('%s expired: held again by %s (only PMI’s texts say the exam, §1 and §4)', (id, regain) => {
    const lapsed = earned(id, '2010-03-01');
    expect(findOutOfStanding([id], { asOf: '2026-12-05', held: [lapsed] })).toMatchObject({
      status: 'expired',
      regain,
    });
  });
});

describe('mustRetake: a held credential asks for its exam again only once expired (§1)', () => {
  it.each([
    ['2026-06-01', 'active', false],
    ['2026-12-05', 'suspended', false],
    ['2027-12-04', 'suspended', false],
    ['2027-12-05', 'expired', true],
  ])('PMP on %s (%s): %s', (asOf, status, retake) => {
    const pmp = evaluateAllExams(input({ asOf, held: [PMP] })).find((e) => e.examId === 'pmp');
    expect(pmp?.held?.status).toBe(status);
    expect(mustRetake(pmp?.held)).toBe(retake);
  });

  it('nothing held: nothing to retake', () => {
    expect(mustRetake(undefined)).toBe(false);
  });

  it('expired where the body’s texts say nothing of an exam: not walked through it (§4)', () => {
    const lapsed = earned('cisa', '2010-03-01');
    const evidence = findOutOfStanding(['cisa'], { asOf: '2026-12-05', held: [lapsed] });
    expect(evidence?.status).toBe('expired');
    expect(mustRetake(evidence ?? undefined)).toBe(false);
  });
});
