import { useRef, useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  effectiveAvailability,
  planFigures,
  planStanding,
  studiedBeforeRelay,
  weeklyProgress,
  type RemovedBlock,
  type WeekStart,
} from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { formatDate } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import { afterRemoval, focusSoon, pageHeading, sameControl } from '../../components/focus-soon';
import { useStore } from '../../db/store-context';
import {
  archivePlan,
  deletePlan,
  replanPlan,
  restorePlan,
  unarchivePlan,
  type StudyBlockRow,
  type StudyPlanRow,
} from '../../db/repositories/study-plans';
import type { StudySessionRow } from '../../db/repositories/study-log';
import { saveFailureText } from '../experience/messages';
import { deadlineWords, minutesText, replanFromText } from './messages';
import { PlanStandingNote } from './PlanStandingNote';
import { targetGoneText, targetValue, usePlanTarget } from './plan-target';
import { ProgressChart } from './ProgressChart';
import { WriteButton } from '../../components/read-only';

interface Props {
  plan: StudyPlanRow;
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  /** The blocks the user removed (any plan's): a re-plan keeps their time free. */
  removed?: readonly RemovedBlock[];
  today: LocalDate;
  weekStart: WeekStart;
  week: WeeklyAvailability;
}

/**
 * One plan: totals, where it stands (behind, on schedule, hours a re-plan would lay out or
 * hours that do not fit), plan against actual per week, and the actions that can help. An
 * archived plan is shown compact: its dates and hours, "Make active again" and "Delete plan".
 */
export function PlanCard({ plan, blocks, sessions, removed, today, weekStart, week }: Props) {
  const store = useStore();
  const offerUndo = useUndo();
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLParagraphElement>(null);
  const target = usePlanTarget(targetValue(plan.target));
  const edit = hrefFor('study', 'plan', plan.id);
  const input = {
    plan,
    availability: effectiveAvailability({
      availability: week,
      override: plan.availabilityOverride,
    }),
    blocks,
    sessions,
    // A re-plan made today laid today's blocks around the study logged by then.
    studiedTodayBeforeBlocks: studiedBeforeRelay(plan, plan.updatedAt, sessions, today),
    removed,
    asOf: today,
  };
  const standing = planStanding(input);
  const figures = planFigures(input);
  const weeks = weeklyProgress(blocks, sessions, plan.start, plan.deadline, weekStart);

  const deadline = deadlineWords[plan.target.kind];
  const planHeading = () => document.getElementById(`plan-${plan.id}`);
  /**
   * The button pressed may go away with the standing it answered ("Re-plan the remaining hours"
   * once the plan is no longer behind; "Re-plan from today" once nothing more would fit): focus
   * then goes on to the result, the "Re-planned …" note (else the plan's name). A button that
   * stays keeps the focus; the note is announced.
   */
  async function replan() {
    const pressed = document.activeElement;
    try {
      const r = await replanPlan(store, plan.id, week, today);
      const text = !r
        ? ''
        : r.fits
          ? `Re-planned: ${minutesText(r.neededMinutes)} from ${replanFromText(r.from, today)} to ${deadline.the}${
              r.fixedMinutes > 0
                ? `, including ${minutesText(r.fixedMinutes)} in blocks you moved or changed, which stay where you put them`
                : ''
            }.`
          : `Re-planned, but ${minutesText(r.shortfallMinutes)} do not fit before ${deadline.the}. Edit the plan to add time or move ${deadline.the}.`;
      setNote(text);
      const gone = () => !pressed?.isConnected;
      const shown = () =>
        gone() && text && noteRef.current?.textContent === text ? noteRef.current : null;
      focusSoon(shown, () => (gone() ? (planHeading() ?? pageHeading()) : null), pressed);
    } catch (e) {
      setNote(saveFailureText(e));
    }
  }
  /**
   * Focus goes on to the next plan's name (the one before for the last), else the Plans
   * heading once no plan is left; Undo brings it back to this plan's Delete plan. A delete the
   * store refuses says so in the card's note, as a refused re-plan does.
   */
  async function remove() {
    const pressed = document.activeElement;
    const next = nextAfter(pressed);
    let deleted;
    try {
      deleted = await deletePlan(store, plan.id);
    } catch (e) {
      // The store refused (read-only, disk full…): the plan is still there; say so.
      setNote(saveFailureText(e));
      return;
    }
    if (!deleted) return;
    focusSoon(next, pageHeading, pressed);
    offerUndo(`Plan “${plan.title}” deleted.`, () => restorePlan(store, deleted), {
      focus: sameControl(pressed),
    });
  }

  /**
   * The plan leaves the active list for the archived one: focus goes on as after a delete (the
   * next plan's name, else the Plans heading); Undo makes it active again and brings the focus
   * back to its Archive plan. A refusal is said in the card's note.
   */
  async function archive() {
    const pressed = document.activeElement;
    const next = nextAfter(pressed);
    let archived;
    try {
      archived = await archivePlan(store, plan.id);
    } catch (e) {
      setNote(saveFailureText(e));
      return;
    }
    if (!archived) return;
    focusSoon(next, pageHeading, pressed);
    offerUndo(
      `Plan “${plan.title}” archived.`,
      async () => {
        // Deleted meanwhile (in another window): nothing to make active again; said so.
        if (!(await unarchivePlan(store, plan.id)))
          throw new UndoRefused(`Plan “${plan.title}” no longer exists.`);
      },
      { focus: sameControl(pressed) },
    );
  }
  /** Back to the active plans: focus follows the plan to its card there, at its name. */
  async function makeActive() {
    const pressed = document.activeElement;
    try {
      if (!(await unarchivePlan(store, plan.id, today))) return;
    } catch (e) {
      setNote(saveFailureText(e));
      return;
    }
    const shown = () => {
      const h = planHeading();
      return h?.closest('article')?.classList.contains('archived') ? null : h;
    };
    focusSoon(shown, pageHeading, pressed);
  }

  // An archived plan is shown compact: its dates and hours, and the actions that bring it
  // back or remove it; no standing, chart or edit.
  const archived = plan.status === 'archived';
  return (
    <article
      className={archived ? 'card study-plan archived' : 'card study-plan'}
      aria-labelledby={`plan-${plan.id}`}
    >
      <h3 id={`plan-${plan.id}`}>{plan.title}</h3>
      <p>
        {formatDate(plan.start)} to {formatDate(plan.deadline)} ·{' '}
        {minutesText(figures.neededMinutes)} needed · {minutesText(figures.studiedMinutes)} studied
        {!archived && ` · ${minutesText(figures.stillPlannedMinutes)} still planned`}
      </p>
      {archived ? null : target.state === 'gone' ? (
        // Where it stands towards a deadline nothing is due on any more would mislead.
        <p className="study-target-gone">
          <strong>{targetGoneText[target.kind].card}:</strong>{' '}
          <a href={edit}>choose what it prepares for</a>.
        </p>
      ) : (
        <PlanStandingNote
          standing={standing}
          deadline={plan.deadline}
          kind={plan.target.kind}
          today={today}
          onReplan={replan}
        />
      )}
      {!archived && <ProgressChart weeks={weeks} title={plan.title} />}
      <div className="actions">
        {archived ? (
          <WriteButton type="button" className="secondary" onClick={makeActive}>
            Make active again
          </WriteButton>
        ) : (
          <>
            <a className="button secondary" href={edit}>
              Edit plan
            </a>
            {/* When behind, the alert above has the re-plan button. */}
            {standing.offerReplan && standing.code !== 'BEHIND' && target.state !== 'gone' && (
              <WriteButton type="button" className="secondary" onClick={replan}>
                Re-plan from today
              </WriteButton>
            )}
            <WriteButton
              type="button"
              id={`archive-plan-${plan.id}`}
              className="secondary"
              onClick={archive}
            >
              Archive plan
            </WriteButton>
          </>
        )}
        <WriteButton
          type="button"
          id={`delete-plan-${plan.id}`}
          className="link-button"
          onClick={remove}
        >
          Delete plan
        </WriteButton>
      </div>
      <p role="status" className="muted" tabIndex={-1} ref={noteRef}>
        {note}
      </p>
    </article>
  );
}

/**
 * Where focus goes when the card holding `pressed` leaves its list (deleted, archived): the
 * next plan's name in the same list (the one before for the last), else the Plans heading.
 */
function nextAfter(pressed: Element | null) {
  const plansHeading = pressed?.closest('section')?.querySelector('h2') ?? null;
  return afterRemoval(
    pressed,
    'article.study-plan',
    () => plansHeading,
    (card) => card.querySelector('h3'),
  );
}
