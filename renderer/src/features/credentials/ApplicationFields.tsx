import { useState } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import {
  applicationAttempts,
  applicationValidityOf,
  type HeldCredential,
  type HeldStage,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { applicationHints, applicationLabels, attemptsNotSaid } from './application-words';

const fields = ['applicationApprovedDate', 'examAttemptsUsed'] as const;
type Saved = Pick<HeldCredential, (typeof fields)[number]>;

/**
 * The exam application's two answers in the add/edit credential form (PMI exams: the approval
 * date and the attempts used), as typed: the attempts as their list value, '' for not said.
 */
export function useApplicationFields(existing: Saved | undefined) {
  const [approved, setApproved] = useState<string>(existing?.applicationApprovedDate ?? '');
  const [attempts, setAttempts] = useState<string>(
    typeof existing?.examAttemptsUsed === 'number' ? String(existing.examAttemptsUsed) : '',
  );
  return { approved, setApproved, attempts, setAttempts, draft: { approved, attempts } };
}

export type ApplicationAnswers = ReturnType<typeof useApplicationFields>;

/**
 * What the form saves of them: as typed for a credential whose exam has an application rule,
 * nothing otherwise (a stored value, if any, stays as it is).
 */
export function applicationInput(answers: ApplicationAnswers, credentialId: string): Saved {
  if (!applicationValidityOf(credentialId)) return {};
  return {
    applicationApprovedDate: answers.approved || null,
    examAttemptsUsed: answers.attempts === '' ? null : Number(answers.attempts),
  };
}

/**
 * The form's errors apart: the application's (said at its fields) and the rest (said by the
 * credential forms' summary, credential-summary.ts, which does not know these fields).
 */
export function splitApplicationErrors(errors: Record<string, string>) {
  const own: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors))
    ((fields as readonly string[]).includes(field) ? own : rest)[field] = message;
  return { own, rest };
}

/** The summary's items with the application's problems in place: after the exam date's. */
export function withApplicationItems(
  items: readonly SummaryItem[],
  own: Record<string, string>,
): SummaryItem[] {
  const mine = fields
    .filter((f) => own[f])
    .map((field) => ({ field, label: applicationLabels[field], message: own[field]! }));
  const at = items.findIndex((i) => i.field === 'earnedDate');
  const cut = at < 0 ? items.length : at;
  return [...items.slice(0, cut), ...mine, ...items.slice(cut)];
}

/**
 * Shown for a credential whose exam has an application rule and a stage before Earned; once
 * earned, only while one of them has a problem, so it can be put right.
 */
export function applicationShown(
  credentialId: string,
  stage: HeldStage,
  own: Record<string, string>,
): boolean {
  if (!applicationValidityOf(credentialId)) return false;
  return stage !== 'earned' || Object.keys(own).length > 0;
}

export function ApplicationFields({
  answers,
  errors,
  today,
}: {
  answers: ApplicationAnswers;
  errors: Record<string, string>;
  today: LocalDate;
}) {
  const counts = Array.from({ length: applicationAttempts.value + 1 }, (_, n) => String(n));
  return (
    <>
      <Field
        label={applicationLabels.applicationApprovedDate}
        hint={applicationHints.applicationApprovedDate}
        error={errors.applicationApprovedDate}
      >
        <input
          type="date"
          value={answers.approved}
          max={today}
          onChange={(e) => answers.setApproved(e.target.value)}
        />
      </Field>
      <Field
        label={applicationLabels.examAttemptsUsed}
        hint={applicationHints.examAttemptsUsed}
        error={errors.examAttemptsUsed}
      >
        <select value={answers.attempts} onChange={(e) => answers.setAttempts(e.target.value)}>
          <option value="">{attemptsNotSaid}</option>
          {counts.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
