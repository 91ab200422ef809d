/**
 * The default requirements of the five rungs (issue 5 part 1). Credentials and years come
 * from PRODUCT.md's ladder table; the kinds of experience, skills, network and learning
 * from the two seed texts; exam-related numbers from domain-facts.md §2. Skill levels,
 * network counts and hours are Ascent's defaults (no source publishes them), so every one
 * says so and the user can change it.
 */
import { areas } from '../credentials/types';
import type { CredentialStanding } from '../exams/types';
import { defaultLadder, type RungId } from '../ladder';
import type { SkillId, SkillLevel } from '../skills/skills';
import type { RoleSelector } from '../../domain/experience/role';
import { projectRoleTypes } from '../../domain/experience/role';
import type { LadderPlan, LadderRungPlan, Requirement, RequirementSpec } from './types';

const TABLE = 'Ascent’s PMO career ladder: typical titles, years and credentials per rung';
const SEED_000 = 'Career guidance on becoming a PMO professional';
const SEED_002 = 'Career guidance on becoming a PMO Director';
const FACTS = 'Exam eligibility rules (the Eligibility screen names each source)';
const ASCENT = 'Ascent default: no source gives a number; change it to suit your organisation';
const TYPICAL_YEARS = 'Ascent default: the lower end of the typical years in the table';

type Row = [id: string, priority: Requirement['priority'], source: string, spec: RequirementSpec];

const e = (id: string, source: string, spec: RequirementSpec): Row => [
  id,
  'essential',
  source,
  spec,
];
const r = (id: string, source: string, spec: RequirementSpec): Row => [
  id,
  'recommended',
  source,
  spec,
];

const cred = (anyOf: string[], standing: CredentialStanding = 'good'): RequirementSpec => ({
  kind: 'credential',
  anyOf,
  count: 1,
  standing,
});
const exp = (roleTypes: RoleSelector, months: number): RequirementSpec => ({
  kind: 'experience',
  roleTypes,
  months,
  windowMonths: null,
});
const hours = (n: number): RequirementSpec => ({
  kind: 'pm-education-hours',
  hours: n,
  topic: 'general',
});

function skills(levels: Partial<Record<SkillId, SkillLevel>>): Row[] {
  return Object.entries(levels).map(([skill, level]) =>
    e(`skill-${skill}`, SEED_000, { kind: 'skill', skill: skill as SkillId, level: level! }),
  );
}

function learning(perArea: number): Row[] {
  return areas.map((area) =>
    e(`learning-${area}`, SEED_000, { kind: 'continuous-learning', area, hours: perArea }),
  );
}

function network(conferences: number, conferencePriority: 'e' | 'r', mentors: 'e' | 'r'): Row[] {
  const c = conferencePriority === 'e' ? e : r;
  const m = mentors === 'e' ? e : r;
  return [
    c('conferences', SEED_002, { kind: 'conferences', perYear: conferences }),
    e('memberships', SEED_000, { kind: 'memberships', count: 1 }),
    m('mentors', SEED_002, { kind: 'mentors', count: 1 }),
  ];
}

const leaderRoles: RoleSelector = ['leading-projects', 'program', 'portfolio', 'pmo'];

const rows: Record<RungId, Row[]> = {
  'project-support': [
    // A higher credential also shows the basics; any earned one counts on the first rung.
    e(
      'credential',
      TABLE,
      cred(['capm', 'prince2-foundation', 'pmp', 'prince2-practitioner'], 'earned'),
    ),
    e('education', FACTS, { kind: 'education-level', minLevel: 'secondary' }),
    e('pm-education', FACTS, hours(23)),
    ...skills({ organisational: 2, communication: 2, technicalTools: 2 }),
    r('memberships', SEED_000, { kind: 'memberships', count: 1 }),
  ],
  'pmo-analyst': [
    e('credential', TABLE, cred(['pmp', 'prince2-practitioner', 'pmi-pmocp'])),
    e('education', FACTS, { kind: 'education-level', minLevel: 'secondary' }),
    r('degree', SEED_000, { kind: 'education-level', minLevel: 'bachelor' }),
    e('pm-education', FACTS, hours(35)),
    e('experience-project', TABLE, exp(projectRoleTypes, 24)),
    r('experience-pmo', SEED_000, exp(['pmo'], 12)),
    ...skills({
      analytical: 3,
      organisational: 3,
      communication: 3,
      technicalTools: 3,
      leadership: 2,
    }),
    ...network(1, 'r', 'r'),
    ...learning(2),
  ],
  'project-manager': [
    e('credential', TABLE, cred(['pmp', 'prince2-practitioner'])),
    r('credential-agile', TABLE, cred(['pmi-acp'])),
    r('degree', SEED_002, { kind: 'education-level', minLevel: 'bachelor' }),
    e('pm-education', FACTS, hours(35)),
    e('experience-leading', TABLE, exp(['leading-projects'], 36)),
    ...skills({
      leadership: 3,
      communication: 4,
      analytical: 3,
      organisational: 4,
      technicalTools: 3,
      businessAcumen: 2,
      adaptability: 3,
    }),
    ...network(1, 'e', 'r'),
    ...learning(3),
    r('leadership-training', SEED_002, { kind: 'leadership-training', hours: 8 }),
  ],
  'pmo-manager': [
    e('credential', TABLE, cred(['pmp'])),
    e(
      'credential-second',
      TABLE,
      cred([
        'pmi-pmocp',
        'pgmp',
        'pfmp',
        'pmi-acp',
        'pmi-rmp',
        'pmi-sp',
        'pmi-pba',
        'prince2-practitioner',
      ]),
    ),
    e('degree', SEED_002, { kind: 'education-level', minLevel: 'bachelor' }),
    e('experience-project', TABLE, exp(projectRoleTypes, 72)),
    e('experience-leading', TABLE, exp(['leading-projects'], 36)),
    e('experience-pmo', SEED_000, exp(['pmo'], 24)),
    r('experience-program', TABLE, exp(['program'], 12)),
    r('industries', SEED_002, { kind: 'industries', count: 2, roleTypes: projectRoleTypes }),
    ...skills({
      leadership: 4,
      communication: 4,
      analytical: 4,
      organisational: 4,
      technicalTools: 3,
      businessAcumen: 3,
      adaptability: 4,
      organisationalChange: 3,
    }),
    ...network(1, 'e', 'e'),
    ...learning(4),
    e('leadership-training', SEED_002, { kind: 'leadership-training', hours: 16 }),
  ],
  'pmo-director': [
    e('credential', TABLE, cred(['pmp'])),
    e('credential-advanced', TABLE, cred(['pgmp', 'pfmp'])),
    e('degree', SEED_002, { kind: 'education-level', minLevel: 'bachelor' }),
    r('masters', TABLE, { kind: 'education-level', minLevel: 'master' }),
    e('experience-project', TABLE, exp(projectRoleTypes, 120)),
    e('experience-leading', SEED_002, exp(['leading-projects'], 60)),
    e('experience-pmo', SEED_000, exp(['pmo'], 36)),
    e('experience-program', SEED_000, exp(['program', 'portfolio'], 48)),
    e('industries', SEED_002, { kind: 'industries', count: 2, roleTypes: projectRoleTypes }),
    r('team-size', SEED_002, { kind: 'team-size', size: 10, roleTypes: leaderRoles }),
    ...skills({
      leadership: 5,
      communication: 5,
      analytical: 4,
      organisational: 4,
      technicalTools: 3,
      businessAcumen: 4,
      adaptability: 4,
      organisationalChange: 4,
    }),
    ...network(2, 'e', 'e'),
    ...learning(5),
    e('leadership-training', SEED_002, { kind: 'leadership-training', hours: 24 }),
  ],
};

/** Numbers that come from a source as they are; everything else is an Ascent default. */
function isFromSource(source: string, spec: RequirementSpec): boolean {
  return source === FACTS || spec.kind === 'credential' || spec.kind === 'education-level';
}

function toRequirement([id, priority, source, spec]: Row): Requirement {
  const note = source === TABLE && spec.kind === 'experience' ? TYPICAL_YEARS : ASCENT;
  const basis = isFromSource(source, spec) ? { source } : { source, note };
  return { ...spec, id, priority, basis, origin: 'default' } as Requirement;
}

/** The default requirements of a default rung (PRODUCT.md ladder; seeds; §2). */
export function defaultRequirements(rungId: RungId): Requirement[] {
  return rows[rungId].map(toRequirement);
}

/** A default rung with its default requirements. */
export function defaultRungPlan(rungId: RungId): LadderRungPlan {
  const rung = defaultLadder.rungs.find((x) => x.id === rungId)!;
  return { ...rung, requirements: defaultRequirements(rungId), origin: 'default' };
}

/**
 * The default ladder with requirements: PRODUCT.md's five rungs (shared/catalog/ladder.ts,
 * extended by composition) and the requirements above. A fresh value on every call.
 */
export function defaultLadderPlan(): LadderPlan {
  return { id: defaultLadder.id, rungs: defaultLadder.rungs.map((x) => defaultRungPlan(x.id)) };
}
