/**
 * Study plan against actual (issue 8 part 1), from the study planner's records (issue 7,
 * shared/domain/study/types.ts): planned blocks and logged sessions inside the report's
 * period, per plan. Minutes are whole numbers in the planner's records, so the sums are exact.
 */
import { addDays, type LocalDate } from '../../dates';
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
  /**
   * Blocks in the period before the report date, to compare with actualMinutes (the Study
   * screen's "planned so far", scheduleStatus: the report date's own blocks may still be done
   * that day).
   */
  plannedMinutes: number;
  /** Sessions in the period up to the report date. */
  actualMinutes: number;
  /** Blocks in the period on or after the report date: still ahead, not yet comparable. */
  laterMinutes: number;
}

export interface StudySection {
  /**
   * One line per plan with time in the period, then time logged without a plan (planId
   * null).
   */
  lines: StudyPlanLine[];
  totals: { plannedMinutes: number; actualMinutes: number; sessions: number; laterMinutes: number };
  /**
   * The days from the report date on that hold planned blocks (their minutes are
   * totals.laterMinutes): from the report date itself when it holds one of them, else from the
   * day after it (or from the period's first day, if later), to the day of the last block in
   * the period, so a plan ending long before a credential
   * cycle is not said to run to the cycle's end; null when nothing is planned from the report
   * date on.
   */
  later: { from: LocalDate; to: LocalDate } | null;
}

/**
 * Per plan: minutes planned (blocks) and minutes studied (sessions) in the period, both ends
 * included (issue 8 part 1, "study plan vs actual"). Like is compared with like, as the Study
 * screen compares them (study/progress.ts, scheduleStatus): only blocks before the report date
 * `asOf` are set against the sessions up to and including it; the report date's own blocks,
 * which can still be studied that day, and those after it to the end of the period (a
 * credential cycle runs years ahead) are summed apart as still to come, dated up to the last
 * of them. Sessions dated after `asOf` are not counted. Plans with nothing in the period are left out; sessions without a plan, or whose
 * plan was deleted (issue 7: deleting a plan keeps its sessions, they happened), are summed on
 * a line of their own. An archived plan's blocks from `asOf` on are not still to come.
 */
export function studySection(
  plans: readonly StudyPlanInfo[],
  blocks: readonly StudyTime[],
  sessions: readonly StudyTime[],
  period: { from: LocalDate; to: LocalDate },
  asOf: LocalDate,
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
        laterMinutes: 0,
      };
      lines.set(id, l);
    }
    return l;
  };
  const inside = (t: StudyTime) => inPeriod(t.date, period);
  let lastBlock: LocalDate | null = null;
  let laterToday = false;
  for (const b of blocks.filter(inside)) {
    if (b.date < asOf) line(b.planId).plannedMinutes += b.minutes;
    // An archived plan's blocks ahead are no longer planned (the week and the calendar
    // export leave them out too); its earlier ones stay the record of what was planned.
    else if (b.planId !== null && known.get(b.planId)?.status === 'archived') continue;
    else {
      line(b.planId).laterMinutes += b.minutes;
      if (lastBlock === null || b.date > lastBlock) lastBlock = b.date;
      if (b.date === asOf) laterToday = true;
    }
  }
  const logged = sessions.filter((s) => inside(s) && s.date <= asOf);
  for (const s of logged) line(s.planId).actualMinutes += s.minutes;
  const ordered = [...lines.values()].sort((a, b) =>
    a.planId === null ? 1 : b.planId === null ? -1 : a.title.localeCompare(b.title),
  );
  const sum = (key: 'plannedMinutes' | 'actualMinutes' | 'laterMinutes') =>
    ordered.reduce((s, l) => s + l[key], 0);
  const laterMinutes = sum('laterMinutes');
  const firstLater = laterToday ? asOf : addDays(asOf, 1);
  return {
    lines: ordered,
    totals: {
      plannedMinutes: sum('plannedMinutes'),
      actualMinutes: sum('actualMinutes'),
      sessions: logged.length,
      laterMinutes,
    },
    later:
      laterMinutes > 0 && lastBlock !== null
        ? { from: firstLater > period.from ? firstLater : period.from, to: lastBlock }
        : null,
  };
}
