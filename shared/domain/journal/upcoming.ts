/**
 * What the Dashboard lists from the journal (issue 6 part 4 and 7): events about to start,
 * follow-ups due (overdue ones first, they are still owed) and membership renewals.
 */
import { addDays, type LocalDate } from '../../dates';
import { isFollowUpOverdue, openFollowUps } from './follow-ups';
import type { Interaction, JournalEvent, Membership } from './types';

export type UpcomingItem =
  | { kind: 'event'; id: string; date: LocalDate; name: string }
  | { kind: 'follow-up'; id: string; date: LocalDate; contactId: string; overdue: boolean }
  | { kind: 'renewal'; id: string; date: LocalDate; organisation: string };

/**
 * Items from `asOf` to `asOf + days` (and follow-ups already due), soonest first. A follow-up
 * answered by a later interaction with the same person is done (openFollowUps).
 */
export function upcomingItems(
  input: {
    events: readonly JournalEvent[];
    interactions: readonly (Interaction & { createdAt?: string })[];
    memberships: readonly Membership[];
  },
  asOf: LocalDate,
  days: number,
): UpcomingItem[] {
  const until = addDays(asOf, days);
  const items: UpcomingItem[] = [];
  for (const e of input.events) {
    if (e.end >= asOf && e.start <= until)
      items.push({ kind: 'event', id: e.id, date: e.start, name: e.name });
  }
  for (const i of openFollowUps(input.interactions)) {
    if (i.followUp <= until) {
      items.push({
        kind: 'follow-up',
        id: i.id,
        date: i.followUp,
        contactId: i.contactId,
        overdue: isFollowUpOverdue(i.followUp, asOf),
      });
    }
  }
  for (const m of input.memberships) {
    if (m.endedOn === null && m.renewal && m.renewal >= asOf && m.renewal <= until) {
      items.push({ kind: 'renewal', id: m.id, date: m.renewal, organisation: m.organisation });
    }
  }
  return items.sort((a, b) =>
    a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? -1 : 1,
  );
}
