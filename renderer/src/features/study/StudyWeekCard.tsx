import { weeklyProgress } from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useSettings } from '../../db/hooks';
import { useStudyWeek } from '../../db/study-hooks';
import { minutesText } from './messages';

/**
 * Dashboard: "This week's study: plan vs actual" across every active plan, from the week's
 * blocks and sessions only (issue 9).
 */
export function StudyWeekCard() {
  const today = useToday();
  const settings = useSettings();
  const data = useStudyWeek(today, settings?.weekStart);
  if (!data || !settings) return null;
  const active = new Set(data.plans.filter((p) => p.status === 'active').map((p) => p.id));
  const [week] = weeklyProgress(
    data.blocks.filter((b) => active.has(b.planId)),
    data.sessions,
    today,
    today,
    settings.weekStart,
  );
  const planned = week?.plannedMinutes ?? 0;
  const actual = week?.actualMinutes ?? 0;
  return (
    <section className="card" aria-labelledby="study-week-title">
      <h2 id="study-week-title">This week’s study: plan vs actual</h2>
      {active.size === 0 && actual === 0 ? (
        <p>
          No study plan yet. <a href={hrefFor('study', 'new')}>Plan your study time</a> for an exam
          or a goal.
        </p>
      ) : (
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
          <p>
            <a href={hrefFor('study')}>Open the study planner</a>
          </p>
        </>
      )}
    </section>
  );
}
