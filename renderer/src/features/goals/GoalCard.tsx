import { useEffect, useRef } from 'react';
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { goalProgress } from '../../../../shared/domain/goals';
import { goalDue, type GoalDue } from '../../../../shared/domain/goals/due';
import type { ReadinessInput } from '../../../../shared/domain/readiness';
import { formatDate } from '../../components/format';
import type { GoalRow } from '../../db/repositories/career';
import { ProgressBar } from '../credentials/charts';
import { credentialNamer } from '../ladder/credential-names';
import { useOwnCredentials } from '../ladder/use-own-credentials';
import { goalAmountText } from './goal-progress-words';
import { goalDueText, kindLabels, measureText, statusLabels } from './messages';
import { WriteButton } from '../../components/read-only';

interface Props {
  goal: GoalRow;
  input: ReadinessInput;
  plan: LadderPlan;
  onEdit: () => void;
  onDelete: () => void;
  /** Absent while the goal's form is open (its status field decides there). */
  onMarkAchieved?: () => void;
  /** Opened from a link to this goal (a reminder): the card takes the focus. */
  focused?: boolean;
}

/** " Target date 14 Mar 2027 (12 days left).", the days overdue in bold. */
function TargetDate({ date, due }: { date: string; due: GoalDue | null }) {
  const words = due && goalDueText(due);
  return (
    <>
      {' '}
      Target date {formatDate(date)}
      {words && <> ({due.code === 'OVERDUE' ? <strong>{words}</strong> : words})</>}.
    </>
  );
}

/**
 * One goal: computed progress (have of need), the days left to its target date (goalDue; overdue
 * ones in bold), milestones, overdue ones flagged; a goal that has reached its target while still
 * active offers to be marked achieved.
 */
export function GoalCard(props: Props) {
  const { goal, input, plan, onEdit, onDelete, onMarkAchieved, focused = false } = props;
  const p = goalProgress(goal, input, plan);
  // "12 days left", "due today", "3 days overdue": only while the goal is still to be achieved.
  const due = goalDue(goal, input.asOf, p.met);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
  const amount = goalAmountText(goal, p);
  // The person's own credentials by their acronyms (a deleted one said so), as the ladder does.
  const nameOf = credentialNamer(useOwnCredentials());
  const measure = measureText(goal.target, plan, nameOf);
  const titleOf = (id: string) => goal.milestones.find((m) => m.id === id)?.title ?? '';
  return (
    <section className="card" aria-labelledby={`goal-${goal.id}`}>
      <h2 id={`goal-${goal.id}`} ref={heading} tabIndex={-1}>
        {goal.title}
      </h2>
      <p>
        <span className="pill">{kindLabels[goal.kind]}</span>{' '}
        <span className="pill">{statusLabels[goal.status]}</span>
        {goal.targetDate && <TargetDate date={goal.targetDate} due={due} />}
      </p>
      {goal.why && <p className="muted">{goal.why}</p>}
      {measure && <p className="muted">{measure}</p>}
      <p>{amount}</p>
      <ProgressBar value={p.fraction * 100} target={100} label={`${goal.title}: ${amount}`} />
      {p.suggestAchieved && onMarkAchieved && (
        <>
          <p>Target reached: mark the goal as achieved when you are ready.</p>
          <div className="actions">
            <WriteButton
              type="button"
              onClick={() => {
                onMarkAchieved();
                // The button goes once the goal is achieved: keep the place on the card.
                heading.current?.focus();
              }}
            >
              Mark as achieved <span className="visually-hidden">{goal.title}</span>
            </WriteButton>
          </div>
        </>
      )}
      {p.milestones.total > 0 && (
        <p>
          Milestones: {p.milestones.done} of {p.milestones.total} done.
          {p.nextMilestone && ` Next due ${formatDate(p.nextMilestone.due)}.`}
        </p>
      )}
      {p.overdueMilestones.length > 0 && (
        <ul aria-label={`Overdue milestones of ${goal.title}`}>
          {p.overdueMilestones.map((m) => (
            <li key={m.milestoneId} className="error">
              Overdue: {titleOf(m.milestoneId)}, due {formatDate(m.due)} ({m.daysOverdue}{' '}
              {m.daysOverdue === 1 ? 'day' : 'days'} ago).
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onEdit}>
          Edit <span className="visually-hidden">{goal.title}</span>
        </button>
        <WriteButton type="button" className="secondary" onClick={onDelete}>
          Delete <span className="visually-hidden">{goal.title}</span>
        </WriteButton>
      </div>
    </section>
  );
}
