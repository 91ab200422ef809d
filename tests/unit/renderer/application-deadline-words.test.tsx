// How the PMI application's last day reads among the deadlines and reminders (Dashboard "Next
// deadlines", Reminders, the calendar export): ahead, and once it has passed.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../shared/domain/study';
import { formatDate } from '../../../renderer/src/components/format';
import { deadlineTitle, reminderText } from '../../../renderer/src/features/study/messages';

const d: Deadline = {
  id: 'application:h',
  kind: 'application-end',
  date: '2027-03-02',
  title: 'PMP',
};

describe('the application deadline in words', () => {
  it('names what ends', () => {
    expect(deadlineTitle(d)).toBe('PMP: eligibility to sit the exam ends');
  });

  it('ahead: when', () => {
    expect(reminderText(d, 10)).toBe(
      `PMP: eligibility to sit the exam ends — in 10 days (${formatDate('2027-03-02')})`,
    );
  });

  it('passed: ended, and what to do', () => {
    expect(reminderText(d, -8)).toBe(
      `Ended: eligibility to sit the PMP exam, 8 days ago (${formatDate('2027-03-02')}). Ask PMI about re-applying.`,
    );
  });
});
