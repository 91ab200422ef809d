import {
  courseCredits,
  eventCredits,
  mediaCredits,
  type CreditProposal,
} from '../../../../shared/domain/journal';
import type { CreditData } from '../../db/credit-hooks';
import type { JournalData } from '../../db/journal-hooks';
import { proposedSplits, type PendingCredits, type Split } from './CreditConfirm';
import { proposalChangedText, splitResetText } from './messages';

/** Area fields typed in the confirm panel, by proposed entry (its key), with its hours then. */
export type TypedByKey = Record<string, { split: Split; amount: number }>;

/** An entry of the journal as stored now, with the credit entries it proposes. */
function proposalNow(
  table: string,
  id: string,
  journal: JournalData,
  credit: CreditData,
  asOf: string,
): { row: object; title: string; proposal: CreditProposal } | undefined {
  if (table === 'courses') {
    const c = journal.courses.find((x) => x.id === id);
    return c && { row: c, title: c.title, proposal: courseCredits(c, credit.withRules) };
  }
  if (table === 'events') {
    const e = journal.events.find((x) => x.id === id);
    const sessions = journal.sessions.filter((s) => s.eventId === id);
    return (
      e && { row: e, title: e.name, proposal: eventCredits(e, sessions, credit.withRules, asOf) }
    );
  }
  if (table === 'media') {
    const m = journal.media.find((x) => x.id === id);
    return m && { row: m, title: m.title, proposal: mediaCredits(m, credit.withRules) };
  }
  return undefined;
}

/**
 * The confirm panel as its entry is stored now (review: a panel kept the figures of when it
 * opened, and confirmed them after the entry was changed in another window): its credit
 * entries worked out again from the live entry, as a save in this window does, with the stored
 * row they come from (`row`: confirming is refused when it changed since). The area fields
 * show what was typed (`typed`) while the entry's hours are still those it was typed for,
 * else the proposal again, and `notes` say what changed. The panel as opened when the entry
 * is not in the journal (deleted: the panel closes itself).
 */
export function livePanel(
  opened: PendingCredits,
  typed: TypedByKey,
  journal: JournalData,
  credit: CreditData,
  asOf: string,
): { pending: PendingCredits; splits: (Split | null)[]; notes: string[] } {
  const now = proposalNow(opened.table, opened.sourceId, journal, credit, asOf);
  const names = new Map(credit.withRules.map((h) => [h.credential.id, h.rule.acronym]));
  const pending: PendingCredits = now
    ? {
        table: opened.table,
        sourceId: opened.sourceId,
        title: now.title,
        suggestions: now.proposal.suggestions,
        countsFor:
          now.proposal.suggestions.length > 0
            ? now.proposal.countsFor.map((id) => names.get(id) ?? id)
            : opened.countsFor,
        row: now.row,
      }
    : opened;
  const { suggestions } = pending;
  const proposed = proposedSplits(suggestions);
  const splits = suggestions.map((s, i) => {
    const t = typed[s.key];
    return proposed[i] && t && t.amount === s.activity.amount ? t.split : proposed[i]!;
  });
  const stillFits = (key: string, amount: number) =>
    suggestions.some((s) => s.key === key && s.activity.split && s.activity.amount === amount);
  const reset = Object.entries(typed).some(([key, t]) => !stillFits(key, t.amount));
  const changed = JSON.stringify(suggestions) !== JSON.stringify(opened.suggestions);
  const notes = [
    ...(changed ? [proposalChangedText(pending.title, suggestions.length === 0)] : []),
    ...(reset && suggestions.length > 0 ? [splitResetText] : []),
  ];
  return { pending, splits, notes };
}
