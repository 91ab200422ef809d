/**
 * Study plan against actual (issue 8 part 1), from the study planner's records (issue 7,
 * shared/domain/study/types.ts): planned blocks and logged sessions inside the report's
 * period, per plan. Minutes are whole numbers in the planner's records, so the sums are exact.
 */
import type { LocalDate } from '../../dates';
import type { PlanStatus, StudyPlan, StudySession } from '../study';
import { inPeriod } from './period';

/** The fields of a stored plan (StudyPlan) the report reads. */
export type StudyPlanInfo = Pick<StudyPlan, 'id' | 'title' | 'status' | 'hoursNeeded'>;

/** The fields of a stored block (StudyBlock) or session (StudySession) the report reads. */
export type StudyTime = Pick<StudySession, 'planId' | 'date' | 'minutes'>;

export interface StudyPlanLine {
  /** null: time logged without a plan, or for a plan that no longer exists. */
  planId: string | null;
  title: string;
  status: PlanStatus | null;
  hoursNeeded: number | null;
  plannedMinutes: number;
  actualMinutes: number;
}

export interface StudySection {
  /** One line per plan with time in the period, then time logged without a plan (planId null). */
  lines: StudyPlanLine[];
  totals: { plannedMinutes: number; actualMinutes: number; sessions: number };
}

/**
 * Per plan: minutes planned (blocks) and minutes studied (sessions) in the period, both ends
 * included (issue 8 part 1, "study plan vs actual"). Plans with nothing in the period are
 * left out; sessions without a plan, or whose plan was deleted (issue 7: deleting a plan
 * keeps its sessions, they happened), are summed on a line of their own.
 */
export function studySection(
  plans: readonly StudyPlanInfo[],
  blocks: readonly StudyTime[],
  sessions: readonly StudyTime[],
  period: { from: LocalDate; to: LocalDate },
): StudySection {
  const known = new Map(plans.map((p) => [p.id, p]));
  const lines = new Map<string | null, StudyPlanLine>();
  const line = (planId: string | null) => {
    const p = planId === null ? undefined : known.get(planId);
    const id = p ? p.id : null;
    let l = lines.get(id);
    if (!l) {
      l = {
        planId: id,
        title: p?.title ?? '',
        status: p?.status ?? null,
        hoursNeeded: p?.hoursNeeded ?? null,
        plannedMinutes: 0,
        actualMinutes: 0,
      };
      lines.set(id, l);
    }
    return l;
  };
  const inside = (t: StudyTime) => inPeriod(t.date, period);
  for (const b of blocks.filter(inside)) line(b.planId).plannedMinutes += b.minutes;
  const logged = sessions.filter(inside);
  for (const s of logged) line(s.planId).actualMinutes += s.minutes;
  const ordered = [...lines.values()].sort((a, b) =>
    a.planId === null ? 1 : b.planId === null ? -1 : a.title.localeCompare(b.title),
  );
  return {
    lines: ordered,
    totals: {
      plannedMinutes: ordered.reduce((s, l) => s + l.plannedMinutes, 0),
      actualMinutes: ordered.reduce((s, l) => s + l.actualMinutes, 0),
      sessions: logged.length,
    },
  };
}
