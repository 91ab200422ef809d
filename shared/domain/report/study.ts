/**
 * Study plan against actual (issue 8 part 1), from the study planner's tables (issue 7):
 * planned blocks and logged sessions inside the report's period, per plan. Minutes are
 * whole numbers, so the sums are exact.
 */
import type { LocalDate } from '../../dates';
import { inPeriod } from './period';
import { dateField, isRow, numberField, textField, type Row } from './rows';

export interface StudyPlanInfo {
  id: string;
  title: string;
  status: string;
  hoursNeeded: number | null;
}

export interface StudyTime {
  planId: string | null;
  date: LocalDate;
  minutes: number;
}

export interface StudyPlanLine {
  planId: string | null;
  title: string;
  status: string;
  hoursNeeded: number | null;
  plannedMinutes: number;
  actualMinutes: number;
}

export interface StudySection {
  /** One line per plan with time in the period, then time logged without a plan (planId null). */
  lines: StudyPlanLine[];
  totals: { plannedMinutes: number; actualMinutes: number; sessions: number };
}

/** Plans as the planner stores them; rows without an id are skipped. */
export function readStudyPlans(rows: readonly unknown[]): StudyPlanInfo[] {
  return rows.filter(isRow).flatMap((r) => {
    const id = textField(r, ['id']);
    if (!id) return [];
    return [
      {
        id,
        title: textField(r, ['title', 'name', 'examName']),
        status: textField(r, ['status']),
        hoursNeeded: numberField(r, ['hoursNeeded', 'targetHours', 'hours']),
      },
    ];
  });
}

function minutesOf(r: Row): number | null {
  const m = numberField(r, ['minutes', 'durationMinutes', 'actualMinutes', 'plannedMinutes']);
  if (m !== null) return Math.round(m);
  const h = numberField(r, ['hours', 'durationHours']);
  return h === null ? null : Math.round(h * 60);
}

/** Planned blocks or logged sessions; rows without a day or a duration are skipped. */
export function readStudyTime(rows: readonly unknown[]): StudyTime[] {
  return rows.filter(isRow).flatMap((r) => {
    const date = dateField(r, ['date', 'day', 'start', 'startedAt']);
    const minutes = minutesOf(r);
    if (date === null || minutes === null) return [];
    return [{ planId: textField(r, ['planId']) || null, date, minutes }];
  });
}

/**
 * Per plan: minutes planned (blocks) and minutes studied (sessions) in the period. Plans
 * with nothing in the period are left out; sessions logged without a known plan are
 * summed on a line of their own.
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
    const id = planId !== null && known.has(planId) ? planId : null;
    let l = lines.get(id);
    if (!l) {
      const p = id === null ? undefined : known.get(id);
      l = {
        planId: id,
        title: p?.title ?? '',
        status: p?.status ?? '',
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
