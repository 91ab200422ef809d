/**
 * What the plan form's preview and the plan card say when a plan does not fit: never a start
 * before today (Ascent decision, suggestedStart), a plain "cannot fit as set" with what to
 * change when no single fix works, and no "On schedule." or "Re-plan" when re-planning cannot
 * place the missing hours (planStanding).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../shared/domain/profile/profile';
import {
  planStanding,
  planStudy,
  previewStudyPlan,
  type PlanDraft,
  type PlanStanding,
  type StudyPlan,
} from '../../../shared/domain/study';
import { formatDate } from '../../../renderer/src/components/format';
import { noSingleFixText } from '../../../renderer/src/features/study/FitFixes';
import { PlanPreview } from '../../../renderer/src/features/study/PlanPreview';
import { PlanStandingNote } from '../../../renderer/src/features/study/PlanStandingNote';

afterEach(cleanup);

const TODAY = '2026-11-22';
const week: WeeklyAvailability = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '120',
  start: TODAY,
  deadline: '2027-03-14',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};

function preview(over: Partial<PlanDraft>, kind: 'exam' | 'goal' = 'exam') {
  render(
    <PlanPreview
      result={previewStudyPlan({ ...draft, ...over }, week, TODAY)}
      today={TODAY}
      kind={kind}
    />,
  );
  return screen.getByRole('status');
}

describe('PlanPreview', () => {
  it('the reviewer’s plan: no start in the past, the other fixes stay', () => {
    const status = preview({});
    expect(status.textContent).toMatch('The plan does not fit:');
    expect(status.textContent).toMatch('You are 19 h short.');
    expect(status.textContent).toMatch('Any one of these would make it fit:');
    expect(status.textContent).not.toMatch(/Start (on or before|today)/);
    expect(status.textContent).toMatch(/Study 1 h 15 min more every Tuesday\./);
    expect(status.textContent).toMatch(/Move the exam to .* or later\./);
  });

  it('offers more of the days already studied on first, not days the person keeps free', () => {
    const lines = [...preview({}).querySelectorAll('li')].map((li) => li.textContent);
    // Tuesday, Thursday and Saturday have study time; Monday has none.
    expect(lines.slice(0, 3)).toEqual([
      'Study 1 h 15 min more every Tuesday.',
      'Study 1 h 15 min more every Thursday.',
      'Study 1 h 30 min more every Saturday.',
    ]);
    expect(lines.join(' ')).not.toMatch('Monday');
  });

  it('a goal’s plan speaks of its target date, not of an exam', () => {
    const status = preview({ target: 'goal:g1' }, 'goal');
    expect(status.textContent).toMatch('available before the target date');
    expect(status.textContent).toMatch(/Move the target date to .* or later\./);
    expect(status.textContent).not.toMatch(/exam/i);
    cleanup();
    const none = preview(
      { target: 'goal:g1', hoursNeeded: '2000', deadline: '2027-01-10' },
      'goal',
    );
    expect(none.textContent).toMatch(noSingleFixText('goal'));
    expect(none.textContent).not.toMatch(/exam/i);
  });

  it('a plan starting later: a start from today on is offered when it fits', () => {
    // From 6 Dec 88 h fit; 95 h also needs Sat 5, Thu 3, Tue 1 Dec and Sat 28 Nov.
    expect(preview({ start: '2026-12-06', hoursNeeded: '95' }).textContent).toMatch(
      `Start on or before ${formatDate('2026-11-28')}.`,
    );
    cleanup();
    // With 1 h on Sundays, 102 h fit from 6 Dec and the two weeks from today add 15 h:
    // 117 h needs every one of them, today (a Sunday) too.
    const sundays = { ...draft.override, sun: '1' };
    expect(
      preview({ start: '2026-12-06', hoursNeeded: '117', override: sundays }).textContent,
    ).toMatch(`Start today (${formatDate(TODAY)}).`);
    cleanup();
    expect(
      preview({ start: '2026-12-06', hoursNeeded: '117.25', override: sundays }).textContent,
    ).not.toMatch(/Start (on or before|today)/);
  });

  it('says plainly when no single change makes the plan fit, and what can change', () => {
    const status = preview({ hoursNeeded: '2000', deadline: '2027-01-10' });
    expect(status.textContent).toMatch('The plan cannot fit as set:');
    expect(status.textContent).toMatch(noSingleFixText('exam'));
    expect(status.textContent).not.toMatch('Any one of these');
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('PlanStandingNote', () => {
  const plan: StudyPlan = {
    id: 'p1',
    title: 'PMP exam',
    target: { kind: 'exam', heldId: 'h1' },
    hoursNeeded: 120,
    start: TODAY,
    deadline: '2027-03-14',
    availabilityOverride: {},
    blackouts: [],
    sessionMinutes: 60,
    bufferDays: 2,
    dayStart: '18:00',
    status: 'active',
  };
  const blocks = planStudy({
    minutesNeeded: 120 * 60,
    from: TODAY,
    deadline: plan.deadline,
    bufferDays: 2,
    availability: week,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
    asOf: TODAY,
  }).blocks.map((b, i) => ({ ...b, id: `b${i}`, planId: 'p1', edited: false }));

  function note(availability: WeeklyAvailability) {
    const standing = planStanding({ plan, availability, blocks, sessions: [], asOf: TODAY });
    return render(
      <PlanStandingNote
        standing={standing}
        deadline={plan.deadline}
        kind="exam"
        today={TODAY}
        onReplan={() => {}}
      />,
    ).container;
  }

  it('hours that cannot fit: says so and what would help, not "On schedule." or "Re-plan"', () => {
    const card = note(week);
    expect(card.textContent).toMatch(
      `The plan does not fit: 19 h of it do not fit in your study time before ${formatDate('2027-03-14')}, so they are not on the calendar.`,
    );
    expect(card.textContent).toMatch(/Study 1 h 15 min more every Tuesday\./);
    expect(card.textContent).not.toMatch('On schedule.');
    expect(card.textContent).not.toMatch(/Re-plan/);
    expect(card.textContent).not.toMatch(/Start (on or before|today)/);
  });

  it('studied ahead of the blocks: says how much more the calendar holds, and to re-plan', () => {
    const standing: PlanStanding = {
      code: 'MORE_THAN_NEEDED',
      behindMinutes: 0,
      unplacedMinutes: 0,
      replanPlacesMinutes: 0,
      shortfallMinutes: 0,
      surplusMinutes: 90,
      options: null,
      offerReplan: true,
    };
    const card = render(
      <PlanStandingNote
        standing={standing}
        deadline={plan.deadline}
        kind="exam"
        today={TODAY}
        onReplan={() => {}}
      />,
    ).container;
    expect(card.textContent).toBe(
      'On schedule.The calendar holds 1 h 30 min more than you still need to study (you studied ahead of the plan). Re-plan from today to free that time.',
    );
  });

  it('after more weekly time: suggests the re-plan that lays them out', () => {
    const card = note({ ...week, sun: 2 });
    expect(card.textContent).toMatch('On schedule.');
    expect(card.textContent).toMatch(
      '19 h of the plan are not on the calendar yet; there is room for them. Re-plan from today to lay them out.',
    );
  });
});
