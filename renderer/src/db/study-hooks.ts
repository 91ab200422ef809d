/**
 * What the study screens read (issue 7), through live queries: `undefined` while loading.
 * The journal's tables (courses, events, network follow-ups, memberships) are read
 * defensively, field by field, so a row in any shape still reads and an empty table simply
 * adds nothing.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isLocalDate, type LocalDate } from '../../../shared/dates';
import { goalLogReadsFrom, metGoalIds } from '../../../shared/domain/goals';
import { openFollowUps } from '../../../shared/domain/journal';
import type { CycleEvaluation } from '../../../shared/domain/credits';
import { readinessReads } from '../../../shared/domain/readiness';
import { applicationEndOf } from '../../../shared/domain/credentials';
import {
  collectDeadlines,
  type Deadline,
  type DeadlineSources,
  type WeekStart,
  yearlyMinimumDue,
} from '../../../shared/domain/study';
import { useGoals, useLadderPlan, useQuickReadinessInput } from './career-hooks';
import { useCreditSummary } from './credit-summary';
import { useStore } from './store-context';
import type { Store } from './database';
import { listActivitiesBetween } from './repositories/activities';
import type { GoalRow } from './repositories/career';
import { listEvents } from './repositories/journal';
import {
  contactsById,
  followUpThreads,
  listOpenCourses,
  listRenewingMemberships,
} from './repositories/journal-due';
import {
  listBlocks,
  listPlans,
  type StudyBlockRow,
  type StudyPlanRow,
} from './repositories/study-plans';
import {
  getTimer,
  listSessions,
  type StudySessionRow,
  type TimerRow,
} from './repositories/study-log';
import { readStudyWeek, type StudyWeek } from './repositories/study-week';

export interface StudyData {
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  timer: TimerRow | null;
}

export function useStudyData(): StudyData | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const [plans, blocks, sessions, timer] = await Promise.all([
      listPlans(store),
      listBlocks(store),
      listSessions(store),
      getTimer(store),
    ]);
    return { plans, blocks, sessions, timer };
  }, [store]);
}

/**
 * The dashboard's week of study (issue 9): the plans and the blocks and sessions dated in the
 * week of `asOf` only (readStudyWeek); `undefined` while loading or while the week start
 * (Settings) is.
 */
export function useStudyWeek(
  asOf: LocalDate,
  weekStart: WeekStart | undefined,
): StudyWeek | undefined {
  const store = useStore();
  return useLiveQuery(
    () => (weekStart ? readStudyWeek(store, asOf, weekStart) : undefined),
    [store, asOf, weekStart],
  );
}

type Loose = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const day = (v: unknown): LocalDate | null => (isLocalDate(v) ? v : null);
/** The row's last change, for the calendar export's SEQUENCE; absent when not a string. */
const changed = (row: { updatedAt?: unknown }) =>
  typeof row.updatedAt === 'string' ? { changedAt: row.updatedAt } : {};

/**
 * The last change of any of the rows (ISO timestamps order as text): a cycle end moves when
 * the held credential changes and when the custom credential it is built from is edited, so
 * its calendar SEQUENCE follows the later of the two.
 */
export function latestChange(...rows: readonly ({ updatedAt?: unknown } | undefined)[]) {
  const stamps = rows.map((r) => r?.updatedAt).filter((v): v is string => typeof v === 'string');
  return stamps.length === 0 ? {} : { changedAt: stamps.reduce((a, b) => (b > a ? b : a)) };
}

type JournalSources = Pick<DeadlineSources, 'courses' | 'events' | 'followUps' | 'memberships'>;

/**
 * Courses not finished or dropped (their start), events (their start), follow-ups not yet
 * answered by a later contact with the same person, and memberships with a renewal day. Only
 * those rows are read (issue 9): the open courses by their status, the planned follow-ups with
 * every interaction with the same contacts (what decides whether they are open) and the names
 * of those contacts, the memberships by their renewal index.
 */
export async function journalSources(store: Store): Promise<JournalSources> {
  const [courses, events, interactions, memberships] = await Promise.all([
    listOpenCourses(store),
    listEvents(store),
    followUpThreads(store, null),
    listRenewingMemberships(store),
  ]);
  const dated = <T extends { date: LocalDate | null }>(x: T): x is T & { date: LocalDate } =>
    x.date !== null;
  const contactsSeen = (interactions as unknown as Loose[])
    .map((i) => ({
      row: i,
      contactId: text(i.contactId),
      date: day(i.date),
      followUp: day(i.followUp),
      ...(typeof i.createdAt === 'string' ? { createdAt: i.createdAt } : {}),
    }))
    .filter(dated);
  const open = openFollowUps(contactsSeen);
  const contacts = await contactsById(
    store,
    open.map((i) => i.contactId),
  );
  const names = new Map(contacts.map((c) => [text(c.id), text(c.name)]));
  return {
    courses: (courses as unknown as Loose[])
      .filter((c) => c.status !== 'completed' && c.status !== 'dropped')
      .map((c) => ({
        id: text(c.id),
        title: text(c.title) || 'Course',
        date: day(c.start),
        ...changed(c),
      }))
      .filter(dated),
    events: (events as unknown as Loose[])
      .map((e) => ({
        id: text(e.id),
        title: text(e.name) || text(e.title) || 'Event',
        date: day(e.start),
        ...changed(e),
      }))
      .filter(dated),
    followUps: open.map((i) => ({
      id: text(i.row.id),
      title: names.get(i.contactId) || 'a contact',
      date: i.followUp,
      ...changed(i.row),
    })),
    memberships: (memberships as unknown as Loose[]).map((m) => ({
      id: text(m.id),
      organisation: text(m.organisation) || 'Membership',
      renewal: day(m.renewal),
      endedOn: day(m.endedOn),
      ...changed(m),
    })),
  };
}

/**
 * The active goals that have reached their target on `asOf` (metGoalIds), judged from the
 * start-up summary's part of the credit log — the reminders run in every screen and must not
 * wait for the whole log — plus, for a goal counting learning credits from before that part,
 * the entries from its start (goalLogReadsFrom). `undefined` while loading.
 */
function useMetGoals(asOf: LocalDate, goals: GoalRow[] | undefined): Set<string> | undefined {
  const store = useStore();
  const plan = useLadderPlan();
  const input = useQuickReadinessInput(asOf);
  const earlierFrom = goals ? goalLogReadsFrom(goals, asOf) : null;
  const windowFrom = readinessReads(asOf).from;
  const earlier = useLiveQuery(
    () => (earlierFrom ? listActivitiesBetween(store, earlierFrom, windowFrom) : []),
    [store, earlierFrom, windowFrom],
  );
  return useMemo(() => {
    if (!goals || !plan || !input || !earlier) return undefined;
    const all =
      earlier.length === 0 ? input : { ...input, activities: [...input.activities, ...earlier] };
    return metGoalIds(goals, all, plan);
  }, [goals, plan, input, earlier]);
}

const cycleEnd = (ev: CycleEvaluation | null | undefined) =>
  ev ? { end: ev.end, ...(ev.status === 'renew-by-exam' ? { byExam: true } : {}) } : {};

/** Every deadline the calendar and the reminders show; `undefined` while loading. */
export function useDeadlines(asOf: LocalDate): Deadline[] | undefined {
  const store = useStore();
  const credit = useCreditSummary(asOf);
  const goals = useGoals();
  const met = useMetGoals(asOf, goals);
  const journal = useLiveQuery(() => journalSources(store), [store]);
  return useMemo(() => {
    if (!credit || !goals || !met || !journal) return undefined;
    const nameOf = new Map(credit.withRules.map((h) => [h.credential.id, h.rule.acronym]));
    const rows = new Map(credit.held.map((h) => [h.id, h]));
    const customs = new Map(credit.custom.map((c) => [c.id, c]));
    return collectDeadlines({
      cycles: credit.withRules.map((h) => ({
        heldId: h.credential.id,
        name: nameOf.get(h.credential.id) ?? '',
        deadline: credit.evaluations.get(h.credential.id)?.deadline ?? null,
        // Past it, the deadline is the day to renew by (the credential is suspended).
        ...cycleEnd(credit.evaluations.get(h.credential.id)),
        // The current year's minimum, while not met (PeopleCert CPD year, ISACA calendar year).
        yearlyMinimum: yearlyMinimumDue(credit.evaluations.get(h.credential.id), asOf, h.rule),
        ...latestChange(
          rows.get(h.credential.id),
          customs.get(rows.get(h.credential.id)?.credentialId ?? ''),
        ),
      })),
      exams: credit.held
        .filter((h) => h.stage !== 'earned')
        .map((h) => ({
          heldId: h.id,
          name: nameOf.get(h.id) ?? '',
          date: h.examDate,
          applicationEnd: applicationEndOf(h, asOf),
          ...changed(h),
        })),
      goals: goals.map((g) => ({ ...g, ...changed(g), met: met.has(g.id) })),
      ...journal,
    });
  }, [credit, goals, met, journal, asOf]);
}
