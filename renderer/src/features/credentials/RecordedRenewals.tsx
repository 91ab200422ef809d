import { useId, useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import { cyclesFor, type HeldWithRule } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { useToday } from '../../app/use-today';
import { afterRemoval, firstField, focusSoon, pageHeading } from '../../components/focus-soon';
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
  const [refused, setRefused] = useState<{ date: LocalDate; text: string } | null>(null);
  const [editing, setEditing] = useState<LocalDate | null>(null);
  const recorded = (row.renewals ?? []).filter((r) => !r.assumed);
  if (row.stage !== 'earned' || recorded.length === 0) return null;
  const cycles = cyclesFor(row, rule, today, { alsoHeld });

  const editId = (date: LocalDate) => `${headingId}-${date}-edit`;

  function edit(date: LocalDate, pressed: HTMLElement) {
    const show = () => {
      setRefused(null);
      setEditing(date);
      focusSoon(() => firstField(document.getElementById(renewalEditFormId(headingId, date))));
    };
    if (editing === null) return show();
    const field = firstField(document.getElementById(renewalEditFormId(headingId, editing)));
    switchForm(show, field ?? pressed);
  }

  /** The form closed: back to the renewal's Edit, under its new day when it was saved. */
  function closeEdit(saved: LocalDate | null) {
    const date = saved ?? editing;
    setEditing(null);
    if (date) focusSoon(() => document.getElementById(editId(date)), pageHeading);
  }

  async function remove(date: LocalDate, pressed: HTMLElement) {
    const next = afterRemoval(pressed, 'li', pageHeading);
    let result: Awaited<ReturnType<typeof deleteRenewal>>;
    try {
      result = await deleteRenewal(store, row, date, today);
    } catch (error) {
      return setRefused({ date, text: saveFailureText(error) });
    }
    if (!result.ok) {
      const rest = (row.renewals ?? []).filter((r) => r.date !== date);
      const at = result.errors.map((e) => /^renewals\.(\d+)\./.exec(e.field)).find(Boolean);
      const text =
        'conflict' in result
          ? words.conflict
          : result.errors.some((e) => e.code === 'RENEWAL_OUTSIDE_WINDOW')
            ? words.strands(date, at ? (rest[Number(at[1])]?.date ?? null) : null)
            : rowRefusalText(result.errors, (f) => f.startsWith('renewals'), rest);
      return setRefused({ date, text });
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
        {recorded.map((r) => {
          const cycle = cycles.find((c) => c.renewedOn === r.date);
          const errorId = `${headingId}-${r.date}-error`;
          const shown = refused?.date === r.date;
          return (
            <li key={r.date}>
              {formatDate(r.date)}: {cycle ? words.renewed(cycle) : words.renewsNone}{' '}
              {editing === r.date ? (
                <RenewalEditForm
                  id={renewalEditFormId(headingId, r.date)}
                  row={row}
                  rule={rule}
                  renewal={r}
                  alsoHeld={alsoHeld}
                  onClose={closeEdit}
                />
              ) : (
                <>
                  <WriteButton
                    type="button"
                    id={editId(r.date)}
                    className="secondary"
                    aria-label={words.editName(r.date)}
                    onClick={(e) => edit(r.date, e.currentTarget)}
                  >
                    Edit
                  </WriteButton>{' '}
                  <WriteButton
                    type="button"
                    className="secondary danger"
                    aria-label={words.deleteName(r.date)}
                    aria-describedby={shown ? errorId : undefined}
                    onClick={(e) => void remove(r.date, e.currentTarget)}
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
