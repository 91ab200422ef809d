import { useRef, useState } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import type { CreditSuggestion } from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import { formatDate, formatNumber } from '../../components/format';
import { useUndo } from '../../components/undo';
import { useStore } from '../../db/store-context';
import { confirmCredits } from '../../db/repositories/journal';
import { ALREADY_CONFIRMED } from '../../db/repositories/journal-links';
import { activityTypeLabels, areaLabels } from '../credentials/messages';
import { saveFailureText } from '../experience/messages';
import { creditsAlreadyAddedText, errorMap } from './messages';
import { hoursOf, hoursWorded, textOf } from './inputs';

export interface PendingCredits {
  table: string;
  sourceId: string;
  title: string;
  suggestions: CreditSuggestion[];
  /** Acronyms of the credentials they count for. */
  countsFor: string[];
}

type Split = Record<(typeof areas)[number], string>;

function entryRow(id: string): Element | null {
  // By id: two entries may share a title (a monthly chapter meeting).
  const row = [...document.querySelectorAll('tr[data-entry-id]')].find(
    (tr) => tr.getAttribute('data-entry-id') === id,
  );
  return row?.querySelector('button') ?? document.querySelector('section[tabindex="-1"]');
}

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
 * The proposed credit entries of an entry, shown for the user to check and confirm (issue 6:
 * "the user confirms"). The area split of each education entry can be changed first.
 */
export function CreditConfirm({
  pending,
  onDone: close,
}: {
  pending: PendingCredits;
  onDone: () => void;
}) {
  // The panel goes once answered: focus goes to the entry's row in the list (its first
  // button), else to the list, so the user carries on from the entry they were deciding on.
  const onDone = () => {
    close();
    focusSoon(() => entryRow(pending.sourceId), pageHeading);
  };
  const store = useStore();
  const asOf = useToday();
  const [splits, setSplits] = useState<(Split | null)[]>(() =>
    pending.suggestions.map((s) =>
      s.activity.split
        ? {
            waysOfWorking: textOf(s.activity.split.waysOfWorking),
            powerSkills: textOf(s.activity.split.powerSkills),
            businessAcumen: textOf(s.activity.split.businessAcumen),
          }
        : null,
    ),
  );
  const offerUndo = useUndo();
  const [problem, setProblem] = useState<string | null>(null);
  // While the credit entries are being written the button is off, and a second click (before
  // React has re-rendered) is ignored: one confirmation writes them once.
  const [busy, setBusy] = useState(false);
  const writing = useRef(false);

  // Each area's hours as typed, under the error key of its credit entry's split.
  const typedSplits = () =>
    Object.fromEntries(
      splits.flatMap((split, i) =>
        split ? areas.map((area) => [`credits.${i}.split.${area}`, split[area]]) : [],
      ),
    );

  async function confirm() {
    if (writing.current) return;
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
    writing.current = true;
    setBusy(true);
    try {
      const result = await confirmCredits(store, pending.table, pending.sourceId, list, asOf);
      if (result.ok) return onDone();
      // Already in the credit log (confirmed in another window, say): nothing is left to
      // confirm, so the panel goes and the status notice says why nothing was added.
      if (result.errors.some((e) => e.code === ALREADY_CONFIRMED)) {
        offerUndo(creditsAlreadyAddedText(pending.title));
        return onDone();
      }
      setProblem(Object.values(hoursWorded(errorMap(result.errors), typedSplits())).join(' '));
    } catch (error) {
      setProblem(saveFailureText(error));
    } finally {
      writing.current = false;
      setBusy(false);
    }
  }

  return (
    <section className="card credit-confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title" tabIndex={-1}>
        Credit entries to confirm
      </h2>
      <p>
        “{pending.title}” earns credit for {pending.countsFor.join(', ')}. Check the entries below;
        nothing is added to your credit log until you confirm.
      </p>
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <ul className="journal-list">
        {pending.suggestions.map((s, i) => (
          <li key={s.key}>
            <strong>{s.activity.title}</strong>{' '}
            <span className="muted">
              {activityTypeLabels[s.activity.type]} · {formatNumber(s.activity.amount)} h ·{' '}
              {formatDate(s.activity.date)}
            </span>
            {splits[i] && (
              <fieldset className="split-row">
                <legend>Hours per area for “{s.activity.title}”</legend>
                {areas.map((area) => (
                  <label key={area}>
                    {areaLabels[area]}
                    <input
                      inputMode="decimal"
                      value={splits[i]![area]}
                      onChange={(e) =>
                        setSplits((all) =>
                          all.map((x, j) => (j === i && x ? { ...x, [area]: e.target.value } : x)),
                        )
                      }
                    />
                  </label>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void confirm()}>
          Confirm credit entries
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Not now
        </button>
      </div>
    </section>
  );
}
