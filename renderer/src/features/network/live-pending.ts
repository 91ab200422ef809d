import { interactionCredits } from '../../../../shared/domain/journal';
import type { CreditData } from '../../db/credit-hooks';
import type { JournalData } from '../../db/journal-hooks';
import type { InteractionRow } from '../../db/repositories/journal-network';
import type { PendingCredits, Split } from '../learning/CreditConfirm';
import { livePanel, type TypedByKey } from '../learning/live-pending';
import { interactionKindLabels, proposalChangedText } from '../learning/messages';
import { pendingFor } from '../learning/use-entry-actions';

/** An interaction's name in its confirm panel: "Mentoring I gave with Priya Shah". */
const titleOf = (i: InteractionRow, contactName: string) =>
  `${interactionKindLabels[i.kind]} with ${contactName}`;

const contactNameOf = (journal: JournalData, i: InteractionRow) =>
  journal.contacts.find((c) => c.id === i.contactId)?.name ?? '';

/** The credit entries an interaction proposes, as the confirm panel shows them; null: none. */
export function interactionPending(
  i: InteractionRow,
  journal: JournalData,
  credit: CreditData,
): PendingCredits | null {
  const name = contactNameOf(journal, i);
  const proposal = interactionCredits(i, name, credit.withRules);
  return pendingFor('interactions', i.id, titleOf(i, name), proposal, credit.withRules);
}

/**
 * The confirm panel of an interaction as it is stored now, as the Learning screen shows its
 * entries (livePanel): a panel kept the figures of when it opened, and confirmed them after the
 * interaction was changed in another window. Its credit entries are worked out again from the
 * live interaction with the stored row they come from (`row`: confirmCredits refuses them when
 * it changed since); the area fields keep what was typed while the hours are those it was
 * typed for, and `notes` say what changed. The panel as opened once the interaction is gone
 * (the panel closes itself).
 */
export function liveInteractionPanel(
  opened: PendingCredits,
  typed: TypedByKey,
  journal: JournalData,
  credit: CreditData,
  asOf: string,
): { pending: PendingCredits; splits: (Split | null)[]; notes: string[] } {
  const row = journal.interactions.find((i) => i.id === opened.sourceId);
  if (!row) return livePanel(opened, typed, journal, credit, asOf);
  const title = titleOf(row, contactNameOf(journal, row));
  const now: PendingCredits = {
    ...(interactionPending(row, journal, credit) ?? {
      table: opened.table,
      sourceId: opened.sourceId,
      title,
      suggestions: [],
      countsFor: opened.countsFor,
    }),
    row,
  };
  // livePanel works out the Learning entries itself; an interaction's proposal, worked out
  // here, is given as the panel "opened": it merges what was typed and says when it was reset.
  const live = livePanel(now, typed, journal, credit, asOf);
  const changed = JSON.stringify(now.suggestions) !== JSON.stringify(opened.suggestions);
  return {
    ...live,
    notes: [
      ...(changed ? [proposalChangedText(title, now.suggestions.length === 0)] : []),
      ...live.notes,
    ],
  };
}
