import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LadderPlan } from '../../../shared/catalog/ladder-requirements';
import type { LocalDate } from '../../../shared/dates';
import { summariseEducation } from '../../../shared/domain/eligibility';
import type { LeadershipBefore, ReadinessInput } from '../../../shared/domain/readiness';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import type { Activity } from '../../../shared/domain/credits';
import { networkFacts, withCourseContactHours } from '../../../shared/domain/journal';
import { useReadinessJournal } from './journal-hooks';
import { useCreditData } from './credit-hooks';
import { useCreditSummary } from './credit-summary';
import { useKeptRead, useProfile } from './hooks';
import { useStore } from './store-context';
import {
  getContactHours,
  getLadderPlan,
  listAssessments,
  listDegrees,
  listGoals,
  listRoles,
  type AssessmentRow,
  type ContactHoursRow,
  type DegreeRow,
  type GoalRow,
  type RoleRow,
} from './repositories/career';

/** Work history, latest start first; `undefined` while loading. */
export function useRoles(): RoleRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => listRoles(store), [store]);
}

export function useDegrees(): DegreeRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => listDegrees(store), [store]);
}

/** `null` when never entered. */
export function useContactHours(): ContactHoursRow | null | undefined {
  const store = useStore();
  return useLiveQuery(() => getContactHours(store), [store]);
}

export function useAssessments(): AssessmentRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => listAssessments(store), [store]);
}

export function useGoals(): GoalRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => listGoals(store), [store]);
}

/** The user's ladder (the default one until edited). */
export function useLadderPlan(): LadderPlan | undefined {
  return useKeptRead('ladderPlan', getLadderPlan);
}

type CreditPart =
  | {
      withRules: HeldWithRule[];
      activities: readonly Activity[];
      leadershipBefore?: LeadershipBefore;
    }
  | undefined;

function useReadinessFrom(asOf: LocalDate, credit: CreditPart): ReadinessInput | undefined {
  const profile = useProfile();
  const degrees = useDegrees();
  const contact = useContactHours();
  const roles = useRoles();
  const assessments = useAssessments();
  const journal = useReadinessJournal();
  return useMemo(() => {
    if (profile === undefined || !credit || !degrees || contact === undefined) return undefined;
    if (!roles || !assessments || !journal) return undefined;
    return {
      asOf,
      education: summariseEducation(degrees, degrees.length === 0 ? profile : null),
      contactHours: withCourseContactHours(contact, journal.courses),
      roles: roles.length === 0 ? null : roles,
      held: credit.withRules,
      assessments,
      activities: credit.activities,
      ...(credit.leadershipBefore ? { leadershipBefore: credit.leadershipBefore } : {}),
      network: networkFacts(journal.events, journal.memberships, journal.mentors),
    };
  }, [asOf, profile, credit, degrees, contact, roles, assessments, journal]);
}

/**
 * Everything eligibility and readiness read, as of `asOf`; `undefined` while loading.
 * Education comes from the logged degrees, or the profile's answers when none is logged;
 * no roles or contact hours logged means "never entered" (null). The learning and network
 * journal adds its completed courses to the contact hours and gives the network facts.
 * `activities` is the whole credit log (the report evaluates cycles over it).
 */
export function useReadinessInput(asOf: LocalDate): ReadinessInput | undefined {
  return useReadinessFrom(asOf, useCreditData());
}

/**
 * The same input for readiness alone, with only the part of the log readiness reads
 * (readinessReads), from the start-up summary: the dashboard never waits for the whole log.
 */
export function useQuickReadinessInput(asOf: LocalDate): ReadinessInput | undefined {
  const summary = useCreditSummary(asOf);
  const credit = useMemo(
    () =>
      summary && {
        withRules: summary.withRules,
        activities: summary.readinessActivities,
        leadershipBefore: summary.leadershipBefore,
      },
    [summary],
  );
  return useReadinessFrom(asOf, credit);
}
