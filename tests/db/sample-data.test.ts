import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteStore, openStore, type Store } from '../../renderer/src/db/database';
import { DATABASE_NAME } from '../../renderer/src/db/schema';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import { listHeld, saveHeld, withRules } from '../../renderer/src/db/repositories/credentials';
import { listGoals, listRoles } from '../../renderer/src/db/repositories/career';
import { getProfile } from '../../renderer/src/db/repositories/profile';
import { addSession, listSessions } from '../../renderer/src/db/repositories/study-log';
import { listBlocks, listPlans, savePlan } from '../../renderer/src/db/repositories/study-plans';
import { readStudyWeek } from '../../renderer/src/db/repositories/study-week';
import {
  leaveSampleMode,
  SAMPLE_DATABASE_NAME,
} from '../../renderer/src/features/sample/sample-mode';
import { SAMPLE_NAME, seedSample } from '../../renderer/src/features/sample/seed-sample';
import { SAMPLE_PLAN_TITLE } from '../../renderer/src/features/sample/seed-study';
import { evaluateCurrentCycle } from '../../shared/domain/credits';
import { weekdays, type WeeklyAvailability } from '../../shared/domain/profile/profile';
import {
  draftFromPlan,
  planStanding,
  previewStudyPlan,
  weeklyProgress,
  weekStartOf,
  type PlanDraft,
} from '../../shared/domain/study';
import { dumpTables, freshName } from './helpers';

let store: Store | null = null;
afterEach(() => {
  store?.db.close();
  vi.unstubAllGlobals();
});

describe('the sample career', () => {
  it.each(['2026-11-22', '2028-02-29', '2027-01-01'])(
    'is written whole through the repositories on %s, with nothing in the future',
    async (today) => {
      store = await openStore(freshName('sample'));
      await seedSample(store, today);
      expect((await getProfile(store))?.name).toBe(SAMPLE_NAME);
      const held = await listHeld(store);
      expect(held.map((h) => h.credentialId).sort()).toEqual(['pmi-pmocp', 'pmp']);
      const activities = await listActivities(store);
      expect(activities.length).toBeGreaterThanOrEqual(10);
      expect(activities.every((a) => a.date <= today)).toBe(true);
      expect((await listRoles(store)).filter((r) => r.end === null)).toHaveLength(1);
      expect(await listGoals(store)).toHaveLength(1);
      expect(await store.db.table('courses').count()).toBe(1);
      expect(await store.db.table('eventSessions').count()).toBe(5);
      const [interaction] = await store.db.table('interactions').toArray();
      expect(interaction.followUp > today).toBe(true);
      expect(await store.db.table('memberships').count()).toBe(1);

      // The PMP's current cycle has earned credit to show.
      const pmp = withRules(held, []).find((h) => h.credential.credentialId === 'pmp')!;
      const cycle = evaluateCurrentCycle(pmp.rule, pmp.credential, activities, today);
      expect(cycle?.counted.total ?? 0).toBeGreaterThan(20);
    },
  );

  it.each(['2026-11-22', '2028-02-29', '2027-01-01', '2026-11-24', '2026-11-28'])(
    'has a study plan for the booked exam on %s: laid by the planner, with blocks this week and study logged',
    async (today) => {
      store = await openStore(freshName('sample-study'));
      await seedSample(store, today);
      const profile = (await getProfile(store))!;
      const pmocp = (await listHeld(store)).find((h) => h.credentialId === 'pmi-pmocp')!;
      const plans = await listPlans(store);
      expect(plans).toHaveLength(1);
      const plan = plans[0]!;
      expect(plan).toMatchObject({
        title: SAMPLE_PLAN_TITLE,
        target: { kind: 'exam', heldId: pmocp.id },
        deadline: pmocp.examDate,
        status: 'active',
      });
      expect(plan.start < weekStartOf(today, 'monday')).toBe(true);

      // The blocks are exactly what the planner lays for this plan from its start.
      const blocks = await listBlocks(store);
      const laid = previewStudyPlan(draftFromPlan(plan), profile.weeklyAvailability, plan.start)!;
      expect(laid.fits).toBe(true);
      expect(blocks.map(({ date, start, minutes }) => ({ date, start, minutes }))).toEqual(
        laid.blocks,
      );
      expect(blocks.every((b) => b.planId === plan.id && !b.edited)).toBe(true);

      // The week calendar and the dashboard card have this week's blocks, in either week.
      for (const weekStart of ['monday', 'sunday'] as const) {
        const week = await readStudyWeek(store, today, weekStart);
        expect(week.blocks.length).toBeGreaterThan(0);
        const [progress] = weeklyProgress(week.blocks, week.sessions, today, today, weekStart);
        expect(progress!.plannedMinutes).toBeGreaterThan(0);
      }

      // Study logged against the plan in the past weeks, never today or later.
      const sessions = await listSessions(store);
      expect(sessions.length).toBeGreaterThanOrEqual(10);
      expect(sessions.every((s) => s.planId === plan.id && s.topic !== '')).toBe(true);
      expect(sessions.every((s) => s.date >= plan.start && s.date < today)).toBe(true);
      expect(sessions.filter((s) => s.date < weekStartOf(today, 'monday')).length).toBe(
        blocks.filter((b) => b.date < weekStartOf(today, 'monday')).length,
      );
      const standing = planStanding({
        plan,
        availability: profile.weeklyAvailability,
        blocks,
        sessions,
        asOf: today,
      });
      expect(standing.code).toBe('ON_SCHEDULE');
    },
  );

  it('is removed in one action, study plan, blocks and sessions included, leaving the user’s own records as they were', async () => {
    // The user's own study: a plan towards a booked exam and a session logged for it.
    const today = '2026-11-25';
    const own = await openStore(DATABASE_NAME);
    const exam = await saveHeld(
      own,
      { credentialId: 'pmi-acp', stage: 'exam-booked', examDate: '2027-03-01' },
      today,
    );
    if (!exam.ok) throw new Error('own exam not saved');
    const draft: PlanDraft = {
      title: 'My PMI-ACP plan',
      target: `exam:${exam.value.id}`,
      hoursNeeded: '30',
      start: today,
      deadline: '2027-03-01',
      sessionMinutes: '60',
      bufferDays: '2',
      dayStart: '07:00',
      override: {
        ...Object.fromEntries(weekdays.map((d) => [d, ''])),
        mon: '1',
        wed: '1',
      } as PlanDraft['override'],
      blackouts: '',
    };
    const noTime = Object.fromEntries(weekdays.map((d) => [d, 0])) as WeeklyAvailability;
    const mine = await savePlan(own, draft, noTime, today);
    if (!mine.ok) throw new Error('own plan not saved');
    const session = { planId: mine.plan.id, date: today, minutes: 40, topic: 'My agile reading' };
    expect((await addSession(own, session, today)).ok).toBe(true);
    const before = await dumpTables(own.db);
    expect(before.studyBlocks!.length).toBeGreaterThan(0);

    const sample = await openStore(SAMPLE_DATABASE_NAME);
    await seedSample(sample, today);
    expect(await sample.db.table('studyPlans').count()).toBe(1);
    expect(await sample.db.table('studyBlocks').count()).toBeGreaterThan(0);
    expect(await sample.db.table('studySessions').count()).toBeGreaterThan(0);

    // "Remove sample data" (the page reload that follows is left out).
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { hash: '', reload } });
    await leaveSampleMode(() => sample.db.close());
    expect(reload).toHaveBeenCalledOnce();

    expect(await Dexie.getDatabaseNames()).not.toContain(SAMPLE_DATABASE_NAME);
    const after = await dumpTables(own.db);
    expect(after).toEqual(before);
    expect(after.studyPlans!.map((p) => (p as { title: string }).title)).toEqual([
      'My PMI-ACP plan',
    ]);
    own.db.close();
    await Dexie.delete(DATABASE_NAME);
  });

  it('refuses to delete the user’s own database', async () => {
    await expect(deleteStore(DATABASE_NAME)).rejects.toThrow(/never deleted/);
  });
});
