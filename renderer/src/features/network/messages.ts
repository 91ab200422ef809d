import type {
  ContactRelation,
  InteractionKind,
  LinkAction,
  NoCreditReason,
} from '../../../../shared/domain/journal';
import { formatDate } from '../../components/format';
import { noCreditText } from '../learning/messages';

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

/**
 * After an interaction is saved: which one ("Saved your call with Priya Shah on 20 Nov 2026."),
 * its follow-up, and how it counts for credit, in one notice.
 */
export function interactionSavedText(saved: {
  kind: InteractionKind;
  contactName: string;
  date: string;
  followUp: string | null;
  edited: boolean;
  credit: InteractionCredit;
}): string {
  const what = `${interactionPhrase(saved.kind, saved.contactName)} on ${formatDate(saved.date)}`;
  return [
    saved.edited ? `Saved the changes to ${what}.` : `Saved ${what}.`,
    saved.followUp ? `Next follow-up: ${formatDate(saved.followUp)}.` : null,
    creditText(saved.credit),
  ]
    .filter(Boolean)
    .join(' ');
}

/** After a contact is saved: "Saved Ana Lima as your mentor since 10 Jan 2026." */
export function contactSavedText(saved: {
  name: string;
  relation: ContactRelation;
  since: string | null;
  edited: boolean;
}): string {
  if (saved.edited) return `Saved your changes to ${saved.name}.`;
  if (saved.relation === 'contact') return `Saved ${saved.name} to your contacts.`;
  const since = saved.since ? ` since ${formatDate(saved.since)}` : '';
  return `Saved ${saved.name} as your ${saved.relation}${since}.`;
}

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
