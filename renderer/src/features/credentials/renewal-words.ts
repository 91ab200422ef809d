/**
 * Words for recorded renewals: why one was refused (it renews no cycle: validateRenewals,
 * domain-facts §1, §3, §4), the list of them on the credential's page, its Edit, and its
 * Delete and Undo.
 */
import type { CredentialRule, FieldError } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  regainOf,
  withRenewalChanged,
  type Cycle,
  type CycleContext,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { rowRefusalText } from './credential-summary';
import { bodyLabels, fieldErrorText } from './messages';

/** The body as the page names it: a definition of your own by its body's name. */
const bodyOf = (rule: CredentialRule) =>
  (rule.body === 'custom' && rule.bodyName) || bodyLabels[rule.body];

/**
 * Why a renewal on `date` renews no cycle of the credential, and what to do, from its cycles
 * as stored (without that renewal): after the credential lapsed; in a cycle already renewed
 * (`renewals`, as stored, say whether that renewal was recorded or assumed, each put right in
 * its own place); else outside every window.
 */
export function renewalOutsideText(
  rule: CredentialRule,
  date: LocalDate,
  cycles: readonly Cycle[],
  renewals: readonly Renewal[] = [],
): string {
  const { acronym } = rule;
  const last = cycles.at(-1);
  if (last && !last.renewedOn && date >= last.lapsesOn) {
    if (last.lapseKind === 'expired')
      return `Nothing was saved: ${acronym} expired on ${formatDate(last.lapsesOn)}, so a renewal from that day on cannot renew it. If it was renewed in time, check the date you entered; if not, ${
        regainOf(rule) === 'exam'
          ? `${bodyOf(rule)} asks for the exam again.`
          : `ask ${bodyOf(rule)} how to hold it again.`
      }`;
    return `Nothing was saved: cycle ${last.index + 1} of ${acronym} ended on ${formatDate(last.end)} without a renewal, so CPD points from that day on cannot renew it. If it was renewed in time, check the date you entered; if you passed an exam in the same suite, record that exam instead.`;
  }
  const renewed = cycles.find(
    (c) => c.renewedOn && date >= c.start && date <= (c.suspension?.end ?? c.end),
  );
  if (renewed?.renewedOn) {
    const on = renewed.renewedOn;
    const assumed = renewals.some((r) => r.date === on && r.assumed);
    const listed = renewals.some((r) => r.date === on && !r.assumed);
    const fix = assumed
      ? ' If that date is wrong, enter the right one with “Record the date you renewed” in the cycle history.'
      : listed
        ? ' If that date is wrong, correct it with its Edit under “Recorded renewals”.'
        : '';
    return `Nothing was saved: cycle ${renewed.index + 1} of ${acronym} was already renewed on ${formatDate(on)}, and a second renewal in it renews nothing.${fix}`;
  }
  return `Nothing was saved: a renewal on ${formatDate(date)} falls outside every renewal window of ${acronym}, so it would renew no cycle. Check the date you entered.`;
}

/** The list of recorded renewals on the credential's page, with Edit, and Delete and its Undo. */
export const recordedRenewalsWords = {
  title: 'Recorded renewals',
  intro:
    'A renewal recorded with the wrong day can be corrected here with Edit, or deleted if it never happened.',
  renewed: (cycle: Cycle) =>
    `renewed cycle ${cycle.index + 1} (${formatDate(cycle.start)} – ${formatDate(cycle.end)})`,
  renewsNone: 'renews no cycle',
  /** Beside a renewal whose Edit is open, once another window changed or deleted it. */
  changedElsewhere:
    'changed elsewhere since you opened its Edit. Cancel to see the renewals as they are now.',
  deleteName: (date: LocalDate) => `Delete the renewal of ${formatDate(date)}`,
  editName: (date: LocalDate) => `Edit the renewal of ${formatDate(date)}`,
  deleted: (acronym: string, date: LocalDate) =>
    `Renewal of ${acronym} on ${formatDate(date)} deleted.`,
  undoRefused: (acronym: string) =>
    `${acronym} was changed after the renewal was deleted, so it was not put back. Record it again if it still applies.`,
  conflict:
    'The credential changed since this page was drawn; nothing was deleted. Look at its renewals again and try once more.',
  /** Refused: without it, the renewal of `stranded` would renew no cycle. */
  strands: (date: LocalDate, stranded: LocalDate | null) =>
    stranded
      ? `Nothing was deleted: without the renewal of ${formatDate(date)}, your renewal of ${formatDate(stranded)} would renew no cycle. Delete that one first, or keep both.`
      : `Nothing was deleted: without the renewal of ${formatDate(date)}, another renewal would renew no cycle.`,
};

/** On the Undo bar after a renewal was recorded, when Undo can no longer take it back. */
export const renewalUndoRefusedText = (acronym: string) =>
  `${acronym} was changed after the renewal was recorded, so the renewal was kept. If its date is wrong, correct it with its Edit under “Recorded renewals” on this page.`;

/** A renewal, or the real date of an assumed one, not saved for a reason Ascent did not foresee. */
export const renewalUnexpectedText =
  'Nothing was saved because of an unexpected problem; the renewals are unchanged. Try again.';

/** Editing a recorded renewal (RenewalEditForm): its form, the notice once saved, refusals. */
export const renewalEditWords = {
  formName: (date: LocalDate) => `Edit the renewal of ${formatDate(date)}`,
  save: 'Save renewal',
  dateRequired: 'Enter the date you renewed.',
  /** Saved: the day it had before is said, so a slip can be put right with Edit again. */
  saved: (acronym: string, from: LocalDate, to: LocalDate) =>
    from === to
      ? `Renewal of ${acronym} on ${formatDate(to)} saved.`
      : `Renewal of ${acronym} saved: now ${formatDate(to)} (it was ${formatDate(from)}).`,
  conflict:
    'The credential changed since this page was drawn; nothing was saved. Look at its renewals again and try once more.',
  /** Refused: with the renewal on `date`, the renewal of `stranded` would renew no cycle. */
  strands: (date: LocalDate, stranded: LocalDate | null) =>
    stranded
      ? `Nothing was saved: with this renewal on ${formatDate(date)}, your renewal of ${formatDate(stranded)} would renew no cycle. Enter another date, or correct that renewal first.`
      : `Nothing was saved: with this renewal on ${formatDate(date)}, another renewal would renew no cycle. Enter another date.`,
};

/**
 * Why the edit of the renewal of `from` into `next` was refused (editRenewal's `errors`), said
 * at its date field, and what to do: its own date in its own words (outside every window:
 * renewalOutsideText, judged by the cycles without it, as recording it is), else the renewal
 * it would leave renewing no cycle, else (a problem stored with another detail) rowRefusalText.
 */
export function renewalEditRefusedText(
  rule: CredentialRule,
  row: HeldCredential,
  from: LocalDate,
  next: Renewal,
  errors: readonly FieldError[],
  asOf: LocalDate,
  context?: CycleContext,
): string {
  const renewals = withRenewalChanged(row, from, next)?.renewals ?? [];
  const own = renewals.indexOf(next);
  const isOwn = (field: string) => field.startsWith(`renewals.${own}.`);
  const mine = errors.find((e) => isOwn(e.field));
  if (mine?.code === 'RENEWAL_OUTSIDE_WINDOW') {
    const rest = renewals.filter((_, i) => i !== own);
    const cycles = cyclesFor({ ...row, renewals: rest }, rule, asOf, context);
    return renewalOutsideText(rule, next.date, cycles, rest);
  }
  if (mine) return fieldErrorText(mine.code, mine);
  const stranded = errors.find((e) => e.code === 'RENEWAL_OUTSIDE_WINDOW');
  if (stranded) {
    const at = /^renewals\.(\d+)\./.exec(stranded.field);
    return renewalEditWords.strands(next.date, at ? (renewals[Number(at[1])]?.date ?? null) : null);
  }
  return rowRefusalText(errors, isOwn, renewals);
}
