import { useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { isAssumedRenewal } from '../../../../shared/domain/credentials/assumed-renewals';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { firstField, focusSoon } from '../../components/focus-soon';
import { formatDate, formatNumber } from '../../components/format';
import { WriteButton } from '../../components/read-only';
import type { HeldRow } from '../../db/repositories/credentials';
import { AssumedRenewalForm, assumedRenewalFormId } from './AssumedRenewalForm';
import { assumedRenewalNote, correctedText, recordDateButton } from './assumed-renewal-words';
import { cycleStatusText } from './messages';

const HEADING_ID = 'history-title';
const recordButtonId = (cycleIndex: number) => `record-renewal-date-${cycleIndex}`;

/** The status of a cycle that has not started yet: when it does. */
const upcomingText = (start: LocalDate) => `Starts ${formatDate(start)}`;

/**
 * Every cycle of a credential. A cycle closed by a renewal Ascent assumed ("I have renewed it
 * every cycle so far") says so, with a button to record the day the holder really renewed.
 * Focus goes into that form when it opens, back to its button on Cancel, and to the history's
 * heading once saved (the button goes with the assumed renewal).
 */
export function CycleHistory({
  cycles,
  row,
  rule,
  alsoHeld,
  today,
}: {
  cycles: readonly CycleEvaluation[];
  row: HeldRow;
  rule: CredentialRule;
  alsoHeld: readonly HeldWithRule[];
  today: LocalDate;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  // The form stays only while its cycle's renewal is still an assumed one.
  const openCycle = cycles.find((c) => c.cycleIndex === open);
  const context = { alsoHeld };
  const formShown = !!openCycle && isAssumedRenewal(row, openCycle.renewedOn, rule, context);

  function toggle(cycleIndex: number) {
    const opening = open !== cycleIndex;
    setOpen(opening ? cycleIndex : null);
    setNotice('');
    if (opening)
      focusSoon(() => firstField(document.getElementById(assumedRenewalFormId(cycleIndex))));
  }

  function close(cycleIndex: number, saved: LocalDate | null) {
    setOpen(null);
    if (!saved) return focusSoon(() => document.getElementById(recordButtonId(cycleIndex)));
    setNotice(correctedText.notice(cycleIndex + 1, saved));
    focusSoon(() => document.getElementById(HEADING_ID));
  }

  function status(c: CycleEvaluation) {
    // Not started yet (a renewal recorded early opens the next cycle on its own start date):
    // the domain rates it like any running cycle ("On track"), which reads as progress.
    if (c.start > today) return upcomingText(c.start);
    if (!c.renewedOn || !isAssumedRenewal(row, c.renewedOn, rule, context))
      return cycleStatusText(c, today);
    const expanded = formShown && open === c.cycleIndex;
    return (
      <>
        <div>{assumedRenewalNote(rule.acronym, c.renewedOn)}</div>
        <WriteButton
          id={recordButtonId(c.cycleIndex)}
          type="button"
          className="link-button"
          aria-label={recordDateButton.name(c.cycleIndex + 1)}
          aria-expanded={expanded}
          aria-controls={expanded ? assumedRenewalFormId(c.cycleIndex) : undefined}
          onClick={() => toggle(c.cycleIndex)}
        >
          {recordDateButton.text}
        </WriteButton>
      </>
    );
  }

  return (
    <section className="card" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>Cycle history</h2>
      <table className="data-table">
        <caption className="visually-hidden">Every cycle of this credential</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Counted</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={c.cycleIndex}>
              <th scope="row">{c.cycleIndex + 1}</th>
              <td>{formatDate(c.start)}</td>
              <td>{formatDate(c.end)}</td>
              <td>
                {formatNumber(c.counted.total)}
                {c.requirement.total !== null && ` of ${formatNumber(c.requirement.total)}`}
              </td>
              <td>{status(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="saved-note">
        {notice}
      </p>
      {formShown && (
        <AssumedRenewalForm
          key={openCycle.cycleIndex}
          row={row}
          rule={rule}
          cycleIndex={openCycle.cycleIndex}
          alsoHeld={alsoHeld}
          onClose={(saved) => close(openCycle.cycleIndex, saved)}
        />
      )}
    </section>
  );
}
