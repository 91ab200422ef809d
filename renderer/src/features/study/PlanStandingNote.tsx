import type { LocalDate } from '../../../../shared/dates';
import type { PlanStanding } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { FitFixes } from './FitFixes';
import { minutesText, type PlanDeadlineKind } from './messages';
import { WriteButton } from '../../components/read-only';

interface Props {
  standing: PlanStanding;
  deadline: LocalDate;
  /** What the deadline is: an exam date or a goal's target date. */
  kind: PlanDeadlineKind;
  today: LocalDate;
  onReplan: () => void;
}

/**
 * What the plan card says about the schedule (shared/domain/study/standing.ts decides which):
 * behind, on schedule, hours a re-plan would lay out, or hours that do not fit at all.
 */
export function PlanStandingNote({ standing: s, deadline, kind, today, onReplan }: Props) {
  const before = `before ${formatDate(deadline)}`;
  switch (s.code) {
    case 'BEHIND':
      return (
        <div className="study-behind" role="alert">
          <p>
            <strong>Behind schedule:</strong> {minutesText(s.behindMinutes)} less studied than
            planned so far.
          </p>
          <WriteButton type="button" onClick={onReplan}>
            Re-plan the remaining hours
          </WriteButton>
        </div>
      );
    case 'ON_SCHEDULE':
      return <p className="muted">On schedule.</p>;
    case 'MORE_THAN_NEEDED':
      return (
        <>
          <p className="muted">On schedule.</p>
          <p className="muted">
            The calendar holds {minutesText(s.surplusMinutes)} more than you still need to study
            (you studied ahead of the plan). Re-plan from today to free that time.
          </p>
        </>
      );
    case 'REPLAN_PLACES_ALL':
      return (
        <>
          <p className="muted">On schedule.</p>
          <p className="muted">
            {minutesText(s.unplacedMinutes)} of the plan are not on the calendar yet; there is room
            for them. Re-plan from today to lay them out.
          </p>
        </>
      );
    case 'REPLAN_PLACES_SOME':
      return (
        <div className="study-fit short">
          <p>
            <strong>Not all of the plan fits:</strong> {minutesText(s.unplacedMinutes)} of it are
            not on the calendar. Re-plan from today to lay out {minutesText(s.replanPlacesMinutes)}{' '}
            of them; the other {minutesText(s.shortfallMinutes)} do not fit in your study time{' '}
            {before}.
          </p>
          <FitFixes
            options={s.options}
            today={today}
            kind={kind}
            lead="Any one of these would make room for them (Edit plan):"
          />
        </div>
      );
    case 'DOES_NOT_FIT':
      return (
        <div className="study-fit short">
          <p>
            <strong>The plan does not fit:</strong> {minutesText(s.unplacedMinutes)} of it do not
            fit in your study time {before}, so they are not on the calendar.
          </p>
          <FitFixes
            options={s.options}
            today={today}
            kind={kind}
            lead="Any one of these would make room for them (Edit plan):"
          />
        </div>
      );
  }
}
