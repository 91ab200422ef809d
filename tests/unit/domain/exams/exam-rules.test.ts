// The exam catalogue against domain-facts.md §2, row by row (numbers typed from the table).
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  examIds,
  examRules,
  findExamRule,
  type ExamCondition,
} from '../../../../shared/catalog/exams';

/** A path as one line: education, experience months/window, hours, credentials. */
function line(c: ExamCondition): string {
  switch (c.kind) {
    case 'education':
      return `${c.minLevel.value}${c.gacAccredited ? '+gac' : ''}`;
    case 'experience':
      return `${c.experience} ${c.months.value}m/${c.windowMonths?.value ?? '-'}`;
    case 'training':
      return `${c.topic} ${c.hours.value}h`;
    case 'credential':
      return `${c.anyOf.value.join('|')} (${c.standing})`;
    case 'any-of':
      return `(${c.options.map(line).join(' or ')})`;
  }
}

const table: Record<string, Record<string, string[]>> = {
  capm: { standard: ['secondary', 'general 23h'] },
  pmp: {
    'gac-degree': ['bachelor+gac', 'leading-projects 24m/96', 'general 35h'],
    degree: ['bachelor', 'leading-projects 36m/96', '(general 35h or capm (good))'],
    secondary: ['secondary', 'leading-projects 60m/96', '(general 35h or capm (good))'],
  },
  'pmi-acp': { standard: ['secondary', 'agile 24m/60', 'agile 28h'] },
  pgmp: {
    degree: ['bachelor', '(leading-projects 48m/180 or pmp (good))', 'program 48m/180'],
    secondary: ['secondary', '(leading-projects 48m/180 or pmp (good))', 'program 84m/180'],
  },
  pfmp: {
    degree: ['bachelor', 'business 96m/180', 'portfolio 48m/180'],
    secondary: ['secondary', 'business 96m/180', 'portfolio 84m/180'],
  },
  'pmi-rmp': {
    degree: ['bachelor', 'risk 24m/60', 'risk 30h'],
    secondary: ['secondary', 'risk 36m/60', 'risk 40h'],
  },
  'pmi-sp': {
    degree: ['bachelor', 'scheduling 24m/60', 'scheduling 30h'],
    secondary: ['secondary', 'scheduling 36m/60', 'scheduling 40h'],
  },
  'pmi-pba': {
    degree: ['bachelor', 'business-analysis 36m/96', 'business-analysis 35h'],
    secondary: ['secondary', 'business-analysis 60m/96', 'business-analysis 35h'],
  },
  'pmi-pmocp': { standard: ['secondary', '(project 36m/- or pmp (good))', 'pmo 10h'] },
  'prince2-practitioner': {
    standard: ['prince2-foundation|pmp|capm|ipma-a|ipma-b|ipma-c|ipma-d (earned)'],
  },
};

describe('exam rules (domain-facts §2)', () => {
  it('has one rule per exam of §2, each a credential of the catalogue', () => {
    expect(examRules.map((r) => r.examId)).toEqual([...examIds]);
    for (const id of examIds) expect(findCredentialRule(id)?.id).toBe(id);
    expect(findExamRule('csm')).toBeUndefined();
  });

  it.each(Object.entries(table))('%s matches the table row by row', (examId, paths) => {
    const rule = findExamRule(examId)!;
    const actual = Object.fromEntries(rule.paths.map((p) => [p.id, p.conditions.map(line)]));
    expect(actual).toEqual(paths);
  });

  const confidence: Record<string, string> = {
    capm: 'B',
    'pmi-acp': 'C',
    pfmp: 'A',
    'pmi-rmp': 'B',
    'pmi-sp': 'B',
    'pmi-pba': 'B',
    'pmi-pmocp': 'A',
    'prince2-practitioner': 'C',
    pgmp: 'B',
  };
  it.each(Object.entries(confidence))('%s carries confidence %s on every number', (examId, c) => {
    const visit = (x: ExamCondition): string[] =>
      x.kind === 'any-of'
        ? x.options.flatMap(visit)
        : x.kind === 'education'
          ? [x.minLevel.confidence]
          : x.kind === 'experience'
            ? [x.months.confidence, x.windowMonths?.confidence ?? c]
            : x.kind === 'training'
              ? [x.hours.confidence]
              : [x.anyOf.confidence];
    const all = findExamRule(examId)!.paths.flatMap((p) => p.conditions.flatMap(visit));
    expect(new Set(all)).toEqual(new Set([c]));
  });

  it('marks the PMP GAC path C and the other PMP paths B', () => {
    const [gac, degree] = findExamRule('pmp')!.paths;
    expect(
      gac!.conditions.map((c) => (c.kind === 'experience' ? c.months.confidence : null)),
    ).toContain('C');
    expect(degree!.conditions[1]).toMatchObject({
      months: { confidence: 'B', source: expect.any(String) },
    });
  });

  it('gives PMI exams a one-year application validity and PRINCE2 none', () => {
    expect(findExamRule('pmp')!.applicationValidityMonths?.value).toBe(12);
    expect(findExamRule('prince2-practitioner')!.applicationValidityMonths).toBeNull();
  });
});
