import { useId, useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  withRenewalRemoved,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { useToday } from '../../app/use-today';
import {
  afterRemoval,
  firstField,
  firstOf,
  focusSoon,
  pageHeading,
} from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { WriteButton } from '../../components/read-only';
import { UndoRefused, useUndo } from '../../components/undo';
import { switchForm } from '../../components/unsaved-changes';
import { deleteRenewal, undoRenewal, type HeldRow } from '../../db/repositories/credentials';
import { saveFailureText } from '../experience/messages';
import { useStore } from '../../db/store-context';
import { rowRefusalText } from './credential-summary';
import { RenewalEditForm, renewalEditFormId } from './RenewalEditForm';
import { recordedRenewalsWords as words } from './renewal-words';

/**
 * The renewals the holder recorded (not those Ascent assumed: the cycle history puts those
 * right), each with the cycle it renewed, an Edit and a Delete with Undo.
 *
 * Edit opens the renewal's fields filled in under it (RenewalEditForm), focus in its date; one
 * renewal is edited at a time (another's Edit asks first when something was typed). Saved or
 * cancelled, focus goes back to the renewal's Edit (under its new day once saved).
 *
 * A delete that would leave a later renewal renewing no cycle is refused (deleteRenewal), said
 * beside the renewal. Focus goes on to the next renewal's Delete (the one before for the
 * last), else the page's heading.
 *
 * Each row is known by its day and which of that day's recorded renewals it is (rowKey): two
 * recorded on one day (stored before a second one was refused) are two rows, one edited or
 * refused at a time; Edit and Delete act on the day's first recorded one (withRenewalChanged,
 * withRenewalRemoved), never on a renewal Ascent assumed that day.
 *
 * A renewal changed elsewhere (another window) while its Edit is open keeps its form, in its
 * place, with what was typed: the row says it changed, and the form saves onto the credential
 * as it was when opened, so Save is refused as a conflict ("The credential changed…") and the
 * other change is never overwritten. Cancel then puts focus on the list's heading.
 */
export function RecordedRenewals({
  row,
  rule,
  alsoHeld,
}: {
  row: HeldRow;
  rule: CredentialRule;
  alsoHeld: readonly HeldWithRule[];
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const today = useToday();
  const headingId = useId();
  // Rows by rowKey: the renewal's day and which of that day's recorded renewals it is.
  const [refused, setRefused] = useState<{ key: string; text: string } | null>(null);
  // The row being edited, with the renewal and credential as they were when its Edit was pressed.
  const [editing, setEditing] = useState<Editing | null>(null);
  const recorded = (row.renewals ?? []).filter((r) => !r.assumed);
  if (row.stage !== 'earned' || (recorded.length === 0 && editing === null)) return null;
  const cycles = cyclesFor(row, rule, today, { alsoHeld });
  const rows = recorded.map((r, i) => {
    const nth = recorded.slice(0, i).filter((o) => o.date === r.date).length;
    return { r, nth, key: rowKey(r.date, nth), gone: false };
  });
  // Changed elsewhere since its Edit was pressed: kept under the same key, so its form stays.
  if (editing && !rows.some((o) => o.key === editing.key))
    rows.splice(Math.min(editing.at, rows.length), 0, {
      r: editing.renewal,
      nth: 0,
      key: editing.key,
      gone: true,
    });

  const editId = (key: string) => `${headingId}-${key}-edit`;

  function edit(key: string, at: number, renewal: Renewal, pressed: HTMLElement) {
    const show = () => {
      setRefused(null);
      setEditing({ key, at, renewal, row });
      focusSoon(() => firstField(document.getElementById(renewalEditFormId(headingId, key))));
    };
    if (editing === null) return show();
    const field = firstField(document.getElementById(renewalEditFormId(headingId, editing.key)));
    switchForm(show, field ?? pressed);
  }

  /**
   * The form closed: back to the renewal's Edit, under its new day when it was saved; to the
   * list's heading when the renewal was changed elsewhere (its Edit went with its old day).
   */
  function closeEdit(saved: LocalDate | null) {
    const key = saved ? rowKey(saved, 0) : editing?.key;
    const gone = !saved && rows.some((o) => o.key === key && o.gone);
    const heading = () => document.getElementById(headingId);
    setEditing(null);
    if (key)
      focusSoon(
        () => (gone ? heading() : document.getElementById(editId(key))),
        firstOf(heading, pageHeading),
      );
  }

  async function remove(date: LocalDate, key: string, pressed: HTMLElement) {
    const next = afterRemoval(pressed, 'li', pageHeading);
    let result: Awaited<ReturnType<typeof deleteRenewal>>;
    try {
      result = await deleteRenewal(store, row, date, today);
    } catch (error) {
      return setRefused({ key, text: saveFailureText(error) });
    }
    if (!result.ok) {
      // The renewals as the refused write had them, so an error's index names the right one.
      const rest = withRenewalRemoved(row, date)?.renewals ?? [];
      const at = result.errors.map((e) => /^renewals\.(\d+)\./.exec(e.field)).find(Boolean);
      const text =
        'conflict' in result || result.errors.some((e) => e.code === 'NOT_FOUND')
          ? words.conflict
          : result.errors.some((e) => e.code === 'RENEWAL_OUTSIDE_WINDOW')
            ? words.strands(date, at ? (rest[Number(at[1])]?.date ?? null) : null)
            : rowRefusalText(result.errors, (f) => f.startsWith('renewals'), rest);
      return setRefused({ key, text });
    }
    setRefused(null);
    focusSoon(next, pageHeading, pressed);
    const before = row;
    offerUndo(words.deleted(rule.acronym, date), async () => {
      if ((await undoRenewal(store, before, result.value)) === 'changed')
        throw new UndoRefused(words.undoRefused(rule.acronym));
    });
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.title}</h2>
      <p className="muted">{words.intro}</p>
      <ul className="recorded-renewals">
        {rows.map(({ r, nth, key, gone }, i) => {
          // A day renews one cycle: a second renewal recorded that day renews none.
          const cycle = cycles.filter((c) => c.renewedOn === r.date)[nth];
          const errorId = `${headingId}-${key}-error`;
          const shown = refused?.key === key;
          return (
            <li key={key}>
              {formatDate(r.date)}:{' '}
              {gone ? words.changedElsewhere : cycle ? words.renewed(cycle) : words.renewsNone}{' '}
              {editing?.key === key ? (
                <RenewalEditForm
                  id={renewalEditFormId(headingId, key)}
                  row={gone ? editing.row : row}
                  rule={rule}
                  renewal={r}
                  alsoHeld={alsoHeld}
                  onClose={closeEdit}
                />
              ) : (
                <>
                  <WriteButton
                    type="button"
                    id={editId(key)}
                    className="secondary"
                    aria-label={words.editName(r.date)}
                    onClick={(e) => edit(key, i, r, e.currentTarget)}
                  >
                    Edit
                  </WriteButton>{' '}
                  <WriteButton
                    type="button"
                    className="secondary danger"
                    aria-label={words.deleteName(r.date)}
                    aria-describedby={shown ? errorId : undefined}
                    onClick={(e) => void remove(r.date, key, e.currentTarget)}
                  >
                    Delete
                  </WriteButton>
                </>
              )}
              {shown && (
                <p role="alert" id={errorId} className="error">
                  {refused.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The row being edited: its key and place, and the renewal and credential as it was opened. */
type Editing = { key: string; at: number; renewal: Renewal; row: HeldRow };

/** A row of the list: the renewal's day and which of that day's recorded ones it is (0: first). */
const rowKey = (date: LocalDate, nth: number) => `${date}-${nth}`;
