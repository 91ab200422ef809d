// The audit pack's read-me says how long to keep the records, from the credential's rule.
import { describe, expect, it } from 'vitest';
import { applyOverrides, credentialCatalog } from '../../../shared/catalog/credentials';
import type { ClaimRow } from '../../../shared/domain/claims';
import { planAuditPack } from '../../../shared/domain/report';
import { readMeText } from '../../../renderer/src/features/reports/audit-zip';

const cycle = { start: '2024-01-01', end: '2026-12-31' };
const rule = (id: string) => credentialCatalog.find((r) => r.id === id)!;
const readMe = (r: ReturnType<typeof rule>, body: string) =>
  readMeText({ acronym: r.acronym, body }, planAuditPack(r, cycle, [], []), cycle);

describe('audit pack read-me: keeping the records', () => {
  it.each([
    [
      'PMP: PMI’s 18 months',
      rule('pmp'),
      'PMI',
      'Keep these records until at least 2028-06-30: PMI asks for the records of a cycle to be kept 18 months after it ends.',
    ],
    [
      'CISA: ISACA’s 12 months',
      rule('cisa'),
      'ISACA',
      'Keep these records until at least 2027-12-31: ISACA asks for the records of a cycle to be kept 12 months after it ends.',
    ],
    [
      'PMI-PMOCP: an assumed period says so',
      rule('pmi-pmocp'),
      'PMI',
      'Keep these records until at least 2028-06-30: 18 months after the cycle ends. PMI publishes no period for PMI-PMOCP; Ascent assumes the one of its other credentials, so check with PMI.',
    ],
    [
      'CSM: no period known',
      rule('csm'),
      'Scrum Alliance',
      'Ask your certifying body how long these records must be kept.',
    ],
  ])('%s', (_name, r, body, line) => {
    expect(readMe(r, body).split('\r\n')).toContain(line);
  });

  it('a period the user set is called theirs, not the body’s', () => {
    const own = applyOverrides(rule('pmp'), { recordRetentionMonths: 12 });
    if (!own.ok) throw new Error('override refused');
    const text = readMe(own.value, 'PMI');
    expect(text).toContain(
      'Keep these records until at least 2027-12-31: 12 months after the cycle ends, the period you set for PMP in Ascent.',
    );
    expect(text).not.toContain('PMI asks');
  });
});

describe('audit pack read-me: activities without evidence', () => {
  const row = (activityId: string): ClaimRow => ({
    activityId,
    provider: 'PMI',
    activityTitle: `Workshop ${activityId}`,
    startDate: '2025-03-10',
    completionDate: '2025-03-10',
    type: 'course-or-training',
    category: null,
    counted: {
      total: 1,
      byArea: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
      education: 1,
      givingBack: 0,
      general: 0,
      practitioner: false,
      category: null,
    },
    claimCode: '',
    claimStatus: 'earned',
  });
  const lineFor = (claimed: number) => {
    const rows = Array.from({ length: claimed + 1 }, (_, i) => row(String(i)));
    // Only the first activity has a file: the others are without.
    const plan = planAuditPack(rule('pmp'), cycle, rows, [
      { id: 'e0', activityId: '0', name: 'certificate.pdf' },
    ]);
    return readMeText({ acronym: 'PMP', body: 'PMI' }, plan, cycle).split('\r\n');
  };

  it.each([
    [1, '1 claimed activity has no evidence file yet (see index.csv).'],
    [2, '2 claimed activities have no evidence file yet (see index.csv).'],
  ])('%i without a file', (n, line) => {
    expect(lineFor(n)).toContain(line);
  });

  it('says when every activity has a file', () => {
    expect(lineFor(0)).toContain('Every claimed activity has at least one evidence file.');
  });
});
