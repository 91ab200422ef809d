/**
 * The sample career's study plan: preparing for the booked PMI-PMOCP exam, started six weeks
 * ago. The plan is saved through the study repository, so its blocks are laid by the app's
 * own planner exactly as when a user creates a plan that day; the sittings already past are
 * then logged as study sessions, so the week calendar, the plan's progress and the
 * dashboard's week card all have something to show.
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import { weekdays, type WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../../shared/domain/study';
import type { Store } from '../../db/database';
import { addSession } from '../../db/repositories/study-log';
import { listBlocks, savePlan } from '../../db/repositories/study-plans';

export const SAMPLE_PLAN_TITLE = 'PMI-PMOCP exam preparation';

/** What each past sitting covered, in turn. */
const topics = [
  'PMO operating models',
  'Governance and decision rights',
  'Practice questions: PMO value',
  'Portfolio prioritisation',
  'Resource and capacity planning',
  'Reporting and dashboards',
  'Practice questions: governance',
  'Benefits tracking',
  'Change and adoption',
  'Mock exam review',
];

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`The sample ${what} could not be saved.`);
  return result;
}

/**
 * Adds the plan towards the exam of the held credential `heldId` on `examDate`, with the
 * sample profile's weekly availability, and the study logged for it before `today`.
 */
export async function seedStudy(
  store: Store,
  today: LocalDate,
  heldId: string,
  examDate: LocalDate,
  week: WeeklyAvailability,
): Promise<void> {
  const start = addDays(today, -42);
  const draft: PlanDraft = {
    title: SAMPLE_PLAN_TITLE,
    target: `exam:${heldId}`,
    hoursNeeded: '80',
    start,
    deadline: examDate,
    sessionMinutes: '60',
    bufferDays: '3',
    dayStart: '19:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  // Saved as on the day the plan was made: its blocks are laid from its start.
  const saved = must(await savePlan(store, draft, week, start), 'study plan');
  if (!saved.ok) return;
  const planId = saved.plan.id;
  const past = (await listBlocks(store)).filter((b) => b.planId === planId && b.date < today);
  // One sitting cut short and made up at the next, so the log reads like a real one while
  // the plan stays on schedule.
  const short = past.findLastIndex((b, i) => b.minutes > 15 && i < past.length - 2);
  for (const [i, block] of past.entries()) {
    const change = short < 0 ? 0 : i === short ? -15 : i === short + 1 ? 15 : 0;
    const minutes = block.minutes + change;
    const topic = topics[i % topics.length]!;
    must(
      await addSession(store, { planId, date: block.date, minutes, topic }, today),
      'study session',
    );
  }
}
