import { useEffect, useRef, useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { claimableStudy, claimedBy, type StudyCreditChoice } from '../../../../shared/domain/study';
import { formatDate, formatNumber } from '../../components/format';
import { useUndo } from '../../components/undo';
import { afterRemoval, focusSoon, pageHeading, sameControl } from '../../components/focus-soon';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import type { ActivityRow } from '../../db/repositories/activities';
import {
  claimSessionAsCredit,
  deleteSession,
  restoreSession,
  type ClaimResult,
  type StudySessionRow,
} from '../../db/repositories/study-log';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { activityTypeLabels } from '../credentials/messages';
import { saveFailureText } from '../experience/messages';
import { ClaimForm } from './ClaimForm';
import { claimRefusalText, minutesText } from './messages';
import { WriteButton } from '../../components/read-only';

interface Props {
  sessions: StudySessionRow[];
  plans: StudyPlanRow[];
  /** Held credentials with their rules: they decide whether study time can be claimed. */
  held: HeldWithRule[];
  /** The credit log: a session is "in the credit log" while an entry names it as source. */
  activities: ActivityRow[];
}

function claimNote(r: ClaimResult, choice: StudyCreditChoice): string {
  if (r.ok)
    return `Added ${formatNumber(r.activity.amount)} h to the credit log as “${activityTypeLabels[choice.type]}”.`;
  if (r.reason === 'TOO_SHORT') return 'A session shorter than 15 minutes cannot be claimed.';
  if (r.reason === 'ALREADY_CLAIMED') return 'This session is already in the credit log.';
  if (r.reason === 'NOT_ACCEPTED' || r.reason === 'NO_EARNED_CREDENTIAL')
    return 'No credential you hold accepts this session any more; nothing was added.';
  return 'The session could not be added to the credit log. Check it in the credit log and try again.';
}

const claimButtonId = (sessionId: string) => `claim-${sessionId}`;
const deleteButtonId = (sessionId: string) => `delete-session-${sessionId}`;
/** A row's Delete button (rows differ in what else they hold: a Claim button or not). */
const deleteButtonIn = (row: Element) => row.querySelector('button[id^="delete-session-"]');

/** Sessions drawn at first, and how many more each press of "Show older sessions" adds. */
const PAGE = 30;

const sessionCount = (n: number) => (n === 1 ? '1 session' : `${formatNumber(n)} sessions`);
const showOlderText = (n: number) =>
  n === 1 ? 'Show 1 older session' : `Show ${formatNumber(n)} older sessions`;

/**
 * Where focus goes once the last older sessions are drawn and the button that showed them is
 * gone: the first of them, on its first control (Claim or Delete, which name the session), or
 * on its date when none can take focus (read-only).
 */
function firstControlOf(sessionId: string): Element | null {
  const row = document.getElementById(deleteButtonId(sessionId))?.closest('tr');
  if (!row) return null;
  const control = row.querySelector('button:not(:disabled)');
  return control ?? row.querySelector('td');
}

/** Which session a row's button is about, for a screen reader: "from 20 Nov 2026, Agile book". */
function sessionName(s: StudySessionRow): string {
  return s.topic ? `from ${formatDate(s.date)}, ${s.topic}` : `from ${formatDate(s.date)}`;
}

/**
 * Logged sessions, newest first: the newest PAGE at first, and PAGE older ones each time the
 * user asks, so every session, however old, can be reached to claim or delete. A session may
 * become a credit-log entry when the user asks, and only when a held, earned credential
 * accepts it on its date; otherwise the row says why.
 */
export function SessionList({ sessions, plans, held, activities }: Props) {
  const store = useStore();
  const today = useToday();
  const offerUndo = useUndo();
  const [claiming, setClaiming] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(PAGE);
  const titleOf = new Map(plans.map((p) => [p.id, p.title]));
  // Where the focus goes once a claim form closes: the row's button again, or the status
  // message when the button is gone (the session is now in the credit log).
  const statusRef = useRef<HTMLParagraphElement>(null);
  const refocus = useRef<{ sessionId: string } | 'status' | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (target === null || claiming !== null) return;
    refocus.current = null;
    const button =
      target === 'status' ? null : document.getElementById(claimButtonId(target.sessionId));
    (button ?? statusRef.current)?.focus();
  }, [claiming, note]);

  function closeForm(to: { sessionId: string } | 'status') {
    refocus.current = to;
    setClaiming(null);
  }

  /**
   * Focus goes on to the next session's Delete (the one before for the last row), else the
   * card's heading once no session is left; Undo brings it back to this session's Delete. A
   * delete the store refuses says so in the list's note, as a refused claim does.
   */
  async function remove(s: StudySessionRow) {
    const pressed = document.activeElement;
    const heading = pressed?.closest('section')?.querySelector('h2') ?? null;
    const next = afterRemoval(pressed, 'tr', () => heading, deleteButtonIn);
    let row;
    try {
      row = await deleteSession(store, s.id);
    } catch (error) {
      // The store refused (read-only, disk full…): the session is still there; say so.
      setNote(saveFailureText(error));
      return;
    }
    if (!row) return;
    focusSoon(next, pageHeading, pressed);
    offerUndo('Study session deleted.', () => restoreSession(store, row), {
      focus: sameControl(pressed),
    });
  }
  async function claim(s: StudySessionRow, choice: StudyCreditChoice) {
    try {
      const r = await claimSessionAsCredit(store, s.id, choice, today);
      closeForm(r.ok ? 'status' : { sessionId: s.id });
      setNote(claimNote(r, choice));
    } catch (error) {
      // The store refused (read-only, disk full…): nothing was written; say so.
      closeForm({ sessionId: s.id });
      setNote(saveFailureText(error));
    }
  }

  /**
   * Draws PAGE older sessions. Focus stays on the button while older ones remain (the count
   * line above the table says how many are shown now); once the button goes, it moves to the
   * first session just drawn.
   */
  function showOlder() {
    const first = sessions[shown];
    const next = shown + PAGE;
    setShown(next);
    if (first && next >= sessions.length) {
      const pressed = document.activeElement;
      focusSoon(() => firstControlOf(first.id), pageHeading, pressed);
    }
  }

  function claimCell(s: StudySessionRow) {
    if (claimedBy(s, activities)) return <span className="muted">In the credit log</span>;
    const planTitle = s.planId ? (titleOf.get(s.planId) ?? null) : null;
    const { choice, check } = claimableStudy(s, planTitle, held, today);
    if (!check.ok) return <span className="muted">{claimRefusalText(check, held, s.date)}</span>;
    if (claiming === s.id)
      return (
        <ClaimForm
          session={s}
          initial={choice}
          held={held}
          today={today}
          onClaim={(c) => claim(s, c)}
          onCancel={() => closeForm({ sessionId: s.id })}
        />
      );
    return (
      <WriteButton
        type="button"
        id={claimButtonId(s.id)}
        className="secondary"
        onClick={() => setClaiming(s.id)}
      >
        Claim as credit<span className="visually-hidden"> {sessionName(s)}</span>
      </WriteButton>
    );
  }

  if (sessions.length === 0) return <p className="muted">No study logged yet.</p>;
  const visible = sessions.slice(0, shown);
  const older = sessions.length - visible.length;
  return (
    <div>
      <p role="status" className="muted" tabIndex={-1} ref={statusRef}>
        {note}
      </p>
      {sessions.length > PAGE && (
        <p role="status" className="muted">
          Showing {formatNumber(visible.length)} of {sessionCount(sessions.length)}.
        </p>
      )}
      {/* Scrolls sideways inside its box in a narrow window rather than widening the page. */}
      <div className="table-scroll study-sessions-box">
        <table className="study-sessions">
          {/* The card's heading already says "Logged study": the caption names the table for a
            screen reader only. */}
          <caption className="visually-hidden">Logged study sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Time</th>
              <th scope="col">Topic</th>
              <th scope="col">Plan</th>
              <th scope="col">Credit</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((s) => (
              <tr key={s.id}>
                <td>{formatDate(s.date)}</td>
                <td>
                  {minutesText(s.minutes)}
                  {s.source === 'timer' ? ' (timer)' : ''}
                </td>
                <td>{s.topic || '—'}</td>
                <td>{s.planId ? (titleOf.get(s.planId) ?? 'Deleted plan') : '—'}</td>
                <td>{claimCell(s)}</td>
                <td>
                  <WriteButton
                    type="button"
                    id={deleteButtonId(s.id)}
                    className="link-button"
                    onClick={() => remove(s)}
                  >
                    Delete<span className="visually-hidden"> {sessionName(s)}</span>
                  </WriteButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {older > 0 && (
        <button type="button" className="secondary" onClick={showOlder}>
          {showOlderText(Math.min(PAGE, older))}
        </button>
      )}
    </div>
  );
}
