import { useLiveQuery } from 'dexie-react-hooks';
import { calendarDate, type LocalDate } from '../../../../shared/dates';
import {
  studyWeekOutlook,
  weeklyProgress,
  type StudyWeekOutlook,
  type WeekStart,
} from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useSettings } from '../../db/hooks';
import { nextBlockDay } from '../../db/repositories/study-next-block';
import { readStudyWeek } from '../../db/repositories/study-week';
import { useStore } from '../../db/store-context';
import { minutesText } from '../study/messages';

/** "Tue 8 Dec": the day of the next block, as the study calendar's narrow columns name it. */
const blockDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/**
 * The week's figures across every active plan, from the week's blocks and sessions only
 * (readStudyWeek), and the day of the next block after the week (nextBlockDay), read together
 * so the card is drawn once with both; `undefined` while loading or while the week start is.
 */
function useStudyWeekOutlook(asOf: LocalDate, weekStart: WeekStart | undefined) {
  const store = useStore();
  return useLiveQuery(async () => {
    if (!weekStart) return undefined;
    const week = await readStudyWeek(store, asOf, weekStart);
    const active = new Set(week.plans.filter((p) => p.status === 'active').map((p) => p.id));
    const [figures] = weeklyProgress(
      week.blocks.filter((b) => active.has(b.planId)),
      week.sessions,
      asOf,
      asOf,
      weekStart,
    );
    const plannedMinutes = figures?.plannedMinutes ?? 0;
    return studyWeekOutlook({
      plannedMinutes,
      studiedMinutes: figures?.actualMinutes ?? 0,
      activePlans: active.size,
      nextBlock: plannedMinutes > 0 ? null : await nextBlockDay(store, week.to, active),
    });
  }, [store, asOf, weekStart]);
}

/** What was studied this week when nothing was planned in it: "45 min studied this week, with". */
const studiedSoFar = (minutes: number) =>
  minutes > 0 ? `${minutesText(minutes)} studied this week, with nothing planned` : null;

function OutlookText({ outlook }: { outlook: Exclude<StudyWeekOutlook, { kind: 'no-plan' }> }) {
  if (outlook.kind === 'planned') {
    const { plannedMinutes: planned, studiedMinutes: actual } = outlook;
    return (
      <>
        <p>
          {minutesText(actual)} studied of {minutesText(planned)} planned this week.
        </p>
        <meter
          min={0}
          max={Math.max(planned, actual, 1)}
          value={actual}
          aria-label="Studied against planned this week"
        />
      </>
    );
  }
  const studied = studiedSoFar(outlook.studiedMinutes);
  if (outlook.kind === 'next-later') {
    const day = blockDay.format(calendarDate(outlook.nextBlock));
    return (
      <p>
        {studied ?? 'Nothing planned this week'}; your next study block is on {day}.
      </p>
    );
  }
  return (
    <p>
      {studied ? `${studied} this week or later.` : 'Nothing is planned this week or later.'}{' '}
      <a href={hrefFor('study', 'new')}>Plan your study time</a> for an exam or a goal.
    </p>
  );
}

/**
 * Dashboard: "This week's study: plan vs actual" across every active plan (issue 9). A week
 * with nothing planned names the day of the next block, or says nothing is planned ahead.
 */
export function StudyWeekCard() {
  const today = useToday();
  const settings = useSettings();
  const outlook = useStudyWeekOutlook(today, settings?.weekStart);
  if (!outlook) return null;
  return (
    <section className="card" aria-labelledby="study-week-title">
      <h2 id="study-week-title">This week’s study: plan vs actual</h2>
      {outlook.kind === 'no-plan' ? (
        <p>
          No study plan yet. <a href={hrefFor('study', 'new')}>Plan your study time</a> for an exam
          or a goal.
        </p>
      ) : (
        <>
          <OutlookText outlook={outlook} />
          <p>
            <a href={hrefFor('study')}>Open the study planner</a>
          </p>
        </>
      )}
    </section>
  );
}
