import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../../shared/dates';
import {
  studyWeekOutlook,
  weeklyProgress,
  type StudyWeekOutlook,
  type WeekStart,
} from '../../../../shared/domain/study';
import { missedCount, type MissedCount } from '../../../../shared/domain/study/missed';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useSettings } from '../../db/hooks';
import { nextBlockDay } from '../../db/repositories/study-next-block';
import { readStudyWeek } from '../../db/repositories/study-week';
import { useStore } from '../../db/store-context';
import { minutesText, nextDayText } from '../study/messages';
import { missedWeekText } from '../study/missed-words';
import { useWallClock } from '../study/use-wall-clock';

/**
 * The week's figures across every active plan, from the week's blocks and sessions only
 * (readStudyWeek), and the day of the next block after the week (nextBlockDay), read together
 * so the card is drawn once with both; `undefined` while loading or while the week start is.
 * The active plans' blocks of the week and the week's study come too, for what was missed.
 */
function useStudyWeekOutlook(asOf: LocalDate, weekStart: WeekStart | undefined) {
  const store = useStore();
  return useLiveQuery(async () => {
    if (!weekStart) return undefined;
    const week = await readStudyWeek(store, asOf, weekStart);
    const active = new Set(week.plans.filter((p) => p.status === 'active').map((p) => p.id));
    const blocks = week.blocks.filter((b) => active.has(b.planId));
    const [figures] = weeklyProgress(blocks, week.sessions, asOf, asOf, weekStart);
    const plannedMinutes = figures?.plannedMinutes ?? 0;
    const outlook = studyWeekOutlook({
      plannedMinutes,
      studiedMinutes: figures?.actualMinutes ?? 0,
      activePlans: active.size,
      nextBlock: plannedMinutes > 0 ? null : await nextBlockDay(store, week.to, active),
    });
    return { outlook, blocks, sessions: week.sessions, plans: week.plans };
  }, [store, asOf, weekStart]);
}

/** What was studied this week when nothing was planned in it: "45 min studied this week, with". */
const studiedSoFar = (minutes: number) =>
  minutes > 0 ? `${minutesText(minutes)} studied this week, with nothing planned` : null;

interface OutlookProps {
  outlook: Exclude<StudyWeekOutlook, { kind: 'no-plan' }>;
  /** The week's blocks missed by now (missedCount), said under planned against studied. */
  missed: MissedCount;
  today: LocalDate;
}

function OutlookText({ outlook, missed, today }: OutlookProps) {
  if (outlook.kind === 'planned') {
    const { plannedMinutes: planned, studiedMinutes: actual } = outlook;
    const missedText = missedWeekText(missed);
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
        {missedText && <p>{missedText}</p>}
      </>
    );
  }
  const studied = studiedSoFar(outlook.studiedMinutes);
  if (outlook.kind === 'next-later') {
    const day = nextDayText(outlook.nextBlock, today);
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
 * Dashboard: "This week's study: plan vs actual" across every active plan (issue 9), with the
 * blocks missed so far, in the study week's word ("Missed", judged at the clock's minute as the
 * week judges them). A week with nothing planned names the day of the next block (with its
 * year when that is far), or says nothing is planned ahead.
 */
export function StudyWeekCard() {
  const today = useToday();
  const settings = useSettings();
  const week = useStudyWeekOutlook(today, settings?.weekStart);
  const now = useWallClock();
  if (!week) return null;
  const { outlook } = week;
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
          <OutlookText
            outlook={outlook}
            missed={missedCount(week.blocks, week.sessions, now, week.plans)}
            today={today}
          />
          <p>
            <a href={hrefFor('study')}>Open the study planner</a>
          </p>
        </>
      )}
    </section>
  );
}
