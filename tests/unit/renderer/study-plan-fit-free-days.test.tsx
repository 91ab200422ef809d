/**
 * A plan laid days before a booked exam, a little short: the preview offered only a later exam
 * date and more study on one weekday. Studying on one of the free days it keeps before the
 * exam is the change most people can make, and it is now offered (fewerFreeDays).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { previewStudyPlan, type PlanDraft } from '../../../shared/domain/study';
import { PlanPreview } from '../../../renderer/src/features/study/PlanPreview';

afterEach(cleanup);

// Today is Monday 7 Dec 2026; the exam on Saturday 12 Dec; 2 h a day, 1 h on Fridays.
const TODAY = '2026-12-07';
const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 1, sat: 2, sun: 2 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '7',
  start: TODAY,
  deadline: '2026-12-12',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};

function lines(over: Partial<PlanDraft>, kind: 'exam' | 'goal' = 'exam') {
  render(
    <PlanPreview
      result={previewStudyPlan({ ...draft, ...over }, week, TODAY)}
      today={TODAY}
      kind={kind}
    />,
  );
  return [...screen.getByRole('status').querySelectorAll('li')].map((li) => li.textContent);
}

describe('a plan a little short before a booked exam', () => {
  it('offers to keep fewer free days, before moving the exam', () => {
    const fixes = lines({});
    expect(fixes).toContain('Keep 1 free day before the exam instead of 2.');
    expect(fixes.indexOf('Keep 1 free day before the exam instead of 2.')).toBe(
      fixes.findIndex((l) => l?.startsWith('Move the exam')) - 1,
    );
  });

  it('says “no free days” when both are needed, and speaks of a goal’s target date', () => {
    expect(lines({ hoursNeeded: '9' })).toContain(
      'Keep no free days before the exam instead of 2.',
    );
    cleanup();
    expect(lines({ hoursNeeded: '9', target: 'goal:g1' }, 'goal')).toContain(
      'Keep no free days before the target date instead of 2.',
    );
  });
});
