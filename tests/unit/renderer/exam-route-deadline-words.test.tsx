// A PeopleCert certificate on the exam route (domain-facts §3): its renew-by date is listed
// among the deadlines as "renew by exam", as its card says, not as a cycle end to earn for.
import { describe, expect, it } from 'vitest';
import { collectDeadlines, type DeadlineSources } from '../../../shared/domain/study';
import { formatDate } from '../../../renderer/src/components/format';
import { deadlineTitle, reminderText } from '../../../renderer/src/features/study/messages';

const sources = (byExam: boolean): DeadlineSources => ({
  cycles: [
    {
      heldId: 'h',
      name: 'PRINCE2 Practitioner',
      deadline: '2027-06-01',
      end: '2027-06-01',
      ...(byExam ? { byExam: true } : {}),
    },
  ],
  exams: [],
  goals: [],
  courses: [],
  events: [],
  followUps: [],
  memberships: [],
});

describe('a renew-by date on the exam route', () => {
  it('reads "renew by exam"', () => {
    const [d] = collectDeadlines(sources(true));
    expect(d?.byExam).toBe(true);
    expect(deadlineTitle(d!)).toBe('PRINCE2 Practitioner: renew by exam');
    expect(reminderText(d!, 10)).toBe(
      `PRINCE2 Practitioner: renew by exam — in 10 days (${formatDate('2027-06-01')})`,
    );
  });

  it('on the CPD route stays a cycle end', () => {
    const [d] = collectDeadlines(sources(false));
    expect(d?.byExam).toBeUndefined();
    expect(deadlineTitle(d!)).toBe('PRINCE2 Practitioner cycle ends');
  });
});
