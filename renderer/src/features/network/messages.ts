import type { LocalDate } from '../../../../shared/dates';
import type {
  Contact,
  ContactRelation,
  InteractionKind,
  LinkAction,
  MembershipState,
  NoCreditReason,
} from '../../../../shared/domain/journal';
import { formatDate, listText } from '../../components/format';
import { periodOn } from '../../../../shared/domain/readiness/records';
import {
  journalErrorText,
  noCreditText,
  reflectionLabels,
  relationLabels,
} from '../learning/messages';

/**
 * The labels of the interaction and membership forms' fields, keyed as their errors are and in
 * the order the forms show them: each form's labels and its error summary's are the same words.
 */
export const interactionLabels = {
  contactId: 'Contact',
  date: 'Date',
  kind: 'Kind',
  hours: 'Hours',
  area: 'Area of the mentoring',
  followUp: 'Next follow-up (optional)',
  notes: 'Notes',
  ...reflectionLabels,
} as const;

/**
 * Under the interaction form's contact when no contact is left to choose (the last one was
 * deleted in another window while the form was open): the form stays with what was typed.
 */
export const noContactLeftText =
  'You have no contacts now. Add one under Contacts and mentors, then choose it here.';

export const membershipLabels = {
  organisation: 'Association or chapter',
  since: 'Member since',
  renewal: 'Renewal date',
  endedOn: 'Left on (optional)',
  'cost.amount': 'Yearly cost (optional)',
  'cost.currency': 'Currency',
  notes: 'Notes',
} as const;

/** "your call with Priya Shah": what an interaction was, in a sentence. */
function interactionPhrase(kind: InteractionKind, name: string): string {
  switch (kind) {
    case 'meeting':
      return `your meeting with ${name}`;
    case 'call':
      return `your call with ${name}`;
    case 'message':
      return `your messages with ${name}`;
    case 'mentoring-received':
      return `the mentoring you received from ${name}`;
    case 'mentoring-given':
      return `the mentoring you gave ${name}`;
  }
}

/** How a saved interaction counts for credit, when that is worth saying. */
export type InteractionCredit =
  /** Its proposed credit entries wait to be confirmed, for these credentials. */
  | { kind: 'confirm'; countsFor: readonly string[] }
  /** It had credit entries, and the person chose what happens to them. */
  | { kind: 'linked'; action: LinkAction }
  | { kind: 'none'; reason: NoCreditReason; mentoring: boolean };

function creditText(credit: InteractionCredit): string | null {
  switch (credit.kind) {
    case 'confirm':
      return `It earns credit for ${credit.countsFor.join(', ')}: check its credit entries at the top of the page and confirm them.`;
    case 'linked':
      return credit.action === 'update'
        ? 'Its credit entries were updated to match.'
        : credit.action === 'unlink'
          ? 'Its credit entries stay in your credit log, no longer linked to it.'
          : 'Its credit entries were deleted from your credit log.';
    case 'none':
      if (!credit.mentoring) return null;
      return credit.reason === 'NO_CREDIT_KIND'
        ? 'With no hours entered, it earns no credit.'
        : noCreditText(credit.reason, 'other');
  }
}

/** "27 Nov 2026"; "20 Nov 2026 and 27 Nov 2026": days in a sentence. */
function daysList(days: readonly string[]): string {
  return listText(days.map((d) => formatDate(d)));
}

/**
 * A later interaction with the person answers their open follow-up (shared/domain/journal,
 * follow-ups.ts): "This answers your follow-up with Morgan Ellis of 27 Nov 2026."
 */
function answeredText(name: string, followUps: readonly string[]): string | null {
  if (followUps.length === 0) return null;
  const which = followUps.length === 1 ? 'follow-up' : 'follow-ups';
  return `This answers your ${which} with ${name} of ${daysList(followUps)}.`;
}

/**
 * After an interaction is saved: which one ("Saved your call with Priya Shah on 20 Nov 2026."),
 * the open follow-ups with the person it answers (their days, `answered`), its own follow-up,
 * and how it counts for credit, in one notice.
 */
export function interactionSavedText(saved: {
  kind: InteractionKind;
  contactName: string;
  date: string;
  followUp: string | null;
  edited: boolean;
  credit: InteractionCredit;
  answered: readonly string[];
}): string {
  const what = `${interactionPhrase(saved.kind, saved.contactName)} on ${formatDate(saved.date)}`;
  return [
    saved.edited ? `Saved the changes to ${what}.` : `Saved ${what}.`,
    answeredText(saved.contactName, saved.answered),
    saved.followUp ? `Next follow-up: ${formatDate(saved.followUp)}.` : null,
    creditText(saved.credit),
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the Contacts table's "Show" offers: each relationship, and mentorings that ended. */
export type ContactShown = ContactRelation | 'former';

export const contactShownLabels: Record<ContactShown, string> = {
  ...relationLabels,
  former: 'Former mentor or mentee',
};

type Mentoring = Pick<Contact, 'relation' | 'since' | 'until'>;

/**
 * Where a contact is listed under "Show": a mentoring ended before `asOf` is a former one,
 * by the rule the ladder counts mentors with (periodOn: ended once `until` has passed), so
 * "My mentor" lists the mentors the ladder counts, and any that start later.
 */
export function contactShownAs(c: Mentoring, asOf: LocalDate): ContactShown {
  if (c.relation === 'contact' || c.since === null) return c.relation;
  return periodOn(c.since, c.until, asOf) === 'ended' ? 'former' : c.relation;
}

/**
 * A contact's relationship in the Contacts table, with the mentoring's days: "My mentor since
 * 10 Jan 2024"; one that ended (contactShownAs) "My former mentor, 10 Jan 2024 – 30 Jun 2025";
 * one still to start "My mentee from 1 Dec 2026"; an end still to come follows ("…, until 30
 * Jun 2027").
 */
export function relationText(c: Mentoring, asOf: LocalDate): string {
  if (c.relation === 'contact' || c.since === null) return relationLabels[c.relation];
  const since = formatDate(c.since);
  const until = c.until ? formatDate(c.until) : null;
  if (contactShownAs(c, asOf) === 'former') return `My former ${c.relation}, ${since} – ${until}`;
  const from = c.since > asOf ? 'from' : 'since';
  const end = until ? `, until ${until}` : '';
  return `${relationLabels[c.relation]} ${from} ${since}${end}`;
}

/**
 * After a contact is saved, in the Contacts table's own words for the relationship
 * (relationText): "Saved Ana Lima as your mentor since 10 Jan 2026.", "… as your former
 * mentor, 10 Jan 2024 – 30 Jun 2025."
 */
export function contactSavedText(
  saved: Mentoring & { name: string; edited: boolean },
  asOf: LocalDate,
): string {
  if (saved.edited) return `Saved your changes to ${saved.name}.`;
  if (saved.relation === 'contact') return `Saved ${saved.name} to your contacts.`;
  return `Saved ${saved.name} as ${relationText(saved, asOf).replace(/^My /, 'your ')}.`;
}

/**
 * The contact form opened on a contact changed or deleted in another window since (as
 * entryConflictText says it of a journal entry): what a deleted contact took with it is their
 * interactions, which a save here does not bring back.
 */
export const contactConflictText: Record<'CHANGED' | 'DELETED', string> = {
  CHANGED:
    'This contact was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.',
  DELETED:
    'This contact was deleted in another window after you opened this form, with their interactions. Saving will add them again as a new contact with what you see here; their interactions do not come back with it. Cancel leaves them deleted.',
};

/** The membership form's, as contactConflictText: a membership has nothing attached to it. */
export const membershipConflictText: Record<'CHANGED' | 'DELETED', string> = {
  CHANGED:
    'This membership was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.',
  DELETED:
    'This membership was deleted in another window after you opened this form. Saving will add it again with what you see here; Cancel leaves it deleted.',
};

/** After a membership is saved, with its renewal day when it has one. */
export function membershipSavedText(saved: {
  organisation: string;
  renewal: string | null;
  edited: boolean;
}): string {
  const what = `your membership of ${saved.organisation}`;
  return [
    saved.edited ? `Saved the changes to ${what}.` : `Saved ${what}.`,
    saved.renewal ? `Renewal date: ${formatDate(saved.renewal)}.` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** After "Done" on a follow-up. */
export const followUpDoneText = (name: string) => `Follow-up with ${name} marked as done.`;
export const followUpNotBackText =
  'The follow-up was not put back: the interaction was changed or deleted since.';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Asked before a contact with interactions is deleted, naming what goes with them: "Delete
 * Morgan Ellis and their 3 interactions (1 with credit entries)?"
 */
export function contactDeleteQuestion(
  name: string,
  interactions: number,
  withCredits: number,
): string {
  const theirs = interactions === 1 ? 'their interaction' : `their ${interactions} interactions`;
  const credits =
    withCredits === 0
      ? ''
      : interactions === 1
        ? ' (with credit entries)'
        : ` (${withCredits} with credit entries)`;
  return `Delete ${name} and ${theirs}${credits}?`;
}

/** The confirming button: the ellipsis when the credit entries are asked about next. */
export function contactDeleteLabel(name: string, interactions: number, credits: boolean): string {
  const what = `Delete ${name} and ${counted(interactions, 'interaction', 'interactions')}`;
  return credits ? `${what}…` : what;
}

/**
 * After a contact is deleted, what went (counted from what the delete removed): "Deleted
 * Morgan Ellis and 3 interactions." — with their credit entries deleted or kept unlinked.
 */
export function contactDeletedText(
  name: string,
  removed: { interactions: number; credits: number; action: 'delete' | 'unlink' },
): string {
  if (removed.interactions === 0) return `Deleted ${name}.`;
  const interactions = counted(removed.interactions, 'interaction', 'interactions');
  if (removed.credits === 0) return `Deleted ${name} and ${interactions}.`;
  const credits = counted(removed.credits, 'credit entry', 'credit entries');
  if (removed.action === 'delete') return `Deleted ${name}, ${interactions} and ${credits}.`;
  const stay = removed.credits === 1 ? 'stays' : 'stay';
  return `Deleted ${name} and ${interactions}. Their ${credits} ${stay} in your credit log, unlinked.`;
}

/**
 * A membership's state in the Memberships list: "Starts 15 Jan 2027" (recorded ahead, not yet
 * counted by the ladder), "Current", "Lapsed: renewal date passed" or "Left".
 */
export function membershipStateText(state: MembershipState): string {
  switch (state.kind) {
    case 'starts':
      return `Starts ${formatDate(state.on)}`;
    case 'current':
      return 'Current';
    case 'lapsed':
      return 'Lapsed: renewal date passed';
    case 'left':
      return 'Left';
  }
}

type FieldErrors = readonly { field: string; code: string; expected?: number; actual?: number }[];

/**
 * A day before the day it follows, said with both days named (END_BEFORE_START), per field of
 * the network forms; the learning forms keep the general sentence.
 */
const orderWords: Record<string, string> = {
  renewal: 'The renewal date cannot be before the day you became a member.',
  endedOn: 'The day you left cannot be before the day you became a member.',
  until: 'The day the mentoring ended cannot be before the day it began.',
};

/** "The follow-up cannot be before the interaction (10 Nov 2026)." */
export const followUpBeforeText = (date: string) =>
  `The follow-up cannot be before the interaction (${formatDate(date)}).`;

/**
 * A network form's errors as a map from field to sentence (the first error per field, as
 * errorMap), with the date-order problems said in the form's own words. `interactionDate`: the
 * interaction's day as saved, named in the follow-up's message.
 */
export function networkErrorMap(
  errors: FieldErrors,
  interactionDate?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const order =
      e.code !== 'END_BEFORE_START'
        ? undefined
        : e.field === 'followUp' && interactionDate
          ? followUpBeforeText(interactionDate)
          : orderWords[e.field];
    out[e.field] ??= order ?? journalErrorText(e.code, e);
  }
  return out;
}
