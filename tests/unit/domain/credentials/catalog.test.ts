import { describe, expect, it } from 'vitest';
import {
  credentialCatalog,
  findCredentialRule,
  MAKE_CONFIGURABLE,
  type Confidence,
  type CredentialRule,
  type Sourced,
} from '../../../../shared/catalog/credentials';

const get = (id: string): CredentialRule => {
  const rule = findCredentialRule(id);
  if (!rule) throw new Error(`missing ${id}`);
  return rule;
};

describe('the catalogue holds every credential of domain-facts.md', () => {
  it.each([
    [
      'PMI',
      [
        'capm',
        'pmp',
        'pgmp',
        'pfmp',
        'pmi-acp',
        'pmi-rmp',
        'pmi-sp',
        'pmi-pba',
        'pmi-pmocp',
        'disciplined-agile',
      ],
    ],
    ['PeopleCert', ['prince2-foundation', 'prince2-practitioner', 'prince2-agile']],
    ['ScrumAlliance', ['csm', 'cspo', 'csd', 'a-csm', 'a-cspo', 'csp-sm', 'csp-po']],
    ['IIBA', ['cbap', 'ccba']],
    ['ISACA', ['cisa', 'cism', 'crisc', 'cgeit']],
    ['CompTIA', ['comptia-project-plus']],
  ])('%s: %j', (body, ids) => {
    expect(
      credentialCatalog
        .filter((r) => r.body === body)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('has unique ids', () => {
    const ids = credentialCatalog.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

type Row = [string, number, number, number, number, number, number | null];

describe('PMI CCR numbers (domain-facts §1 table)', () => {
  it.each<Row>([
    ['pmp', 60, 35, 8, 25, 8, 20],
    ['pgmp', 60, 35, 8, 25, 8, 20],
    ['pfmp', 60, 35, 8, 25, 8, 20],
    ['pmi-pba', 60, 35, 8, 25, 8, 20],
    ['pmi-acp', 30, 18, 4, 12, 4, 10],
    ['pmi-rmp', 30, 18, 4, 12, 4, 10],
    ['pmi-sp', 30, 18, 4, 12, 4, 10],
    ['capm', 15, 9, 2, 6, 2, null],
  ])(
    '%s: total %i, education %i, %i per area, giving back %i, practitioner %i, carry-over %s',
    (id, total, edu, area, gb, prac, carry) => {
      const r = get(id);
      expect(r.cycleMonths?.value).toBe(36);
      expect(r.total?.value).toBe(total);
      expect(r.educationMin?.value).toBe(edu);
      expect(r.areaMin?.waysOfWorking.value).toBe(area);
      expect(r.areaMin?.powerSkills.value).toBe(area);
      expect(r.areaMin?.businessAcumen.value).toBe(area);
      expect(r.givingBackMax?.value).toBe(gb);
      expect(r.practitionerMax?.value).toBe(prac);
      expect(r.carryOverMax?.value).toBe(carry);
      expect(r.carryOverWindowMonths?.value).toBe(12);
      expect(r.suspensionMonths?.value).toBe(12);
      expect(r.unit).toBe('PDU');
    },
  );

  it.each<[string, string, Confidence]>([
    ['pmp', 'total', 'A'],
    ['pmp', 'educationMin', 'B'],
    ['pmi-acp', 'total', 'B'],
    ['pmi-rmp', 'total', 'B'],
    ['pmi-sp', 'total', 'B'],
    ['pmi-pmocp', 'recordRetentionMonths', 'M'],
    ['pmi-pmocp', 'carryOverWindowMonths', 'M'],
    ['disciplined-agile', 'recordRetentionMonths', 'M'],
    ['disciplined-agile', 'carryOverWindowMonths', 'M'],
    ['pmi-acp', 'carryOverMax', 'M'],
    ['pmi-rmp', 'carryOverMax', 'B'],
    ['capm', 'total', 'B'],
    ['capm', 'practitionerMax', 'C'],
    ['capm', 'carryOverMax', 'M'],
  ])('%s %s has confidence %s', (id, field, confidence) => {
    const value = get(id)[field as keyof CredentialRule] as Sourced<unknown>;
    expect(value.confidence).toBe(confidence);
  });

  it('gives CAPM area minimums confidence C (domain-facts §1)', () => {
    expect(get('capm').areaMin?.powerSkills.confidence).toBe('C');
  });

  it('lets Ways of Working count whole for PMP and CAPM, by allocation for the others', () => {
    const whole = credentialCatalog
      .filter((r) => r.waysOfWorkingDefault === 'all')
      .map((r) => r.id);
    expect(whole.sort()).toEqual(['capm', 'pmp']);
  });

  it.each(['pmi-pmocp', 'disciplined-agile'])(
    '%s has no published renewal numbers: null, M, configurable',
    (id) => {
      const r = get(id);
      for (const s of [
        r.total,
        r.educationMin,
        r.givingBackMax,
        r.practitionerMax,
        r.carryOverMax,
      ]) {
        expect(s).toMatchObject({ value: null, confidence: 'M' });
        expect(s?.note).toContain(MAKE_CONFIGURABLE);
      }
    },
  );

  it('makes Disciplined Agile a 1-year cycle (C) and PMI-PMOCP a 3-year one (M)', () => {
    expect(get('disciplined-agile')).toMatchObject({
      cycleKind: 'annual',
      cycleMonths: { value: 12, confidence: 'C' },
    });
    expect(get('pmi-pmocp')).toMatchObject({
      cycleKind: 'pmi-3y',
      cycleMonths: { value: 36, confidence: 'M' },
    });
  });
});

describe('other bodies (domain-facts §3, §4)', () => {
  it.each<[string, number | null, number | null, string, string]>([
    ['csm', 20, 10, 'SEU', 'scrum-2y'],
    ['cspo', 20, 10, 'SEU', 'scrum-2y'],
    ['a-csm', 30, 15, 'SEU', 'scrum-2y'],
    ['a-cspo', 30, 15, 'SEU', 'scrum-2y'],
    ['csp-sm', 40, 20, 'SEU', 'scrum-2y'],
    ['csp-po', 40, 20, 'SEU', 'scrum-2y'],
  ])('%s needs %i SEUs, adds %i as another track', (id, total, addOn, unit, kind) => {
    const r = get(id);
    expect([
      r.total?.value,
      r.multiTrackAddOn?.value,
      r.unit,
      r.cycleKind,
      r.cycleMonths?.value,
    ]).toEqual([total, addOn, unit, kind, 24]);
  });

  it.each(['cbap', 'ccba'])(
    '%s: 60 CDU in 3 years, 2 of 6 categories, the pre-2020 caps, 1 year suspended',
    (id) => {
      const r = get(id);
      expect([r.total?.value, r.unit, r.cycleMonths?.value, r.suspensionMonths?.value]).toEqual([
        60,
        'CDU',
        36,
        12,
      ]);
      expect(r.categories?.minDistinct?.value).toBe(2);
      expect(Object.fromEntries(r.categories!.list.map((c) => [c.id, c.cap?.value]))).toEqual({
        academic: 30,
        'professional-development': 30,
        'professional-activities': 30,
        'self-directed': 15,
        volunteer: 30,
        'professional-experience': 25,
      });
    },
  );

  it.each(['cisa', 'cism'])('%s: 20 CPE a calendar year, 120 a fixed 3-year period', (id) => {
    const r = get(id);
    expect([r.total?.value, r.periodic?.min.value, r.periodic?.period, r.unit]).toEqual([
      120,
      20,
      'calendar-year',
      'CPE',
    ]);
  });

  it.each(['prince2-foundation', 'prince2-practitioner', 'prince2-agile'])(
    '%s: renew-by 3 years, 20 CPD a year with 5 of professional experience, one suite',
    (id) => {
      const r = get(id);
      expect([r.cycleMonths?.value, r.cycleEnd?.value, r.periodic?.min.value, r.unit]).toEqual([
        36,
        'anniversary',
        20,
        'CPD',
      ]);
      expect(r.periodic?.categoryMins).toMatchObject([
        { id: 'professional-experience', min: { value: 5, confidence: 'C' } },
      ]);
      expect(r.suite).toBe('project-programme-portfolio');
    },
  );

  it('CompTIA Project+ is valid for life', () => {
    expect(get('comptia-project-plus')).toMatchObject({
      cycleKind: 'lifetime',
      unit: 'none',
      total: null,
    });
  });
});
