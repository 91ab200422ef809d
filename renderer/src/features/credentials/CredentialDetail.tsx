import { heldDeletedText } from '../study/plan-target';
import { useMemo, useRef, useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import { cycleLogQuery, type CountingWindow } from '../../../../shared/domain/claims';
import {
  credentialStatus,
  cyclesFor,
  expiredOn,
  noRenewByBefore,
  renewByGivenBy,
} from '../../../../shared/domain/credentials';
import { evaluateCycles } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { navigateTo } from '../../app/use-route';
import { useToday } from '../../app/use-today';
import { firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import { useCreditData } from '../../db/credit-hooks';
import { deleteHeld, restoreHeld, type HeldRow } from '../../db/repositories/credentials';
import { listPlans } from '../../db/repositories/study-plans';
import { plansPreparingFor } from '../../../../shared/domain/study';
import { useStore } from '../../db/store-context';
import { CycleCsvButton } from '../credit-log/CycleCsvButton';
import { AuditPackButton } from '../reports/AuditPackButton';
import { AddCredentialForm, type FormCloser } from './AddCredentialForm';
import { ApplicationEligibility } from './ApplicationEligibility';
import { RuleAppliesNotice } from './RuleAppliesNotice';
import { noRenewByText, renewByGivenText } from './no-renew-by-words';
import { CycleActivities } from './CycleActivities';
import { CycleHistory } from './CycleHistory';
import { notPutBackText } from '../learning/tab-words';
import { credentialTitle } from './CredentialCard';
import { CycleSummary } from './CycleSummary';
import { bodyLabels, credentialStatusLabels, heldDeletedElsewhere } from './messages';
import { RecordedRenewals } from './RecordedRenewals';
import { RenewalForm } from './RenewalForm';
import { RulePanel } from './RulePanel';
import { WriteButton } from '../../components/read-only';

/** "PMI · exam 2 Feb 2024 · earned 15 Mar 2024": a date the user did not give is left out. */
function datesLine(rule: CredentialRule, row: HeldRow): string {
  const parts = [(rule.body === 'custom' && rule.bodyName) || bodyLabels[rule.body]];
  if (row.examDate) parts.push(`exam ${formatDate(row.examDate)}`);
  if (row.earnedDate) parts.push(`earned ${formatDate(row.earnedDate)}`);
  return parts.join(' · ');
}

/** The page of a credential deleted in another window while it was open. */
function DeletedElsewhere({ rule }: { rule: CredentialRule }) {
  return (
    <>
      <h1>{heldDeletedElsewhere.title}</h1>
      <p role="status">
        {heldDeletedElsewhere.text(credentialTitle(rule))}{' '}
        <a href={hrefFor('credentials')}>{heldDeletedElsewhere.back}</a>
      </p>
    </>
  );
}

/** The button that opens the edit form: where focus goes back when the form closes. */
const EDIT_BUTTON_ID = 'edit-stage-and-dates';
const editButton = () => document.getElementById(EDIT_BUTTON_ID);
/** The form it opens, whose first field gets the focus (as "Add a credential" does). */
const EDIT_FORM_ID = 'edit-stage-and-dates-form';

/**
 * "Open in the credit log" for the cycle shown: the log filtered by the credential and limited
 * to the cycle's counting window, so its total in view is the cycle's (before its caps).
 */
function cycleLogHref(heldId: string, window: CountingWindow | null): string {
  return window
    ? `${hrefFor('credit-log')}?${cycleLogQuery(heldId, window)}`
    : `${hrefFor('credit-log')}?credential=${encodeURIComponent(heldId)}`;
}

/** One credential: its cycles, the rule behind every number, and what counted and why. */
export function CredentialDetail({ heldId }: { heldId: string }) {
  const data = useCreditData();
  const today = useToday();
  const store = useStore();
  const offerUndo = useUndo();
  const [editing, setEditing] = useState(false);
  // Said (politely) beside the Edit button once the form has closed on Save.
  const [savedNote, setSavedNote] = useState('');
  const [chosenCycle, setChosenCycle] = useState<number | null>(null);
  const held = data?.withRules.find((h) => h.credential.id === heldId);
  const row = data?.held.find((h) => h.id === heldId);
  const cycles = useMemo(
    () =>
      held && data
        ? evaluateCycles(held.rule, held.credential, data.activities, today, {
            alsoHeld: data.withRules,
          })
        : [],
    [held, data, today],
  );

  // The credential as last seen: deleted elsewhere meanwhile, the page says so, and an open
  // edit form stays with what was typed instead of giving way to "not found".
  const [lastSeen, setLastSeen] = useState<{ row: HeldRow; rule: CredentialRule } | null>(null);
  if (held && row && row !== lastSeen?.row) setLastSeen({ row, rule: held.rule });
  // Deleted on this page: the move to the list is on its way.
  const [deletedHere, setDeletedHere] = useState(false);
  // Put back from the form: it closes once the page has the credential again.
  const [puttingBack, setPuttingBack] = useState(false);
  if (puttingBack && row) {
    setPuttingBack(false);
    setEditing(false);
  }

  // Pressed again while the form is open: the form closes as on Escape, asking when changed.
  const editForm = useRef<FormCloser>(null);
  function toggleEditing() {
    setSavedNote('');
    if (editing) return editForm.current?.requestClose(editButton());
    setEditing(true);
    focusSoon(() => firstField(document.getElementById(EDIT_FORM_ID)));
  }

  // Closed on Save, Cancel or Escape, the form gives focus back to the button that opened it, so the
  // next Tab goes on from there rather than from the top of the page.
  function closeEditing(saved: HeldRow | null) {
    setEditing(false);
    setSavedNote(saved ? 'Stage and dates saved.' : '');
    focusSoon(editButton);
  }
  // Deleted elsewhere: Save puts the credential back (the page, and its button, return once
  // it is stored again); Cancel leaves the "deleted" page, whose heading then has focus.
  function closeGoneForm(saved: HeldRow | null) {
    if (!saved) {
      setEditing(false);
      return focusSoon(pageHeading);
    }
    setPuttingBack(true);
    setSavedNote('Stage and dates saved: the credential is back.');
    focusSoon(editButton, pageHeading);
  }

  if (!data) return <p role="status">Loading…</p>;
  if ((!held || !row) && deletedHere) return null;
  if ((!held || !row) && lastSeen?.row.id === heldId) {
    // The same root and the form's key as below: the form keeps what was typed.
    return (
      <div className="credential-detail">
        <DeletedElsewhere rule={lastSeen.rule} />
        {editing && (
          <AddCredentialForm
            key="edit"
            custom={data.custom}
            existing={lastSeen.row}
            gone
            id={EDIT_FORM_ID}
            closeOnEscape
            onDone={closeGoneForm}
          />
        )}
      </div>
    );
  }
  if (!held || !row) {
    return (
      <section>
        <h1>Credential not found</h1>
        <p>
          It may have been deleted. <a href={hrefFor('credentials')}>Back to your credentials</a>
        </p>
      </section>
    );
  }
  const { rule } = held;
  const status = credentialStatus(held.credential, rule, today, { alsoHeld: data.withRules });
  const noRenewBy = noRenewByBefore(held.credential, rule, today, { alsoHeld: data.withRules });
  const renewByGiven = renewByGivenBy(held.credential, rule, today, { alsoHeld: data.withRules });
  const current = cycles.filter((c) => c.start <= today).at(-1) ?? null;
  const shown = cycles.find((c) => c.cycleIndex === chosenCycle) ?? current;
  const next = current ? cycles.find((c) => c.cycleIndex === current.cycleIndex + 1) : undefined;
  // The days whose activities count towards the cycle shown: the credit log opens on them.
  const shownWindow = shown
    ? (cyclesFor(held.credential, rule, today, { alsoHeld: data.withRules }).find(
        (c) => c.index === shown.cycleIndex,
      ) ?? null)
    : null;

  async function remove() {
    setDeletedHere(true);
    // The plans stay as they are (Undo has only the credential to put back); they are named.
    const preparing = plansPreparingFor(await listPlans(store), { kind: 'exam', heldId });
    const removed = await deleteHeld(store, heldId);
    navigateTo('credentials');
    const said = heldDeletedText(
      rule.acronym,
      preparing.map((p) => p.title),
    );
    // Saved again since (from another window, after it said the credential was deleted):
    // that version stays, and Undo says so rather than write the old one over it.
    if (removed)
      offerUndo(said, async () => {
        if (!(await restoreHeld(store, removed)))
          throw new UndoRefused(notPutBackText(credentialTitle(rule)));
      });
  }

  return (
    <div className="credential-detail">
      <p>
        <a href={hrefFor('credentials')}>← All credentials</a>
      </p>
      <div className="page-header">
        <h1>{credentialTitle(rule)}</h1>
        <span className={`pill status-${status}`}>{credentialStatusLabels[status]}</span>
      </div>
      <p className="muted">{datesLine(rule, row)}</p>
      <ApplicationEligibility credential={row} asOf={today} />
      <RuleAppliesNotice credential={row} rule={rule} />
      <div className="actions">
        <button
          id={EDIT_BUTTON_ID}
          type="button"
          onClick={toggleEditing}
          aria-expanded={editing}
          aria-controls={editing ? EDIT_FORM_ID : undefined}
        >
          Edit stage and dates
        </button>
        <WriteButton type="button" className="secondary danger" onClick={remove}>
          Delete credential
        </WriteButton>
        <span role="status" className="muted">
          {savedNote}
        </span>
      </div>
      {editing && (
        <AddCredentialForm
          key="edit"
          id={EDIT_FORM_ID}
          custom={data.custom}
          existing={row}
          closeOnEscape
          closeRef={editForm}
          onDone={closeEditing}
        />
      )}

      {current && (
        <section className="card" aria-labelledby="current-cycle">
          <h2 id="current-cycle">Current cycle</h2>
          <CycleSummary
            evaluation={current}
            rule={rule}
            activities={data.activities}
            expiredOn={
              status === 'expired'
                ? expiredOn(held.credential, rule, today, { alsoHeld: data.withRules })
                : null
            }
          />
          {current.renewedOn ? (
            <p role="status">
              Renewed on {formatDate(current.renewedOn)}.
              {next && ` Cycle ${next.cycleIndex + 1} starts on ${formatDate(next.start)}.`}
            </p>
          ) : (
            <RenewalForm held={row} rule={rule} current={current} alsoHeld={data.withRules} />
          )}
        </section>
      )}

      {noRenewBy && <p>{noRenewByText(rule.acronym, noRenewBy)}</p>}
      {renewByGiven && rule.renewByFrom && (
        <p className="muted">
          {renewByGivenText(rule.acronym, rule.renewByFrom.value, {
            date: renewByGiven.date,
            byAcronym: renewByGiven.by?.rule.acronym ?? null,
          })}
        </p>
      )}

      <RecordedRenewals row={row} rule={rule} alsoHeld={data.withRules} />

      {cycles.length > 0 && (
        <CycleHistory
          cycles={cycles}
          row={row}
          rule={rule}
          alsoHeld={data.withRules}
          today={today}
        />
      )}

      {shown && (
        <CycleActivities
          evaluation={shown}
          cycles={cycles}
          onChooseCycle={setChosenCycle}
          held={held}
          activities={data.activities}
        >
          <div className="actions">
            <CycleCsvButton held={held} evaluation={shown} activities={data.activities} />
            <AuditPackButton
              held={held}
              cycle={shown}
              evaluation={shown}
              activities={data.activities}
            />
            <a href={cycleLogHref(heldId, shownWindow)}>Open in the credit log</a>
          </div>
        </CycleActivities>
      )}

      <RulePanel held={row} rule={rule} noRenewBy={noRenewBy !== null} />
    </div>
  );
}
