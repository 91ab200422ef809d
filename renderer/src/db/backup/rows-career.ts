/**
 * Row checks of the career ladder (issue 5): work history, degrees, contact hours, skill
 * self-assessments, goals and the user's edited ladder, each with every field the ladder,
 * eligibility, goals and dashboard screens read, in the shape renderer/src/db/repositories/
 * career.ts writes (the shared types of experience, eligibility, skills, goals and
 * ladder-requirements, plus the stamps). Only what the type marks optional may be absent.
 * This is a shape check: the form rules (a month not in the future, hours in quarter
 * steps…) stay with the forms, so a backup the app wrote is never refused here. One
 * consistency rule is checked: a role never ends before it starts (the month arithmetic of
 * experience counts negative months otherwise), which the role form never lets through.
 */
import { z } from 'zod';
import { areas } from '../../../../shared/catalog/credentials/types';
import type { CredentialStanding } from '../../../../shared/catalog/exams/types';
import type {
  LadderRungPlan,
  Requirement,
  RequirementBasis,
  RequirementKind,
  RequirementOf,
  RequirementPriority,
} from '../../../../shared/catalog/ladder-requirements';
import { isSkillLevel, skillIds, type SkillLevel } from '../../../../shared/catalog/skills/skills';
import {
  trainingTopics,
  type ContactCourse,
} from '../../../../shared/domain/eligibility/education';
import {
  isYearMonth,
  roleTypes,
  type Budget,
  type YearMonth,
} from '../../../../shared/domain/experience';
import {
  goalKinds,
  goalStatuses,
  goalUnits,
  type GoalMeasure,
  type GoalMeasureSource,
  type GoalTarget,
  type Milestone,
} from '../../../../shared/domain/goals/types';
import { educationLevels } from '../../../../shared/domain/profile/profile';
import type {
  AssessmentRow,
  ContactHoursRow,
  DegreeRow,
  GoalRow,
  LadderPlanRow,
  RoleRow,
} from '../repositories/career';
import { amount, id, localDate, recordOf, stamps, text, timestamp, wholeCount } from './row-fields';

/** Every value of a string union, checked complete at compile time (a missing key fails). */
const everyOf = <T extends string>(all: Record<T, true>) => Object.keys(all) as [T, ...T[]];

/** A calendar month, yyyy-MM (a role's first and last month). */
const yearMonth = z.custom<YearMonth>(isYearMonth, 'not a month (yyyy-MM)');
const skillLevel = z.custom<SkillLevel>(isSkillLevel, 'not a skill level (1 to 5)');
const skill = z.enum(skillIds);
const topic = z.enum(trainingTopics);
const roleType = z.enum(roleTypes);
/** Which roles count: some role types, or every role. */
const roleSelector = z.union([z.literal('any-role'), z.array(roleType)]);
const origin = z.enum(everyOf<LadderRungPlan['origin']>({ default: true, user: true }));

const budget = recordOf<Budget>()({ amount, currency: text });

const contactCourse = recordOf<ContactCourse>()({
  title: text,
  hours: amount,
  date: localDate.nullable(),
  topic: topic.optional(),
});

const milestone = recordOf<Milestone>()({
  id,
  title: text,
  due: localDate,
  doneOn: localDate.nullable(),
});

/** A discriminated union of one schema per variant (the record's keys are the variants). */
const unionOf = <V extends Record<string, z.ZodObject>>(key: string, variants: V) =>
  z.discriminatedUnion(key, Object.values(variants) as [V[keyof V], ...V[keyof V][]]);

type Measure<S extends GoalMeasureSource> = Extract<GoalMeasure, { source: S }>;
const measureOf = <S extends GoalMeasureSource>(source: S) => ({ source: z.literal(source) });

/** One schema per measure; a measure added to the type fails to compile until here. */
const measure = unionOf('source', {
  experience: recordOf<Measure<'experience'>>()({
    ...measureOf('experience'),
    roleTypes: roleSelector,
  }),
  'contact-hours': recordOf<Measure<'contact-hours'>>()({ ...measureOf('contact-hours'), topic }),
  'learning-credits': recordOf<Measure<'learning-credits'>>()({
    ...measureOf('learning-credits'),
    area: z.enum([...areas, 'all']),
  }),
  'leadership-training': recordOf<Measure<'leadership-training'>>()(
    measureOf('leadership-training'),
  ),
  skill: recordOf<Measure<'skill'>>()({ ...measureOf('skill'), skill }),
  credentials: recordOf<Measure<'credentials'>>()({
    ...measureOf('credentials'),
    anyOf: z.array(id),
  }),
  conferences: recordOf<Measure<'conferences'>>()(measureOf('conferences')),
  memberships: recordOf<Measure<'memberships'>>()(measureOf('memberships')),
  mentors: recordOf<Measure<'mentors'>>()(measureOf('mentors')),
  manual: recordOf<Measure<'manual'>>()({ ...measureOf('manual'), current: amount }),
} satisfies { [S in GoalMeasureSource]: z.ZodType<Measure<S>> }) satisfies z.ZodType<GoalMeasure>;

type Target<T extends GoalTarget['type']> = Extract<GoalTarget, { type: T }>;
const target = unionOf('type', {
  number: recordOf<Target<'number'>>()({
    type: z.literal('number'),
    value: amount,
    unit: z.enum(goalUnits),
    unitLabel: text.optional(),
    measure,
  }),
  requirement: recordOf<Target<'requirement'>>()({
    type: z.literal('requirement'),
    rungId: id,
    requirementId: id,
  }),
} satisfies { [T in GoalTarget['type']]: z.ZodType<Target<T>> }) satisfies z.ZodType<GoalTarget>;

/** The fields every requirement has, whatever its kind. */
const requirementBase = {
  id,
  priority: z.enum(everyOf<RequirementPriority>({ essential: true, recommended: true })),
  basis: recordOf<RequirementBasis>()({ source: text, note: text.optional() }),
  origin,
};
const kind = <K extends RequirementKind>(k: K) => ({ ...requirementBase, kind: z.literal(k) });
const ofKind = <K extends RequirementKind>() => recordOf<RequirementOf<K>>();

/** One schema per requirement kind; a kind added to the type fails to compile until here. */
const requirementKinds = {
  credential: ofKind<'credential'>()({
    ...kind('credential'),
    anyOf: z.array(id),
    count: wholeCount,
    standing: z.enum(everyOf<CredentialStanding>({ good: true, earned: true })),
  }),
  'education-level': ofKind<'education-level'>()({
    ...kind('education-level'),
    minLevel: z.enum(educationLevels),
  }),
  'pm-education-hours': ofKind<'pm-education-hours'>()({
    ...kind('pm-education-hours'),
    hours: amount,
    topic,
  }),
  experience: ofKind<'experience'>()({
    ...kind('experience'),
    roleTypes: roleSelector,
    months: wholeCount,
    windowMonths: wholeCount.nullable(),
  }),
  industries: ofKind<'industries'>()({
    ...kind('industries'),
    count: wholeCount,
    roleTypes: roleSelector,
  }),
  'team-size': ofKind<'team-size'>()({
    ...kind('team-size'),
    size: wholeCount,
    roleTypes: roleSelector,
  }),
  skill: ofKind<'skill'>()({ ...kind('skill'), skill, level: skillLevel }),
  conferences: ofKind<'conferences'>()({ ...kind('conferences'), perYear: wholeCount }),
  memberships: ofKind<'memberships'>()({ ...kind('memberships'), count: wholeCount }),
  mentors: ofKind<'mentors'>()({ ...kind('mentors'), count: wholeCount }),
  'continuous-learning': ofKind<'continuous-learning'>()({
    ...kind('continuous-learning'),
    area: z.enum(areas),
    hours: amount,
  }),
  'leadership-training': ofKind<'leadership-training'>()({
    ...kind('leadership-training'),
    hours: amount,
  }),
  custom: ofKind<'custom'>()({ ...kind('custom'), title: text, done: z.boolean() }),
} satisfies { [K in RequirementKind]: z.ZodType<RequirementOf<K>> };

const requirement = unionOf('kind', requirementKinds) satisfies z.ZodType<Requirement>;

const rung = recordOf<LadderRungPlan>()({
  id,
  level: z.number().int().min(1),
  name: text,
  typicalTitles: z.array(text),
  typicalYears: recordOf<LadderRungPlan['typicalYears']>()({ min: amount, max: amount.nullable() }),
  typicalCredentials: z.array(id),
  requirements: z.array(requirement),
  origin,
});

export const careerRowSchemas = {
  roles: recordOf<RoleRow>()({
    id,
    title: text,
    organisation: text,
    industry: text,
    start: yearMonth,
    end: yearMonth.nullable(),
    roleTypes: z.array(roleType),
    teamSize: wholeCount.nullish(),
    budget: budget.nullish(),
    description: text.optional(),
    ...stamps,
  }).refine((r) => r.end === null || r.end >= r.start, {
    message: 'ends before it starts',
    path: ['end'],
  }),
  degrees: recordOf<DegreeRow>()({
    id,
    level: z.enum(educationLevels),
    field: text,
    institution: text,
    year: wholeCount.nullable(),
    gacAccredited: z.boolean(),
    ...stamps,
  }),
  contactHours: recordOf<ContactHoursRow>()({
    id: z.literal('me'),
    hours: amount,
    courses: z.array(contactCourse).optional(),
    updatedAt: timestamp,
  }),
  skillAssessments: recordOf<AssessmentRow>()({
    id,
    skill,
    level: skillLevel,
    date: localDate,
    note: text.optional(),
    createdAt: timestamp,
  }),
  goals: recordOf<GoalRow>()({
    id,
    title: text,
    why: text.optional(),
    kind: z.enum(goalKinds),
    target: target.nullable(),
    startDate: localDate,
    targetDate: localDate.nullable(),
    milestones: z.array(milestone),
    status: z.enum(goalStatuses),
    ...stamps,
  }),
  ladderPlan: recordOf<LadderPlanRow>()({
    id: z.literal('me'),
    rungs: z.array(rung),
    updatedAt: timestamp,
  }),
} satisfies Record<string, z.ZodType>;
