import { useEffect, useRef, useState } from 'react';
import {
  followUpsAnsweredBy,
  interactionCredits,
  isFollowUpOverdue,
  openFollowUps,
  type LinkAction,
} from '../../../../shared/domain/journal';
import { compareFollowUps } from '../../../../shared/domain/journal/list-order';
import { hrefFor } from '../../app/routes';
import { afterRemoval, focusSoon } from '../../components/focus-soon';
import { formatDate, formatNumber } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import type { CreditData } from '../../db/credit-hooks';
import type { JournalData } from '../../db/journal-hooks';
import {
  clearFollowUp,
  restoreFollowUp,
  deleteInteraction,
  type InteractionRow,
} from '../../db/repositories/journal-network';
import { useStore } from '../../db/store-context';
import type { PendingCredits } from '../learning/CreditConfirm';
import { EntryTable, matches } from '../learning/EntryTable';
import { saveFailureText } from '../experience/messages';
import { interactionKindLabels } from '../learning/messages';
import { useEntryDelete } from '../learning/use-entry-actions';
import { useEditing } from '../learning/use-editing';
import { useTabFormBack } from '../learning/use-form-back';
import { noMatchWords } from '../learning/tab-words';
import { InteractionForm, type InteractionTyped } from './InteractionForm';
import { interactionPending } from './live-pending';
import {
  followUpDoneText,
  followUpNotBackText,
  interactionSavedText,
  type InteractionCredit,
} from './messages';
import { interactionWords, noContactsText } from './tab-words';
import { WriteButton } from '../../components/read-only';

/** "Confirmed: “Mentoring I gave with Priya Shah” now counts for PMP in your credit log." */
export function creditsConfirmedText(p: Pick<PendingCredits, 'title' | 'countsFor'>): string {
  return `Confirmed: “${p.title}” now counts for ${p.countsFor.join(', ')} in your credit log.`;
}

/** Interactions, the follow-ups still to do, and the credit mentoring earns. */
export function InteractionsTab(props: {
  journal: JournalData;
  credit: CreditData;
  asOf: string;
  linked: Map<string, number>;
  query: string;
  /** Empties the search box and puts focus in it (an empty list's "Clear the search"). */
  clearSearch: () => void;
  /**
   * Shows credit entries to confirm, or takes them away; with `savedId` (an interaction saved,
   * proposing nothing), only when the panel is that interaction's.
   */
  onPending: (p: PendingCredits | null, savedId?: string) => void;
  /** `#/network/interactions/new`: the form for a new interaction opens (command palette). */
  startNew: boolean;
}) {
  const { journal, credit, linked, onPending } = props;
  const store = useStore();
  const offerUndo = useUndo();
  const { editing, open, close, drop, listRef } = useEditing<InteractionRow>(
    'network',
    'interactions',
    props.startNew,
  );
  const [failure, setFailure] = useState<string | null>(null);
  const followUpsHeading = useRef<HTMLHeadingElement>(null);
  // An interaction deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<InteractionRow, InteractionTyped>({
    screen: 'network/interactions',
    noun: 'interaction',
    rows: journal.interactions,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useEntryDelete(back.onDeleted);
  // The form, once shown, stays when the last contact is deleted (in another window) while it
  // is open: what was typed is kept, and its contact field asks for a contact. Only a form
  // about to open with no contact to choose gives way to "Add a contact first".
  const [shownFor, setShownFor] = useState<typeof editing>(null);
  if (shownFor !== editing && (editing === null || journal.contacts.length > 0))
    setShownFor(editing);
  const formOpen = editing !== null && shownFor === editing;
  const nameOf = (id: string) => journal.contacts.find((c) => c.id === id)?.name ?? '';
  // What names one interaction among the contact's others, in its row's buttons ("Delete Call
  // with Priya Shah, 1 Nov 2026": never the contact's own "Delete Priya Shah") and in the
  // notice of its delete: its kind, the contact and its day.
  const titleOf = (i: InteractionRow) =>
    `${interactionKindLabels[i.kind]} with ${nameOf(i.contactId)}, ${formatDate(i.date)}`;
  const proposalOf = (i: InteractionRow) =>
    interactionCredits(i, nameOf(i.contactId), credit.withRules);
  const pendingOf = (i: InteractionRow) => interactionPending(i, journal, credit);

  // The save notice that asked to confirm an interaction's credit entries must not keep asking
  // once they are confirmed: when they reach the credit log, a notice says they are there.
  const awaitingConfirm = useRef<PendingCredits | null>(null);
  useEffect(() => {
    const waiting = awaitingConfirm.current;
    if (!waiting || !linked.get(waiting.sourceId)) return;
    awaitingConfirm.current = null;
    offerUndo(creditsConfirmedText(waiting));
  }, [linked, offerUndo]);

  // One notice says what was saved, which follow-up it answers and how it counts (the toast
  // is the page's status line).
  // `settled`: its credit entries need nothing more, with `action` the answer when one was
  // asked; an edit that left them as they were is settled with no action (as in Learning).
  function saved(row: InteractionRow, settled: boolean, action?: LinkAction) {
    // Deleted in another window and saved again after the form said so: added as new.
    const edited = editing !== null && editing !== 'new' && editing.id === row.id;
    // The interactions as they were before this save (the list may already show it): the
    // follow-ups open then that this one now answers leave the list, so the notice says so.
    const before = journal.interactions.filter((i) => i.id !== row.id);
    if (edited) before.push(editing);
    const answered = followUpsAnsweredBy(before, row).map((i) => i.followUp);
    close();
    const pending = settled ? null : pendingOf(row);
    onPending(pending, row.id);
    awaitingConfirm.current = pending;
    const counts: InteractionCredit = action
      ? { kind: 'linked', action }
      : pending
        ? { kind: 'confirm', countsFor: pending.countsFor }
        : {
            kind: 'none',
            reason: proposalOf(row).reason ?? 'NO_CREDIT_KIND',
            // Credit entries left as they were: the notice says nothing of credit (it is
            // earned and already in the credit log), not why it would earn none.
            mentoring:
              !settled && (row.kind === 'mentoring-received' || row.kind === 'mentoring-given'),
          };
    offerUndo(
      interactionSavedText({
        kind: row.kind,
        contactName: nameOf(row.contactId),
        date: row.date,
        followUp: row.followUp,
        edited,
        credit: counts,
        answered,
      }),
    );
  }

  // The Done button goes with its follow-up: focus moves to the next one's Done button (the
  // one before on the last), else to the Follow-ups heading, as a deleted row's does.
  async function followUpDone(i: InteractionRow, control: HTMLElement) {
    setFailure(null);
    try {
      const next = afterRemoval(control, 'li', () => followUpsHeading.current);
      const was = await clearFollowUp(store, i.id);
      focusSoon(next, undefined, control);
      // Already done elsewhere: nothing to take back.
      if (was === null) return offerUndo(followUpDoneText(nameOf(i.contactId)));
      offerUndo(followUpDoneText(nameOf(i.contactId)), async () => {
        if (!(await restoreFollowUp(store, was))) throw new UndoRefused(followUpNotBackText);
      });
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  // The same rule as the reminders, the calendar and the Dashboard: a later interaction with
  // the person answers the follow-up. Soonest due first; on one day as the interactions are
  // listed (compareFollowUps), whatever order they come in.
  const followUps = openFollowUps(journal.interactions).sort(compareFollowUps);
  const stillOpen = new Set(followUps.map((i) => i.id));
  // A follow-up a later interaction answered stays on its row, marked so: it is not owed.
  const followUpCell = (i: InteractionRow) =>
    i.followUp && !stillOpen.has(i.id)
      ? `${formatDate(i.followUp)} (answered)`
      : formatDate(i.followUp);
  const rows = journal.interactions.filter((i) =>
    matches(props.query, nameOf(i.contactId), i.notes, interactionKindLabels[i.kind]),
  );
  // No "Show" choice here: only the search can hide them.
  const noMatch = noMatchWords(interactionWords, props.query, null);
  return (
    <section aria-label="Interactions" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      {editing && formOpen ? (
        <InteractionForm
          key={editing === 'new' ? 'new' : editing.id}
          interaction={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          contacts={journal.contacts}
          held={credit.withRules}
          onSaved={saved}
          onCancel={close}
        />
      ) : journal.contacts.length === 0 ? (
        <p>
          <a href={hrefFor('network', 'contacts', 'new')}>Add a contact</a> first; then you can log
          your interactions with them.
        </p>
      ) : (
        <div className="actions">
          <WriteButton id="log-interaction" type="button" onClick={() => open('new')}>
            Log an interaction
          </WriteButton>
        </div>
      )}
      <h2 ref={followUpsHeading}>Follow-ups</h2>
      {followUps.length === 0 ? (
        <p>No follow-ups planned.</p>
      ) : (
        <ul className="journal-list" aria-label="Follow-ups">
          {followUps.map((i) => (
            <li key={i.id}>
              {formatDate(i.followUp)}: {nameOf(i.contactId)}
              {isFollowUpOverdue(i.followUp, props.asOf) && <strong> (overdue)</strong>}{' '}
              <WriteButton
                type="button"
                className="secondary"
                onClick={(e) => void followUpDone(i, e.currentTarget)}
              >
                Done<span className="visually-hidden">: follow up with {nameOf(i.contactId)}</span>
              </WriteButton>
            </li>
          ))}
        </ul>
      )}
      <EntryTable
        noun={interactionWords.noun}
        total={journal.interactions.length}
        emptyText={journal.contacts.length === 0 ? noContactsText : interactionWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: props.clearSearch }}
        caption="Your interactions, latest first"
        headers={['Contact', 'Date', 'Kind', 'Hours', 'Follow-up']}
        lines={rows.map((i) => ({
          id: i.id,
          title: nameOf(i.contactId),
          name: titleOf(i),
          cells: [
            formatDate(i.date),
            interactionKindLabels[i.kind],
            formatNumber(i.hours),
            followUpCell(i),
          ],
          linked: linked.get(i.id) ?? 0,
          canPropose: proposalOf(i).suggestions.length > 0,
          onEdit: () => open(i),
          onDelete: () =>
            del.ask(titleOf(i), linked.get(i.id) ?? 0, (a) => deleteInteraction(store, i.id, a)),
          onPropose: () => onPending(pendingOf(i)),
        }))}
      />
      {del.dialog}
    </section>
  );
}
