/**
 * When a planned follow-up is still owed (Ascent decision, README "Decisions"): one rule for
 * the Network screen, the Dashboard, the reminders and the calendar, so they never disagree.
 */
import type { LocalDate } from '../../dates';

interface Logged {
  contactId: string;
  date: LocalDate;
  followUp: LocalDate | null;
  /** When the interaction was logged (an ISO timestamp), where the record keeps it. */
  createdAt?: string;
}

/** True when `later` was with the same person after `i`: see openFollowUps. */
function answers(later: Logged, i: Logged): boolean {
  if (later === i || later.contactId !== i.contactId) return false;
  if (later.date !== i.date) return later.date > i.date;
  return !!later.createdAt && !!i.createdAt && later.createdAt > i.createdAt;
}

/**
 * The follow-ups still open (Ascent decision): a follow-up planned on an interaction is done
 * once a later interaction with the same contact is logged — that later contact is the
 * follow-up. Without one it stays open, and once its day has passed it is overdue.
 *
 * "Later" compares the interactions' days first. Two interactions on the same day are told
 * apart by when they were logged (`createdAt`): the one logged afterwards answers the earlier
 * one's follow-up, as a second call that day would. Without both creation times a same-day
 * interaction does not close the follow-up: it is kept open rather than silently dropped.
 */
export function openFollowUps<T extends Logged>(
  interactions: readonly T[],
): (T & { followUp: LocalDate })[] {
  const byContact = new Map<string, T[]>();
  for (const i of interactions) {
    const list = byContact.get(i.contactId);
    if (list) list.push(i);
    else byContact.set(i.contactId, [i]);
  }
  return interactions.filter(
    (i): i is T & { followUp: LocalDate } =>
      i.followUp !== null && !(byContact.get(i.contactId) ?? []).some((j) => answers(j, i)),
  );
}

/**
 * The follow-ups a save answers (the openFollowUps rule, so the person is told when a
 * follow-up leaves their list): those open among `before` — the interactions as they were
 * before the save, with the edited interaction's old version — that are no longer open once
 * `saved` takes its place. The saved interaction's own follow-up is not among them (changing
 * it is the person's own doing). Earliest follow-up first.
 */
export function followUpsAnsweredBy<T extends Logged & { id: string }>(
  before: readonly T[],
  saved: T,
): (T & { followUp: LocalDate })[] {
  const after = [...before.filter((i) => i.id !== saved.id), saved];
  const stillOpen = new Set(openFollowUps(after).map((i) => i.id));
  return openFollowUps(before)
    .filter((i) => i.id !== saved.id && !stillOpen.has(i.id))
    .sort((a, b) => (a.followUp < b.followUp ? -1 : a.followUp > b.followUp ? 1 : 0));
}

/**
 * An open follow-up is overdue once its day has passed (openFollowUps: "once its day has passed
 * it is overdue"): on its own day it is due, not yet overdue. One rule for the Network screen's
 * list and the Dashboard's.
 */
export function isFollowUpOverdue(followUp: LocalDate, asOf: LocalDate): boolean {
  return followUp < asOf;
}
