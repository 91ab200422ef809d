/**
 * Checks of network entries before they are saved (issue 6 part 4): contacts, mentoring
 * relationships, interactions and association memberships.
 */
import { areas } from '../../catalog/credentials/types';
import type { LocalDate } from '../../dates';
import {
  checkCost,
  checkDate,
  checkHours,
  checkName,
  checkOneOf,
  checkRange,
  checkReflection,
  checkText,
  type JournalError,
} from './fields';
import {
  contactRelations,
  interactionKinds,
  type Contact,
  type Interaction,
  type Membership,
} from './types';

export const TAG_MAX = 60;

/**
 * Each tag at most TAG_MAX characters (counted as checkLength counts them); the error's `actual`
 * is the longest tag's length.
 */
function checkTags(tags: unknown, errors: JournalError[]): void {
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) {
    errors.push({ field: 'tags', code: 'TOO_LONG' });
    return;
  }
  const longest = Math.max(0, ...(tags as string[]).map((t) => [...t].length));
  if (longest > TAG_MAX)
    errors.push({ field: 'tags', code: 'TOO_LONG', expected: TAG_MAX, actual: longest });
}

/**
 * A mentor or mentee needs the day the relationship began (the ladder counts from it). That
 * day has happened, as every past-event date (a course completed, an interaction): "since"
 * later than today (`asOf`) is refused (IN_FUTURE). Without `asOf` that one check is not made.
 * `storedSince`, the day the contact already holds, is not refused again when kept as it is:
 * a contact saved before the check existed, or restored from such a backup, stays editable
 * (the ladder counts the mentoring from that day, so not before it).
 */
export function validateContact(
  contact: Contact,
  asOf?: LocalDate,
  storedSince?: LocalDate | null,
): JournalError[] {
  const errors: JournalError[] = [];
  checkName(contact.name, 'name', errors);
  for (const f of ['organisation', 'role', 'howMet', 'notes'] as const)
    checkText(contact[f], f, errors);
  checkOneOf(contact.relation, contactRelations, 'relation', errors);
  const mentoring = contact.relation !== 'contact';
  const since = checkDate(contact.since, 'since', errors, mentoring);
  if (mentoring && asOf !== undefined && since && since > asOf && since !== storedSince)
    errors.push({ field: 'since', code: 'IN_FUTURE' });
  const until = checkDate(contact.until, 'until', errors, false);
  checkRange(since, until, 'until', errors);
  checkTags(contact.tags, errors);
  return errors;
}

/**
 * An interaction happened on a day not after today; its contact must exist. Hours may be 0
 * (a short message earns nothing). A follow-up comes after what it follows: any day from the
 * interaction's own on (one before it would be overdue the moment it is saved); a follow-up
 * before the interaction is refused at the follow-up (END_BEFORE_START).
 */
export function validateInteraction(
  interaction: Interaction,
  contactIds: ReadonlySet<string>,
  asOf: LocalDate,
): JournalError[] {
  const errors: JournalError[] = [];
  if (!contactIds.has(interaction.contactId))
    errors.push({ field: 'contactId', code: 'UNKNOWN_CONTACT' });
  const date = checkDate(interaction.date, 'date', errors, true);
  if (date && date > asOf) errors.push({ field: 'date', code: 'IN_FUTURE' });
  checkOneOf(interaction.kind, interactionKinds, 'kind', errors);
  checkOneOf(interaction.area, areas, 'area', errors);
  checkHours(interaction.hours, 'hours', errors);
  const followUp = checkDate(interaction.followUp, 'followUp', errors, false);
  checkRange(date, followUp, 'followUp', errors);
  checkText(interaction.notes, 'notes', errors);
  checkReflection(interaction.reflection, errors);
  return errors;
}

/**
 * A membership needs its association and the day it began. That day may be later than today:
 * a membership just paid for may start next month (it shows as "Starts …" and counts from that
 * day, membershipState). Renewal and leaving days are not before it (END_BEFORE_START).
 */
export function validateMembership(m: Membership): JournalError[] {
  const errors: JournalError[] = [];
  checkName(m.organisation, 'organisation', errors);
  const since = checkDate(m.since, 'since', errors, true);
  const renewal = checkDate(m.renewal, 'renewal', errors, false);
  const ended = checkDate(m.endedOn, 'endedOn', errors, false);
  checkRange(since, renewal, 'renewal', errors);
  checkRange(since, ended, 'endedOn', errors);
  checkCost(m.cost, errors);
  checkText(m.notes, 'notes', errors);
  return errors;
}
