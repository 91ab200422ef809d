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

/** A mentor or mentee needs the day the relationship began (the ladder counts from it). */
export function validateContact(contact: Contact): JournalError[] {
  const errors: JournalError[] = [];
  checkName(contact.name, 'name', errors);
  for (const f of ['organisation', 'role', 'howMet', 'notes'] as const)
    checkText(contact[f], f, errors);
  checkOneOf(contact.relation, contactRelations, 'relation', errors);
  const mentoring = contact.relation !== 'contact';
  const since = checkDate(contact.since, 'since', errors, mentoring);
  const until = checkDate(contact.until, 'until', errors, false);
  checkRange(since, until, 'until', errors);
  checkTags(contact.tags, errors);
  return errors;
}

/**
 * An interaction happened on a day not after today; its contact must exist. Hours may be 0
 * (a short message earns nothing); a follow-up may be any day.
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
  checkDate(interaction.followUp, 'followUp', errors, false);
  checkText(interaction.notes, 'notes', errors);
  checkReflection(interaction.reflection, errors);
  return errors;
}

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
