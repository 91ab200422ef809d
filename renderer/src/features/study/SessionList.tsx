import { useState } from 'react';
import { areas, type Area } from '../../../../shared/catalog/credentials/types';
import {
  sessionCreditHours,
  studyCreditTypes,
  type StudyCreditType,
} from '../../../../shared/domain/study';
import { formatDate, formatNumber } from '../../components/format';
import { useUndo } from '../../components/undo';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import {
  claimSessionAsCredit,
  deleteSession,
  restoreSession,
  type StudySessionRow,
} from '../../db/repositories/study-log';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { activityTypeLabels, areaLabels } from '../credentials/messages';
import { minutesText } from './messages';

/** Logged sessions, newest first; each may become a credit-log entry when the user asks. */
export function SessionList({
  sessions,
  plans,
}: {
  sessions: StudySessionRow[];
  plans: StudyPlanRow[];
}) {
  const store = useStore();
  const today = useToday();
  const offerUndo = useUndo();
  const [claiming, setClaiming] = useState<string | null>(null);
  const [type, setType] = useState<StudyCreditType>('read');
  const [area, setArea] = useState<Area>('waysOfWorking');
  const [note, setNote] = useState('');
  const titleOf = new Map(plans.map((p) => [p.id, p.title]));

  async function remove(s: StudySessionRow) {
    const row = await deleteSession(store, s.id);
    if (row) offerUndo('Study session deleted.', () => restoreSession(store, row));
  }
  async function claim(s: StudySessionRow) {
    const planTitle = s.planId ? (titleOf.get(s.planId) ?? null) : null;
    const r = await claimSessionAsCredit(store, s.id, { type, area, planTitle }, today);
    setClaiming(null);
    setNote(
      r.ok
        ? `Added ${formatNumber(r.activity.amount)} h to the credit log as “${activityTypeLabels[type]}”.`
        : r.reason === 'TOO_SHORT'
          ? 'A session shorter than 15 minutes cannot be claimed.'
          : 'The session could not be added to the credit log. Check it in the credit log and try again.',
    );
  }

  if (sessions.length === 0) return <p className="muted">No study logged yet.</p>;
  return (
    <div>
      <p role="status" className="muted">
        {note}
      </p>
      <table className="study-sessions">
        <caption>Logged study</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col">Topic</th>
            <th scope="col">Plan</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sessions.slice(0, 30).map((s) => (
            <tr key={s.id}>
              <td>{formatDate(s.date)}</td>
              <td>
                {minutesText(s.minutes)}
                {s.source === 'timer' ? ' (timer)' : ''}
              </td>
              <td>{s.topic || '—'}</td>
              <td>{s.planId ? (titleOf.get(s.planId) ?? 'Deleted plan') : '—'}</td>
              <td>
                {s.activityId ? (
                  <span className="muted">In the credit log</span>
                ) : claiming === s.id ? (
                  <div className="study-claim" role="group" aria-label="Claim as credit">
                    <label>
                      Activity type{' '}
                      <select
                        value={type}
                        onChange={(e) => setType(e.target.value as StudyCreditType)}
                      >
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
                    <button type="button" onClick={() => claim(s)}>
                      Add {formatNumber(sessionCreditHours(s.minutes))} h
                    </button>
                    <button type="button" className="secondary" onClick={() => setClaiming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setClaiming(s.id)}
                    disabled={s.minutes < 15}
                  >
                    Claim as credit
                  </button>
                )}{' '}
                <button type="button" className="link-button" onClick={() => remove(s)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
