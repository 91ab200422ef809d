import { WriteButton } from '../../components/read-only';
import { useId, useState, type FormEvent } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  type HeldWithRule,
  type RenewalMethod,
} from '../../../../shared/domain/credentials';
import { cycleStartedBy } from '../../../../shared/domain/credentials/started-cycle';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import { useToday } from '../../app/use-today';
import { Field } from '../../components/Field';
import { firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import { recordRenewal, undoRenewal, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { rowRefusalText } from './credential-summary';
import { amount, shortfallText, uncreditedCategoryNames } from './messages';
import { renewalOutsideText, renewalUndoRefusedText, renewalUnexpectedText } from './renewal-words';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { useDraftGuard } from '../../components/unsaved-changes';
import { EditForm } from '../../components/read-only';

/**
 * Recording a renewal starts the next cycle by the body's rule. When the log does not show the
 * current cycle's requirement met, the form says so first: a renewal is recorded once the body
 * has accepted it, whatever the log shows. Once saved, the form closes: in its place a notice
 * says which cycle the renewal started, and focus goes to the credential's heading. The form
 * comes back if the renewal is undone.
 *
 * "Record another renewal" opens the form again, focus in its date, with a Cancel that brings
 * the notice back. Saved or cancelled, focus returns to that button (after a save, beside the
 * new notice), or to the heading if the renewal closed the cycle and the button is gone.
 *
 * A renewal that would renew no cycle (outside every renewal window) is refused with nothing
 * saved, saying why (expired before it, say) and what to do. `alsoHeld`: the user's held
 * credentials with their rules, whose suite exams move the cycles (the history's, too).
 */
export function RenewalForm({
  held,
  rule,
  current,
  alsoHeld,
}: {
  held: HeldRow;
  rule: CredentialRule;
  current: CycleEvaluation;
  alsoHeld: readonly HeldWithRule[];
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const today = useToday();
  const [date, setDate] = useState('');
  const [method, setMethod] = useState<RenewalMethod>('credits');
  const [error, setError] = useState<string | undefined>();
  const [recorded, setRecorded] = useState<{ date: string; notice: string } | null>(null);
  // The form opened again from the notice by "Record another renewal".
  const [another, setAnother] = useState(false);
  const formId = useId();
  const anotherId = useId();
  useDraftGuard(date);
  if (held.stage !== 'earned' || rule.cycleKind === 'lifetime') return null;
  const uncredited = uncreditedCategoryNames(rule, current);
  // The notice stays while the renewal is still recorded (not undone since).
  const stillRecorded = !!recorded && (held.renewals ?? []).some((r) => r.date === recorded.date);
  const anotherButton = () => document.getElementById(anotherId);
  if (stillRecorded && !another)
    return (
      <div className="renewal-recorded">
        <p role="status">{recorded.notice}</p>
        <WriteButton
          id={anotherId}
          type="button"
          className="secondary"
          onClick={() => {
            setAnother(true);
            focusSoon(() => firstField(document.getElementById(formId)));
          }}
        >
          Record another renewal
        </WriteButton>
      </div>
    );

  function cancelAnother() {
    setAnother(false);
    setDate('');
    setError(undefined);
    focusSoon(anotherButton);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!date) return setError('Enter the date you renewed.');
    let result: Awaited<ReturnType<typeof recordRenewal>>;
    try {
      result = await recordRenewal(store, held.id, { date, method }, today);
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: nothing was
      // recorded, and the form says so.
      return setError(e instanceof StorageError ? storageErrorText(e.code) : renewalUnexpectedText);
    }
    if (!result.ok)
      return setError(
        'conflict' in result
          ? 'The credential changed while the renewal was being recorded; nothing was saved. Record it again.'
          : result.errors.some((e) => e.code === 'RENEWAL_OUTSIDE_WINDOW')
            ? renewalOutsideText(
                rule,
                date,
                cyclesFor(held, rule, today, { alsoHeld }),
                held.renewals,
              )
            : rowRefusalText(result.errors, (f) => f.startsWith('renewals.'), held.renewals),
      );
    setError(undefined);
    setDate('');
    const again = another;
    setAnother(false);
    const started = cycleStartedBy(result.value, rule, date, today, { alsoHeld });
    setRecorded({
      date,
      notice: started
        ? `Renewal recorded: cycle ${started.index + 1} ${started.end < today ? 'ran' : 'runs'} ${formatDate(started.start)} to ${formatDate(started.end)}.`
        : 'Renewal recorded.',
    });
    // Opened from "Record another renewal": back to it once the new notice is drawn; if the
    // renewal closed the current cycle instead, the form goes without a notice: the heading.
    focusSoon(
      again
        ? () => anotherButton() ?? (document.getElementById(formId) ? null : pageHeading())
        : pageHeading,
    );
    // A renewal can close the running cycle at once: a mistyped one is put right from the bar.
    const before = held;
    offerUndo(`Renewal of ${rule.acronym} on ${formatDate(date)} recorded.`, async () => {
      if ((await undoRenewal(store, before, result.value)) === 'changed')
        throw new UndoRefused(renewalUndoRefusedText(rule.acronym));
    });
  }

  return (
    <EditForm
      id={formId}
      className="renewal-form"
      onSubmit={submit}
      noValidate
      aria-label="Record a renewal"
    >
      <h3>Record a renewal</h3>
      {current.status === 'expired' && (
        // Expired in Ascent because no renewal is recorded: one made in time can still be.
        <p className="muted">
          Renewed in time after all? Record the day {rule.acronym} was renewed (
          {rule.suspensionMonths?.value
            ? 'within the cycle or its suspension year'
            : 'by the end of the cycle'}
          ) and the cycle shows as renewed.
        </p>
      )}
      {current.status !== 'expired' && !current.met && current.requirement.total !== null && (
        <p className="muted" id={`renewal-note-${held.id}`}>
          {current.counted.total < current.requirement.total
            ? `Your log counts ${amount(current.counted.total, current.unit)} of the ${amount(current.requirement.total, current.unit)} this cycle asks for.`
            : `Your log does not show this cycle's rule met yet: ${current.shortfalls.map((s) => shortfallText(s, current.unit, uncredited, { asOf: today, rule })).join(' ')}`}{' '}
          Record the renewal once {rule.acronym} has been renewed; the cycle then shows as renewed.
        </p>
      )}
      <RenewalFields
        rule={rule}
        date={date}
        method={method}
        error={error}
        max={today}
        onDate={setDate}
        onMethod={setMethod}
      />
      <div className="actions">
        <button type="submit">Record renewal</button>
        {another && stillRecorded && (
          <button type="button" className="secondary" onClick={cancelAnother}>
            Cancel
          </button>
        )}
      </div>
    </EditForm>
  );
}

/**
 * A renewal's fields, the same for recording one (RenewalForm) and for correcting one recorded
 * (RenewalEditForm): the day it was renewed, not after `max` (today), with `error` beside it,
 * and for a certificate in a suite how it was renewed (CPD points or an exam, domain-facts §3).
 */
export function RenewalFields({
  rule,
  date,
  method,
  error,
  max,
  onDate,
  onMethod,
}: {
  rule: CredentialRule;
  date: string;
  method: RenewalMethod;
  error: string | undefined;
  max: string;
  onDate: (date: string) => void;
  onMethod: (method: RenewalMethod) => void;
}) {
  return (
    <>
      <Field label="Renewed on" error={error}>
        <input type="date" value={date} max={max} onChange={(e) => onDate(e.target.value)} />
      </Field>
      {rule.suite && (
        <Field label="How it was renewed">
          <select value={method} onChange={(e) => onMethod(e.target.value as RenewalMethod)}>
            <option value="credits">CPD points</option>
            <option value="exam">Passed an exam in the same suite</option>
          </select>
        </Field>
      )}
    </>
  );
}
