// The report's exam eligibility for its reader: exams that wait for information become one
// line of what is not recorded, grouped by what each exam lacks; exams held and shown under Credentials are left out, named once.
import { describe, expect, it } from 'vitest';
import { evaluateAllExams } from '../../../../shared/domain/eligibility';
import { eligibilityLayout, missingFor } from '../../../../shared/domain/report';
import { earned, input, role } from '../eligibility/fixtures';

const PMP = earned('pmp', '2024-03-01');
const PGMP = earned('pgmp', '2025-02-01');
// A PMP and PgMP holder who has entered neither work history nor contact hours.
const holder = evaluateAllExams(input({ roles: null, hours: null, held: [PMP, PGMP] }));
const ids = (xs: { examId: string }[]) => xs.map((x) => x.examId);

describe('eligibilityLayout', () => {
  it('groups the exams waiting for information by what each lacks', () => {
    const l = eligibilityLayout(holder, new Set([PMP.credential.id, PGMP.credential.id]));
    // CAPM needs no work history (domain-facts §2), nor does PMI-PMOCP's path once its PMP
    // prerequisite is held: they wait for the contact hours alone, not for the union.
    expect(l.waiting).toEqual({
      examIds: ['capm', 'pmi-acp', 'pfmp', 'pmi-rmp', 'pmi-sp', 'pmi-pba', 'pmi-pmocp'],
      missing: [
        { examIds: ['capm', 'pmi-pmocp'], facts: ['CONTACT_HOURS'] },
        {
          examIds: ['pmi-acp', 'pmi-rmp', 'pmi-sp', 'pmi-pba'],
          facts: ['EXPERIENCE_LOG', 'CONTACT_HOURS'],
        },
        { examIds: ['pfmp'], facts: ['EXPERIENCE_LOG'] },
      ],
    });
    expect(l.heldElsewhere).toEqual(['pmp', 'pgmp']);
    // Left as a row: the verdict the PMP gives (the prerequisite of PRINCE2 Practitioner).
    expect(ids(l.rows)).toEqual(['prince2-practitioner']);
    expect(l.rows[0]!.verdict).toBe('eligible');
  });

  it('a fresh profile: CAPM waits for the contact hours alone, never for work history', () => {
    const fresh = evaluateAllExams(input({ roles: null, hours: null, held: [] }));
    const l = eligibilityLayout(fresh, new Set());
    expect(l.waiting!.missing).toEqual([
      { examIds: ['capm'], facts: ['CONTACT_HOURS'] },
      {
        examIds: ['pmp', 'pmi-acp', 'pmi-rmp', 'pmi-sp', 'pmi-pba', 'pmi-pmocp'],
        facts: ['EXPERIENCE_LOG', 'CONTACT_HOURS'],
      },
      { examIds: ['pgmp', 'pfmp'], facts: ['EXPERIENCE_LOG'] },
    ]);
  });

  it('keeps held exams as rows when the report does not show the credentials', () => {
    const l = eligibilityLayout(holder, new Set());
    expect(l.heldElsewhere).toEqual([]);
    expect(ids(l.rows)).toEqual(['pmp', 'pgmp', 'prince2-practitioner']);
    expect(l.rows.slice(0, 2).map((e) => e.held?.status)).toEqual(['active', 'active']);
  });

  it('keeps a row for an expired credential: its exam must be sat again', () => {
    // PMP earned 1 Mar 2015: cycle to 28 Feb 2018, suspended a year, expired from 1 Mar 2019.
    const old = earned('pmp', '2015-03-01');
    const exams = evaluateAllExams(input({ roles: null, hours: null, held: [old] }));
    const l = eligibilityLayout(exams, new Set([old.credential.id]));
    expect(l.heldElsewhere).toEqual([]);
    const pmp = l.rows.find((e) => e.examId === 'pmp')!;
    expect([pmp.verdict, pmp.held?.status]).toEqual(['information-missing', 'expired']);
    expect(l.waiting?.examIds).not.toContain('pmp');
  });

  it('has no waiting line once the work history and hours are entered', () => {
    const exams = evaluateAllExams(
      input({ roles: [role(['leading-projects'], '2019-01', null)], hours: 40, held: [PMP] }),
    );
    const l = eligibilityLayout(exams, new Set([PMP.credential.id]));
    expect(l.waiting).toBeNull();
    expect(ids(l.rows)).not.toContain('pmp');
    expect(l.rows.length + l.heldElsewhere.length).toBe(exams.length);
  });
});

describe('missingFor', () => {
  it('names what the exam waits for, in the Ladder’s page order', () => {
    const capm = holder.find((e) => e.examId === 'capm')!;
    expect(missingFor(capm)).toEqual(['CONTACT_HOURS']);
    const pfmp = holder.find((e) => e.examId === 'pfmp')!;
    expect(missingFor(pfmp)).toEqual(['EXPERIENCE_LOG']);
    const acp = holder.find((e) => e.examId === 'pmi-acp')!;
    expect(missingFor(acp)).toEqual(['EXPERIENCE_LOG', 'CONTACT_HOURS']);
  });

  it('looks at the paths still open when the path shown names nothing to enter', () => {
    // As when the path that applies is already decided (not met) while another waits.
    const pfmp = holder.find((e) => e.examId === 'pfmp')!;
    expect(missingFor({ ...pfmp, missing: [] })).toEqual(['EXPERIENCE_LOG']);
  });
});
