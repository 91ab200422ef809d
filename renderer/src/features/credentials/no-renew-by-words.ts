/**
 * Words for a certificate without a renew-by date: a PRINCE2 Foundation certificate from an
 * exam before 1 Jan 2023 (noRenewByBefore in shared/domain/credentials/status.ts; README
 * Decisions).
 */
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';

/** On the credential's own card and in the credit log: spoken to the holder. */
export function noRenewByText(acronym: string, from: LocalDate): string {
  return (
    `No renew-by date: you passed ${acronym} before ${formatDate(from)}, when PeopleCert began ` +
    'giving certificates one, so no continuing education is needed for it. Passing another ' +
    'exam in the suite gives it a renew-by date 3 years after that exam; if you sit this one ' +
    'again, enter that exam’s day as the date you earned it.'
  );
}

/** In the printed report: the same, in the third person. */
export function noRenewByReportText(acronym: string, from: LocalDate): string {
  return (
    `No renew-by date: this ${acronym} certificate comes from an exam before ${formatDate(from)}, ` +
    'when PeopleCert began giving certificates one. No continuing education is needed for it ' +
    'until a later exam in the suite.'
  );
}

/**
 * On the credential's page, once a later exam gave such a certificate a renew-by date: which
 * exam ("your PRINCE2 Agile exam on 10 Apr 2024", or a retake of this one).
 */
export function renewByGivenText(
  acronym: string,
  from: LocalDate,
  given: { date: LocalDate; byAcronym: string | null },
): string {
  const exam = given.byAcronym
    ? `your ${given.byAcronym} exam on ${formatDate(given.date)}`
    : `the exam you sat again on ${formatDate(given.date)}`;
  return `Its renew-by date comes from ${exam}: a ${acronym} certificate from before ${formatDate(from)} has none of its own.`;
}
