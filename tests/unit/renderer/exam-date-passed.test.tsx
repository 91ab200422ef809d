// A credential still "Exam booked" after its exam day: the card asks for the outcome instead
// of "Exam booked for <a past day>".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { formatDate } from '../../../renderer/src/components/format';
import { CredentialCard } from '../../../renderer/src/features/credentials/CredentialCard';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 12, 0)); // 22 Nov 2026
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const show = (examDate: string) =>
  render(
    <CredentialCard
      held={{
        credential: { id: 'h', credentialId: 'pmp', stage: 'exam-booked', examDate },
        rule: findCredentialRule('pmp')!,
      }}
      status="exam-booked"
      evaluation={null}
    />,
  );

describe('an exam day that has passed', () => {
  it('asks whether it was passed', () => {
    show('2026-05-10');
    expect(screen.getByText(/^Your exam on/).textContent).toBe(
      `Your exam on ${formatDate('2026-05-10')} has passed. Passed it? Change the stage to Earned, with the day. If not, enter your next exam date.`,
    );
    expect(screen.queryByText(/^Exam booked for/)).toBeNull();
  });

  it('today and later: still booked', () => {
    show('2026-11-22');
    expect(screen.getByText(/^Exam booked for/).textContent).toBe(
      `Exam booked for ${formatDate('2026-11-22')}.`,
    );
    expect(screen.queryByText(/has passed/)).toBeNull();
  });
});
