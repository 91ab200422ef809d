import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { areas, type Area } from '../../../../shared/catalog/credentials';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { unlinkedLookalikes, type CreditSuggestion } from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import { formatDate, formatNumber } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import { useCreditData } from '../../db/credit-hooks';
import { useStore } from '../../db/store-context';
import type { ActivityRow } from '../../db/repositories/activities';
import { confirmCredits, linkCreditEntry, unlinkCreditEntry } from '../../db/repositories/journal';
import { ALREADY_CONFIRMED } from '../../db/repositories/journal-links';
import { activityTypeLabels, areaLabels } from '../credentials/messages';
import { saveFailureText } from '../experience/messages';
import {
  creditsAlreadyAddedText,
  linkedInsteadText,
  linkNotUndoneText,
  sameLearningText,
  thisEntryText,
} from './messages';
import { confirmProblems, type ConfirmProblem } from './form-summary';
import { hoursOf, textOf } from './inputs';
import { SameLearningNote } from './LinkChoiceDialog';

export interface PendingCredits {
  table: string;
  sourceId: string;
  title: string;
  suggestions: CreditSuggestion[];
  /** Acronyms of the credentials they count for. */
  countsFor: string[];
  /**
   * The stored entry they were worked out from: confirming is refused, nothing written, when
   * the entry is no longer that version (changed in another window just before the click).
   */
  row?: object;
}

/** An entry's hours per area as typed in the panel. */
export type Split = Record<Area, string>;

/** The panel's area fields as proposed: each education entry's split, in the proposal's order. */
export function proposedSplits(suggestions: readonly CreditSuggestion[]): (Split | null)[] {
  return suggestions.map((s) =>
    s.activity.split
      ? {
          waysOfWorking: textOf(s.activity.split.waysOfWorking),
          powerSkills: textOf(s.activity.split.powerSkills),
          businessAcumen: textOf(s.activity.split.businessAcumen),
        }
      : null,
  );
}

/**
 * The area fields kept by the panel's owner instead of the panel (the Learning screen), so
 * what was typed outlives the panel being drawn again: `values` in the proposal's order,
 * `onChange` with a proposed entry's index and its fields as now typed.
 */
export interface TypedSplits {
  values: (Split | null)[];
  onChange: (index: number, split: Split) => void;
}

function entryRow(id: string): Element | null {
  // By id: two entries may share a title (a monthly chapter meeting).
  const row = [...document.querySelectorAll('tr[data-entry-id]')].find(
    (tr) => tr.getAttribute('data-entry-id') === id,
  );
  return row?.querySelector('button') ?? tabList();
}

/** The tab's list of entries (its section takes focus). */
const tabList = () => document.querySelector('section[tabindex="-1"]');

/**
 * The panel's React key: its entry, and what its fields are filled from (each proposed entry
 * and its area split). An edit of the entry that changes its hours or area, or which entries
 * it proposes, draws the panel afresh with the new figures; one that changes nothing of them
 * (its notes, say) keeps what was typed in the panel.
 */
export function creditConfirmKey(pending: Pick<PendingCredits, 'sourceId' | 'suggestions'>) {
  const parts = pending.suggestions.map((s) => [
    s.key,
    s.activity.split ? areas.map((area) => s.activity.split![area]) : null,
  ]);
  return `${pending.sourceId} ${JSON.stringify(parts)}`;
}

/** The panel's heading, where focus goes when the panel opens. */
export const confirmHeading = () => document.getElementById('confirm-title');

/**
 * Closes the panel when its entry is deleted while it is open (from the list, or in another
 * window): there is nothing left to confirm. Focus inside the panel goes to the tab's list.
 * An entry never seen (still being read) is not taken for deleted.
 */
function useCloseWhenGone(pending: PendingCredits, close: () => void) {
  const store = useStore();
  const panel = useRef<HTMLElement>(null);
  const seen = useRef(false);
  const exists = useLiveQuery(
    async () => !!(await store.db.table(pending.table).get(pending.sourceId)),
    [store, pending.table, pending.sourceId],
  );
  useEffect(() => {
    if (exists) seen.current = true;
    if (exists !== false || !seen.current) return;
    const inside = !!panel.current?.contains(document.activeElement);
    close();
    if (inside) focusSoon(tabList, pageHeading);
  }, [exists, close]);
  return panel;
}

/**
 * The proposed credit entries of an entry, shown for the user to check and confirm (issue 6:
 * "the user confirms"). The area split of each education entry can be changed first. A credit
 * entry already in the log, unlinked, for the same learning (rule "avoid counting the same
 * learning twice", unlinkedLookalikes) is named with a warning; for a single proposed entry the
 * panel offers to link that one instead of adding a second.
 */
export function CreditConfirm({
  pending,
  onDone: close,
  typed,
  notes = [],
}: {
  pending: PendingCredits;
  onDone: () => void;
  /** Given, the area fields are kept there (else in the panel, while it is drawn). */
  typed?: TypedSplits | undefined;
  /** Said at the top of the panel: its entry changed since the proposal, say. */
  notes?: readonly string[] | undefined;
}) {
  // The panel goes once answered: focus goes to the entry's row in the list (its first
  // button), else to the list, so the user carries on from the entry they were deciding on.
  const onDone = () => {
    close();
    focusSoon(() => entryRow(pending.sourceId), pageHeading);
  };
  const store = useStore();
  const asOf = useToday();
  const uid = useId();
  const panelRef = useCloseWhenGone(pending, close);
  const [ownSplits, setOwnSplits] = useState<(Split | null)[]>(() =>
    proposedSplits(pending.suggestions),
  );
  const splits = typed?.values ?? ownSplits;
  const setSplit = (i: number, area: Area, value: string) => {
    const now = splits[i];
    if (!now) return;
    const next = { ...now, [area]: value };
    if (typed) typed.onChange(i, next);
    else setOwnSplits((all) => all.map((x, j) => (j === i ? next : x)));
  };
  const offerUndo = useUndo();
  const [problems, setProblems] = useState<ConfirmProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // While the credit entries are being written the button is off, and a second click (before
  // React has re-rendered) is ignored: one confirmation writes them once.
  const [busy, setBusy] = useState(false);
  const writing = useRef(false);
  const activities = useCreditData()?.activities;
  const lookalikes = useMemo(
    () =>
      unlinkedLookalikes(
        pending.suggestions.map((s) => s.activity),
        activities ?? [],
      ),
    [pending.suggestions, activities],
  );
  const entry = thisEntryText(pending.table, pending.title);
  const fieldId = (i: number, area: Area) => `${uid}-split-${i}-${area}`;

  // Each area's hours as typed, under the error key of its credit entry's split.
  const typedSplits = () =>
    Object.fromEntries(
      splits.flatMap((split, i) =>
        split ? areas.map((area) => [`credits.${i}.split.${area}`, split[area]]) : [],
      ),
    );

  /** Runs one write of the panel (confirm, or link instead), once however often clicked. */
  async function write(work: () => Promise<void>) {
    if (writing.current) return;
    writing.current = true;
    setBusy(true);
    setFailure(null);
    setProblems([]);
    try {
      await work();
    } catch (error) {
      setFailure(saveFailureText(error));
    } finally {
      writing.current = false;
      setBusy(false);
    }
  }

  /** A refusal: already confirmed closes the panel with a notice; else the problems show. */
  function refused(errors: readonly FieldError[]) {
    // Already in the credit log (confirmed in another window, say): nothing is left to
    // confirm, so the panel goes and the status notice says why nothing was added.
    if (errors.some((e) => e.code === ALREADY_CONFIRMED)) {
      offerUndo(creditsAlreadyAddedText(pending.title));
      return onDone();
    }
    const titles = pending.suggestions.map((s) => s.activity.title);
    const found = confirmProblems(errors, titles, typedSplits());
    setProblems(found);
    // Focus goes to the first area field that is wrong (for a split that does not add up,
    // the entry's first area field), as a form's error summary sends it to the field.
    const first = found.find((p) => p.split && p.index !== null && splits[p.index]);
    if (first) {
      const id = fieldId(first.index!, first.area ?? areas[0]);
      requestAnimationFrame(() => document.getElementById(id)?.focus());
    }
  }

  const confirm = () =>
    write(async () => {
      const list = pending.suggestions.map((s, i) => {
        const split = splits[i];
        if (!split) return s.activity;
        return {
          ...s.activity,
          split: {
            waysOfWorking: hoursOf(split.waysOfWorking),
            powerSkills: hoursOf(split.powerSkills),
            businessAcumen: hoursOf(split.businessAcumen),
          },
        };
      });
      const result = await confirmCredits(
        store,
        pending.table,
        pending.sourceId,
        list,
        asOf,
        pending.row,
      );
      if (result.ok) return onDone();
      refused(result.errors);
    });

  // "Link that entry to this course instead": the credit entry already logged becomes this
  // entry's, nothing is added; Undo takes the link back (unlinkCreditEntry).
  const linkInstead = (logged: ActivityRow) =>
    write(async () => {
      const result = await linkCreditEntry(store, pending.table, pending.sourceId, logged.id);
      if (!result.ok) return refused(result.errors);
      const linked = result.value;
      onDone();
      offerUndo(
        linkedInsteadText(logged.title, pending.title),
        async () => {
          if (!(await unlinkCreditEntry(store, linked))) throw new UndoRefused(linkNotUndoneText);
        },
        { focus: () => entryRow(pending.sourceId) },
      );
    });

  const splitProblems = (i: number) => problems.filter((p) => p.split && p.index === i);
  const invalid = (i: number, area: Area) =>
    splitProblems(i).some((p) => p.area === null || p.area === area);

  return (
    <section ref={panelRef} className="card credit-confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title" tabIndex={-1}>
        Credit entries to confirm
      </h2>
      <p>
        “{pending.title}” earns credit for {pending.countsFor.join(', ')}. Check the entries below;
        nothing is added to your credit log until you confirm.
      </p>
      {notes.length > 0 && (
        <div role="status">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {(problems.length > 0 || failure) && (
        <div className="form-summary" role="alert">
          {problems.map((p, n) => (
            <p key={n}>{p.message}</p>
          ))}
          {failure && <p>{failure}</p>}
        </div>
      )}
      <ul className="journal-list">
        {pending.suggestions.map((s, i) => {
          const logged = lookalikes[i];
          const errorId = `${uid}-split-${i}-error`;
          const wrong = splitProblems(i);
          return (
            <li key={s.key}>
              <strong>{s.activity.title}</strong>{' '}
              <span className="muted">
                {activityTypeLabels[s.activity.type]} · {formatNumber(s.activity.amount)} h ·{' '}
                {formatDate(s.activity.date)}
              </span>
              {logged && (
                <SameLearningNote
                  id={`${uid}-same-${i}`}
                  text={sameLearningText(logged, entry)}
                  // Only a single proposed entry can be linked instead: the others would be left.
                  link={
                    pending.suggestions.length === 1
                      ? { entry, busy, onLink: () => void linkInstead(logged) }
                      : null
                  }
                />
              )}
              {splits[i] && (
                <fieldset className="split-row">
                  <legend>Hours per area for “{s.activity.title}”</legend>
                  {areas.map((area) => (
                    <label key={area}>
                      {areaLabels[area]}
                      <input
                        id={fieldId(i, area)}
                        inputMode="decimal"
                        value={splits[i]![area]}
                        aria-invalid={invalid(i, area) || undefined}
                        aria-describedby={invalid(i, area) ? errorId : undefined}
                        onChange={(e) => setSplit(i, area, e.target.value)}
                      />
                    </label>
                  ))}
                  {wrong.length > 0 && (
                    <p className="error" id={errorId}>
                      {wrong.map((p) => p.message).join(' ')}
                    </p>
                  )}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      <div className="actions">
        {pending.suggestions.length > 0 && (
          <button type="button" disabled={busy} onClick={() => void confirm()}>
            Confirm credit entries
          </button>
        )}
        <button type="button" className="secondary" onClick={onDone}>
          Not now
        </button>
      </div>
    </section>
  );
}
