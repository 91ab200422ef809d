import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { weekdays, type WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import { draftFromPlan, type PlanDraft, type RemovedBlock } from '../../../../shared/domain/study';
import { addDays, type LocalDate } from '../../../../shared/dates';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import { moveWithoutAsking } from '../../components/unsaved-changes';
import { useGoals } from '../../db/career-hooks';
import { useCreditData } from '../../db/credit-hooks';
import { useProfile, useSettings } from '../../db/hooks';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { listRemoved } from '../../db/repositories/study-dropped';
import { useStore } from '../../db/store-context';
import { useUndo } from '../../components/undo';
import { useDeadlines, useStudyData } from '../../db/study-hooks';
import { ArchivedPlanEdit } from './ArchivedPlanEdit';
import { CalendarExportButton } from './CalendarExportButton';
import { PlanCard } from './PlanCard';
import { PlanForm } from './PlanForm';
import { targetOptions, type TargetOption } from './plan-targets';
import { RemindersPanel } from './RemindersPanel';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { TimerPanel } from './TimerPanel';
import { WeekCalendar } from './WeekCalendar';
import './study.css';

function newDraft(today: string): PlanDraft {
  return {
    title: '',
    target: '',
    hoursNeeded: '',
    start: today,
    deadline: addDays(today, 84),
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
}

const NEW_PLAN = hrefFor('study', 'new');
const planHeading = (id: string) => document.getElementById(`plan-${id}`);
const linkTo = (href: string, within: ParentNode | null | undefined) =>
  [...(within?.querySelectorAll('a') ?? [])].find((a) => a.getAttribute('href') === href) ?? null;

/**
 * Back to the planner from the plan form, with focus where the person goes on from (else it
 * is left on the page itself): a plan created or saved (`savedId`), its card's heading; the
 * form cancelled, the link that opened it (New study plan, or the plan's Edit plan).
 */
function backFromForm(savedId: string | null, editing: StudyPlanRow | undefined) {
  const pressed = document.activeElement;
  moveWithoutAsking(hrefFor('study'));
  const find = savedId
    ? () => planHeading(savedId)
    : editing
      ? () => linkTo(hrefFor('study', 'plan', editing.id), planHeading(editing.id)?.parentElement)
      : () => linkTo(NEW_PLAN, document.querySelector('main'));
  focusSoon(find, pageHeading, pressed);
}

interface EditPlanProps {
  /** The plan as stored now; null once it is gone (or never was). */
  stored: StudyPlanRow | null;
  targets: TargetOption[];
  week: WeeklyAvailability;
  today: LocalDate;
  /** The blocks the user removed: the form's preview keeps their time free (PlanForm). */
  removed: readonly RemovedBlock[];
}

/**
 * A plan's edit address (#/study/plan/<id>). An active plan opens its form, which keeps the
 * plan as it was when opened: deleted, changed or archived elsewhere afterwards, the form says
 * so and keeps what was typed (PlanForm). An archived plan is not edited: the page says so and
 * offers "Make active again", and the form opens once it is active. A plan gone before its
 * form opened (an old link) is said to no longer exist.
 */
function EditPlan({ stored, targets, week, today, removed }: EditPlanProps) {
  const [opened, setOpened] = useState(stored?.status === 'active' ? stored : null);
  if (!opened && stored?.status === 'active') setOpened(stored);
  if (opened)
    return (
      <div className="study">
        <PlanForm
          heading={<h1>{opened.title}</h1>}
          initial={draftFromPlan(opened)}
          opened={opened}
          stored={stored}
          targets={targets}
          week={week}
          removed={removed}
          onDone={(savedId) => backFromForm(savedId, opened)}
        />
      </div>
    );
  if (stored)
    return (
      <div className="study">
        <h1>{stored.title}</h1>
        <ArchivedPlanEdit plan={stored} today={today} />
      </div>
    );
  return (
    <p role="alert">
      This plan no longer exists. <a href={hrefFor('study')}>Back to the study planner</a>
    </p>
  );
}

/**
 * The study planner (issue 7): plans, the week, the timer and log, reminders, export.
 * `#/study/sessions/new` (the command palette's "New study session") opens it with the
 * manual session form in view and focused.
 */
export function StudyScreen({ rest }: { rest: string[] }) {
  const today = useToday();
  const profile = useProfile();
  const settings = useSettings();
  const data = useStudyData();
  const credit = useCreditData();
  const goals = useGoals();
  const deadlines = useDeadlines(today);
  const store = useStore();
  const offerUndo = useUndo();
  // The blocks the user removed: a plan's standing asks what a re-plan would lay around them.
  const removed = useLiveQuery(() => listRemoved(store), [store]);
  // Kept here, so the archived list stays open while it empties and fills again (Undo).
  const [showArchived, setShowArchived] = useState(false);
  if (!profile || !settings || !data || !credit || !goals || !deadlines || !removed) return null;
  const week = profile.weeklyAvailability;

  const targets = targetOptions(credit.withRules, goals);
  if (rest[0] === 'plan')
    return (
      <EditPlan
        key={rest.join('/')}
        stored={data.plans.find((p) => p.id === rest[1]) ?? null}
        targets={targets}
        week={week}
        today={today}
        removed={removed}
      />
    );
  if (rest[0] === 'new') {
    return (
      <div className="study">
        <PlanForm
          key={rest.join('/')}
          heading={<h1>Plan your study</h1>}
          initial={newDraft(today)}
          targets={targets}
          week={week}
          onDone={(savedId) => backFromForm(savedId, undefined)}
        />
      </div>
    );
  }

  const active = data.plans.filter((p) => p.status === 'active');
  const archived = data.plans.filter((p) => p.status === 'archived');
  const card = (p: StudyPlanRow) => (
    <PlanCard
      key={p.id}
      plan={p}
      blocks={data.blocks.filter((b) => b.planId === p.id)}
      sessions={data.sessions.filter((s) => s.planId === p.id)}
      removed={removed}
      today={today}
      weekStart={settings.weekStart}
      week={week}
    />
  );
  return (
    <div className="study">
      <h1>Study planner</h1>
      <div className="actions">
        <a href={NEW_PLAN} className="button">
          New study plan
        </a>
        <CalendarExportButton
          plans={data.plans}
          blocks={data.blocks}
          deadlines={deadlines}
          today={today}
          reminderLeadDays={settings.reminderLeadDays}
        />
      </div>
      <RemindersPanel />
      <WeekCalendar
        today={today}
        weekStart={settings.weekStart}
        clock={settings.clock}
        plans={data.plans}
        blocks={data.blocks}
        sessions={data.sessions}
        deadlines={deadlines}
        offerUndo={offerUndo}
      />
      <div className="study-log">
        <TimerPanel timer={data.timer} plans={active} />
        <SessionForm plans={active} focusOnOpen={rest[0] === 'sessions' && rest[1] === 'new'} />
      </div>
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">Plans</h2>
        {data.plans.length === 0 && (
          <p className="muted">No plan yet. Create one for an exam or a goal.</p>
        )}
        {data.plans.length > 0 && active.length === 0 && (
          <p className="muted">
            No active plan. Create one, or make an archived plan active again.
          </p>
        )}
        {active.map(card)}
        {archived.length > 0 && (
          <details
            className="study-archived"
            open={showArchived}
            onToggle={(e) => setShowArchived(e.currentTarget.open)}
          >
            <summary>Archived plans ({archived.length})</summary>
            {archived.map(card)}
          </details>
        )}
      </section>
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Logged study</h2>
        <SessionList
          sessions={data.sessions}
          plans={data.plans}
          held={credit.withRules}
          activities={credit.activities}
        />
      </section>
    </div>
  );
}
