import { useState } from 'react';
import { areas, type Area } from '../../../../shared/catalog/credentials/types';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  checkStudyCredit,
  sessionCreditHours,
  studyCreditTypes,
  type StudyCreditChoice,
  type StudyCreditType,
} from '../../../../shared/domain/study';
import { formatNumber } from '../../components/format';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import type { StudySessionRow } from '../../db/repositories/study-log';
import { activityTypeLabels, areaLabels } from '../credentials/messages';
import { useFocusFirstField } from '../learning/use-editing';
import { acceptedText, claimRefusalText } from './messages';

interface Props {
  session: StudySessionRow;
  /** The first choice a held credential accepts: the form opens on it. */
  initial: StudyCreditChoice;
  held: readonly HeldWithRule[];
  today: string;
  onClaim: (choice: StudyCreditChoice) => void;
  onCancel: () => void;
}

/**
 * The type and area a session is claimed with, and, before anything is written, which held
 * credentials would take it that way (the credit rules decide: checkStudyCredit). It replaces
 * the row's "Claim as credit" button, so its first field takes the focus when it opens. Escape
 * is its Cancel, as in every inline form (asking first once a choice was changed).
 */
export function ClaimForm({ session, initial, held, today, onClaim, onCancel }: Props) {
  const [type, setType] = useState<StudyCreditType>(initial.type);
  const [area, setArea] = useState<Area>(initial.area);
  const choice = { type, area, planTitle: initial.planTitle };
  const check = checkStudyCredit(session, choice, held, today);
  const noteId = `claim-note-${session.id}`;
  const ref = useFocusFirstField<HTMLDivElement>();
  const escape = useCloseOnEscape({ type, area }, onCancel);
  return (
    <>
      <div
        className="study-claim"
        role="group"
        aria-label="Claim as credit"
        ref={ref}
        onKeyDown={escape.onKeyDown}
      >
        <label>
          Activity type{' '}
          <select value={type} onChange={(e) => setType(e.target.value as StudyCreditType)}>
            {studyCreditTypes.map((t) => (
              <option key={t} value={t}>
                {activityTypeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Area{' '}
          <select value={area} onChange={(e) => setArea(e.target.value as Area)}>
            {areas.map((a) => (
              <option key={a} value={a}>
                {areaLabels[a]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => onClaim(choice)}
          disabled={!check.ok}
          aria-describedby={noteId}
        >
          Add {formatNumber(sessionCreditHours(session.minutes))} h
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <span id={noteId} className="muted">
          {check.ok
            ? acceptedText(check.acceptedBy, held)
            : claimRefusalText(check, held, session.date)}
        </span>
      </div>
      {escape.question}
    </>
  );
}
