import { describe, expect, it } from 'vitest';
import {
  credentialCatalog,
  findCredentialRule,
  MAKE_CONFIGURABLE,
  type CredentialRule,
  type Sourced,
} from '../../../../shared/catalog/credentials';

const get = (id: string): CredentialRule => {
  const rule = findCredentialRule(id);
  if (!rule) throw new Error(`missing ${id}`);
  return rule;
};

describe('"why this number?" (domain-facts preamble and §5)', () => {
  const sourcedValues = (rule: CredentialRule): Sourced<unknown>[] => {
    const out: Sourced<unknown>[] = [];
    const visit = (v: unknown) => {
      if (v && typeof v === 'object') {
        if ('confidence' in v && 'source' in v) out.push(v as Sourced<unknown>);
        else Object.values(v).forEach(visit);
      }
    };
    Object.values(rule).forEach(visit);
    return out;
  };

  it.each(credentialCatalog.map((r) => [r.id, r] as const))(
    '%s: every number has a confidence and a source',
    (_id, r) => {
      const values = sourcedValues(r);
      expect(values.length).toBeGreaterThan(0);
      for (const s of values) {
        expect(['A', 'B', 'C', 'M']).toContain(s.confidence);
        expect(s.source.length).toBeGreaterThan(5);
        if (s.value === null && s.confidence === 'M') expect(s.note).toContain(MAKE_CONFIGURABLE);
      }
    },
  );

  it('§5.1: PMP ends the day before the anniversary, with "same date" shown as the alternative', () => {
    const end = get('pmp').cycleEnd!;
    expect(end.value).toBe('day-before-anniversary');
    expect(end.disagreement?.facts).toBe('§5.1');
    expect(end.disagreement?.alternatives.map((a) => a.value)).toEqual(['anniversary']);
  });

  it('§5.2: the PMP carry-over cap says it comes from older texts', () => {
    expect(get('pmp').carryOverMax?.disagreement?.facts).toBe('§5.2');
  });

  it('§5.3: record retention 18 months, 12 shown as the older alternative', () => {
    const r = get('pmp').recordRetentionMonths!;
    expect([r.value, r.confidence, r.disagreement?.alternatives[0]?.value]).toEqual([18, 'A', 12]);
  });

  it('§5.4: PRINCE2 Foundation renews by 3 years, "never expires" shown as the alternative', () => {
    const r = get('prince2-foundation').cycleMonths!;
    expect(r.disagreement?.facts).toBe('§5.4');
    expect(r.disagreement?.alternatives[0]?.value).toBeNull();
  });

  it('cites the §6 pages where they apply', () => {
    expect(get('pmp').areaMin?.powerSkills.url).toContain('talent-triangle');
    expect(get('csm').total?.url).toBe(
      'https://certification.scrumalliance.org/renewal-requirements',
    );
    expect(get('cisa').total?.url).toContain('isaca.org');
    expect(get('pmi-pmocp').total?.url).toContain('pmi-pmocp');
  });
});
