import { useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import { scheduleStatus, weeklyProgress, type WeekStart } from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { formatDate } from '../../components/format';
import { useUndo } from '../../components/undo';
import { useStore } from '../../db/store-context';
import {
  deletePlan,
  replanPlan,
  restorePlan,
  type StudyBlockRow,
  type StudyPlanRow,
} from '../../db/repositories/study-plans';
import type { StudySessionRow } from '../../db/repositories/study-log';
import { saveFailureText } from '../experience/messages';
import { minutesText, replanFromText } from './messages';
import { ProgressChart } from './ProgressChart';

interface Props {
  plan: StudyPlanRow;
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  today: LocalDate;
  weekStart: WeekStart;
  week: WeeklyAvailability;
}

/** One plan: totals, plan against actual per week, and one action to re-plan when behind. */
export function PlanCard({ plan, blocks, sessions, today, weekStart, week }: Props) {
  const store = useStore();
  const offerUndo = useUndo();
  const [note, setNote] = useState('');
  const status = scheduleStatus(blocks, sessions, today, plan.replannedOn ?? plan.start);
  const studied = sessions.reduce((s, x) => s + x.minutes, 0);
  const planned = blocks.reduce((s, x) => s + x.minutes, 0);
  const weeks = weeklyProgress(blocks, sessions, plan.start, plan.deadline, weekStart);
  const short =
    plan.hoursNeeded * 60 -
    studied -
    blocks.filter((b) => b.date >= today).reduce((s, b) => s + b.minutes, 0);

  async function replan() {
    try {
      const r = await replanPlan(store, plan.id, week, today);
      setNote(
        !r
          ? ''
          : r.fits
            ? `Re-planned: ${minutesText(r.neededMinutes)} from ${replanFromText(r.from, today)} to the exam${
                r.fixedMinutes > 0
                  ? `, including ${minutesText(r.fixedMinutes)} in blocks you moved or changed, which stay where you put them`
                  : ''
              }.`
            : `Re-planned, but ${minutesText(r.shortfallMinutes)} do not fit before the exam. Edit the plan to add time or move the exam.`,
      );
    } catch (e) {
      setNote(saveFailureText(e));
    }
  }
  async function remove() {
    const deleted = await deletePlan(store, plan.id);
    if (deleted) offerUndo(`Plan “${plan.title}” deleted.`, () => restorePlan(store, deleted));
  }

  return (
    <article className="card study-plan" aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>{plan.title}</h3>
      <p>
        {formatDate(plan.start)} to {formatDate(plan.deadline)} · {plan.hoursNeeded} h needed ·{' '}
        {minutesText(studied)} studied · {minutesText(planned)} planned in all
      </p>
      {status.behind ? (
        <div className="study-behind" role="alert">
          <p>
            <strong>Behind schedule:</strong> {minutesText(status.behindMinutes)} less studied than
            planned so far.
          </p>
          <button type="button" onClick={replan}>
            Re-plan the remaining hours
          </button>
        </div>
      ) : (
        <p className="muted">On schedule.</p>
      )}
      {short > 0 && !status.behind && (
        <p className="muted">
          {minutesText(short)} of the plan are not on the calendar. Re-plan to lay them out.
        </p>
      )}
      <ProgressChart weeks={weeks} title={plan.title} />
      <div className="actions">
        <a className="button secondary" href={hrefFor('study', 'plan', plan.id)}>
          Edit plan
        </a>
        {!status.behind && (
          <button type="button" className="secondary" onClick={replan}>
            Re-plan from today
          </button>
        )}
        <button type="button" className="link-button" onClick={remove}>
          Delete plan
        </button>
      </div>
      <p role="status" className="muted">
        {note}
      </p>
    </article>
  );
}
