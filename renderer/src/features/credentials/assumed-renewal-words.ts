/**
 * Words for a renewal Ascent assumed ("I have renewed it every cycle so far") on the
 * credential's page, and for putting the real day in its place (assumed-renewals.ts).
 */
import type { AssumedRenewalCorrection } from '../../../../shared/domain/credentials/assumed-renewals';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { fieldErrorText } from './messages';

/** In the cycle history, for a cycle closed by an assumed renewal. */
export const assumedRenewalNote = (acronym: string, renewedOn: LocalDate): string =>
  `Renewed ${formatDate(renewedOn)} — assumed, as you said you renewed ${acronym} every cycle. If you renewed on another day, record it.`;

/** The button after the note; its name says the cycle, since every assumed row has one. */
export const recordDateButton = {
  text: 'Record the date you renewed',
  name: (cycle: number) => `Record the date you renewed cycle ${cycle}`,
};

export const assumedRenewalForm = {
  name: (cycle: number) => `Date you renewed cycle ${cycle}`,
  label: (cycle: number) => `Renewed cycle ${cycle} on`,
  hint: (cycle: number, from: LocalDate, to: LocalDate) =>
    `A day from ${formatDate(from)} to ${formatDate(to)}, when cycle ${cycle} could be renewed.`,
  save: 'Save date',
  conflict:
    'The credential changed while the date was being saved; nothing was saved. Enter it again.',
};

type Refused = Extract<AssumedRenewalCorrection, { ok: false }>;

/** Why the date was not taken, and what to enter instead. */
export function correctionErrorText(refused: Refused, cycle: number): string {
  switch (refused.code) {
    case 'DATE_REQUIRED':
      return 'Enter the date you renewed.';
    case 'OUTSIDE_WINDOW':
      return `Cycle ${cycle} could be renewed from ${formatDate(refused.window.from)} to ${formatDate(refused.window.to)}: enter a day in that range.`;
    case 'NOT_ASSUMED':
      return `Cycle ${cycle}’s renewal was changed elsewhere and is no longer assumed; nothing was saved.`;
    default:
      return fieldErrorText(refused.code);
  }
}

/** Beside the history once saved, and on the Undo bar. */
export const correctedText = {
  notice: (cycle: number, date: LocalDate) =>
    `Cycle ${cycle}: renewal recorded on ${formatDate(date)}.`,
  undo: (acronym: string, cycle: number, date: LocalDate) =>
    `Renewal of ${acronym} for cycle ${cycle} recorded on ${formatDate(date)}.`,
  undoRefused: (acronym: string) =>
    `${acronym} was changed after the renewal date was recorded, so that date was kept.`,
};
