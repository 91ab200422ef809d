/**
 * Part (a): the whole domain over the career, in Node with the pure shared/ functions — every
 * cycle of every held credential, every exam's eligibility verdict, readiness for every rung.
 */
import { defaultLadderPlan } from '../../shared/catalog/ladder-requirements';
import type { LocalDate } from '../../shared/dates';
import { evaluateCycles, type Activity } from '../../shared/domain/credits';
import { evaluateAllExams, summariseEducation } from '../../shared/domain/eligibility';
import { ladderReadiness, type ReadinessInput } from '../../shared/domain/readiness';
import type { TableRows } from '../../renderer/src/db/backup/format';
import { withRules, type HeldRow } from '../../renderer/src/db/repositories/credentials';
import type {
  ContactHoursRow,
  DegreeRow,
  RoleRow,
} from '../../renderer/src/db/repositories/career';
import type { SkillAssessment } from '../../shared/domain/skills';

/**
 * The log in the order the app reads it: through the date index, which gives equal dates in
 * id order (the primary key). Every read the domain is fed from goes through that index.
 */
function inReadOrder(activities: readonly Activity[]): Activity[] {
  return [...activities].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export function readinessInputOf(tables: TableRows, asOf: LocalDate): ReadinessInput {
  const held = withRules(tables.credentials as unknown as HeldRow[], []);
  return {
    asOf,
    education: summariseEducation(tables.degrees as unknown as DegreeRow[], null),
    contactHours: (tables.contactHours?.[0] ?? null) as ContactHoursRow | null,
    roles: tables.roles as unknown as RoleRow[],
    held,
    assessments: tables.skillAssessments as unknown as SkillAssessment[],
    activities: inReadOrder(tables.activities as unknown as Activity[]),
    network: { conferences: [], memberships: [], mentors: [] },
  };
}

/** One full evaluation; returns how many cycles were judged (so the work cannot be skipped). */
export function evaluateEverything(input: ReadinessInput): number {
  let cycles = 0;
  for (const h of input.held) {
    cycles += evaluateCycles(h.rule, h.credential, input.activities, input.asOf, {
      alsoHeld: input.held,
    }).length;
  }
  const exams = evaluateAllExams(input);
  const rungs = ladderReadiness(defaultLadderPlan(), input);
  return cycles + exams.length * 0 + rungs.length * 0;
}
