/**
 * The eligibility rule of every exam in domain-facts.md §2, row by row. Confidence per
 * row as the table gives it; the 'or' of a row (35 h or a CAPM, months or a PMP) is an
 * 'any-of' condition; the education alternatives are paths.
 */
import { sourced, type Citation } from '../credentials/sources';
import type { Confidence } from '../credentials/types';
import type { RoleType } from '../../domain/experience/role';
import { projectRoleTypes } from '../../domain/experience/role';
import type { TrainingTopic } from '../../domain/eligibility/education';
import type { EducationLevel } from '../../domain/profile/profile';
import { examCite } from './sources';
import type { ExamCondition, ExamPath, ExamRule, ExperienceKind } from './types';

type Src = [Confidence, Citation];
const B: Src = ['B', examCite.pmiHandbooks];

function education(level: EducationLevel, [c, cite]: Src, gac = false): ExamCondition {
  const minLevel = sourced(level, c, cite);
  return gac
    ? { kind: 'education', minLevel, gacAccredited: true }
    : { kind: 'education', minLevel };
}

const selectorOf: Record<ExperienceKind, readonly RoleType[] | 'any-role'> = {
  'leading-projects': ['leading-projects'],
  project: projectRoleTypes,
  program: ['program'],
  portfolio: ['portfolio'],
  business: 'any-role',
  agile: ['agile'],
  risk: ['risk'],
  scheduling: ['scheduling'],
  'business-analysis': ['business-analysis'],
};

function experience(
  kind: ExperienceKind,
  months: number,
  windowYears: number | null,
  [c, cite]: Src,
): ExamCondition {
  return {
    kind: 'experience',
    experience: kind,
    roleTypes: selectorOf[kind],
    months: sourced(months, c, cite),
    windowMonths:
      windowYears === null
        ? null
        : sourced(windowYears * 12, c, cite, { note: `last ${windowYears} years` }),
  };
}

function training(topic: TrainingTopic, hours: number, [c, cite]: Src): ExamCondition {
  return { kind: 'training', topic, hours: sourced(hours, c, cite) };
}

function credential(
  ids: readonly string[],
  standing: 'good' | 'earned',
  [c, cite]: Src,
  note?: string,
) {
  const anyOf = sourced(ids, c, cite, note ? { note } : {});
  return { kind: 'credential', anyOf, standing } as const;
}

const anyOf = (...options: ExamCondition[]): ExamCondition => ({ kind: 'any-of', options });
const path = (id: ExamPath['id'], ...conditions: ExamCondition[]): ExamPath => ({ id, conditions });
const pmiApplication = sourced(12, 'B', examCite.pmiApplication);

function pmi(examId: ExamRule['examId'], acronym: string, paths: ExamPath[]): ExamRule {
  return { examId, acronym, paths, applicationValidityMonths: pmiApplication };
}

/** PMI specialist rows (§2): degree / secondary → months of the speciality and hours. */
function specialist(
  examId: ExamRule['examId'],
  acronym: string,
  kind: ExperienceKind,
  topic: TrainingTopic,
  n: { degree: [number, number]; secondary: [number, number]; years: number },
): ExamRule {
  return pmi(examId, acronym, [
    path(
      'degree',
      education('bachelor', B),
      experience(kind, n.degree[0], n.years, B),
      training(topic, n.degree[1], B),
    ),
    path(
      'secondary',
      education('secondary', B),
      experience(kind, n.secondary[0], n.years, B),
      training(topic, n.secondary[1], B),
    ),
  ]);
}

const hours35OrCapm = anyOf(training('general', 35, B), credential(['capm'], 'good', B));
const C_GAC: Src = ['C', examCite.pmpGac];
const C_ACP: Src = ['C', examCite.pmiAcp];
const A_PFMP: Src = ['A', examCite.pfmp];
const A_PMOCP: Src = ['A', examCite.pmocp];
const C_PRINCE2: Src = ['C', examCite.prince2];

const pgmpProject = anyOf(
  experience('leading-projects', 48, 15, B),
  credential(['pmp'], 'good', B),
);

export const examRules: readonly ExamRule[] = [
  pmi('capm', 'CAPM', [path('standard', education('secondary', B), training('general', 23, B))]),
  pmi('pmp', 'PMP', [
    path(
      'gac-degree',
      education('bachelor', C_GAC, true),
      experience('leading-projects', 24, 8, C_GAC),
      training('general', 35, C_GAC),
    ),
    path(
      'degree',
      education('bachelor', B),
      experience('leading-projects', 36, 8, B),
      hours35OrCapm,
    ),
    path(
      'secondary',
      education('secondary', B),
      experience('leading-projects', 60, 8, B),
      hours35OrCapm,
    ),
  ]),
  {
    ...pmi('pmi-acp', 'PMI-ACP', [
      path(
        'standard',
        education('secondary', C_ACP),
        experience('agile', 24, 5, C_ACP),
        training('agile', 28, C_ACP),
      ),
    ]),
    disagreement: {
      facts: '§5.5',
      alternatives: [
        {
          value:
            '2,000 h general project experience + 1,500 h agile project experience + 21 h agile training',
          source: 'Older PMI-ACP handbook',
        },
      ],
      chosenBecause:
        'The newer rule is the one PMI applies to current applications; verify before applying',
    },
  },
  pmi('pgmp', 'PgMP', [
    path('degree', education('bachelor', B), pgmpProject, experience('program', 48, 15, B)),
    path('secondary', education('secondary', B), pgmpProject, experience('program', 84, 15, B)),
  ]),
  pmi('pfmp', 'PfMP', [
    path(
      'degree',
      education('bachelor', A_PFMP),
      experience('business', 96, 15, A_PFMP),
      experience('portfolio', 48, 15, A_PFMP),
    ),
    path(
      'secondary',
      education('secondary', A_PFMP),
      experience('business', 96, 15, A_PFMP),
      experience('portfolio', 84, 15, A_PFMP),
    ),
  ]),
  specialist('pmi-rmp', 'PMI-RMP', 'risk', 'risk', {
    degree: [24, 30],
    secondary: [36, 40],
    years: 5,
  }),
  specialist('pmi-sp', 'PMI-SP', 'scheduling', 'scheduling', {
    degree: [24, 30],
    secondary: [36, 40],
    years: 5,
  }),
  specialist('pmi-pba', 'PMI-PBA', 'business-analysis', 'business-analysis', {
    degree: [36, 35],
    secondary: [60, 35],
    years: 8,
  }),
  pmi('pmi-pmocp', 'PMI-PMOCP', [
    path(
      'standard',
      education('secondary', A_PMOCP),
      anyOf(experience('project', 36, null, A_PMOCP), credential(['pmp'], 'good', A_PMOCP)),
      training('pmo', 10, A_PMOCP),
    ),
  ]),
  {
    examId: 'prince2-practitioner',
    acronym: 'PRINCE2 Practitioner',
    applicationValidityMonths: null,
    paths: [
      path(
        'standard',
        credential(
          ['prince2-foundation', 'pmp', 'capm', 'ipma-a', 'ipma-b', 'ipma-c', 'ipma-d'],
          'earned',
          C_PRINCE2,
          // §2: either edition of Foundation lets you sit the Practitioner exam.
          'PRINCE2 Foundation of the 6th or the 7th edition counts.',
        ),
      ),
    ],
  },
];

/** The eligibility rule of an exam, or undefined when the catalogue has none. */
export function findExamRule(examId: string): ExamRule | undefined {
  return examRules.find((r) => r.examId === examId);
}
