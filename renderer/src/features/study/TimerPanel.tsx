import { useEffect, useRef, useState } from 'react';
import { elapsedMs } from '../../../../shared/domain/study';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { useStore } from '../../db/store-context';
import {
  discardFocus,
  pauseFocus,
  resumeFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../db/repositories/study-log';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { saveFailureText } from '../experience/messages';
import { minutesText } from './messages';
import { WriteGroup } from '../../components/read-only';

type TimerButton = 'start' | 'pause' | 'resume';

function clockFace(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** The focus timer: its start is stored, so it keeps running through a reload or restart. */
export function TimerPanel({ timer, plans }: { timer: TimerRow | null; plans: StudyPlanRow[] }) {
  const store = useStore();
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [topic, setTopic] = useState('');
  const [now, setNow] = useState(() => new Date().toISOString());
  const [note, setNote] = useState('');
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!timer?.runningSince) return;
    const t = setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => clearInterval(t);
  }, [timer?.runningSince]);

  /**
   * `then`: the button that takes the place of the one pressed (Start becomes Pause, Stop
   * brings Start back), which takes the focus once it is drawn.
   */
  async function run(action: () => Promise<unknown>, then: TimerButton, done?: string) {
    const pressed = document.activeElement;
    try {
      await action();
      setNow(new Date().toISOString());
      if (done) setNote(done);
      focusSoon(
        () => panel.current?.querySelector(`[data-timer="${then}"]`),
        () => panel.current?.querySelector('h2'),
        pressed,
      );
    } catch (e) {
      setNote(saveFailureText(e));
    }
  }
  async function stop() {
    const s = await stopFocus(store);
    if (s.logged) setNote(`Logged ${minutesText(s.logged.minutes)} of study.`);
    else if (s.why === 'UNDER_HALF_A_MINUTE')
      setNote('Timer stopped after less than half a minute: nothing was logged.');
    else setNote('');
  }

  const shown = timer ? clockFace(elapsedMs(timer, now)) : '00:00:00';
  return (
    <section className="card" aria-labelledby="timer-title" ref={panel}>
      <h2 id="timer-title">Focus timer</h2>
      <WriteGroup>
        {!timer ? (
          <div className="form-grid">
            <Field label="Timer plan">
              <select value={planId} onChange={(e) => setPlanId(e.target.value)}>
                <option value="">No plan</option>
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Timer topic (optional)">
              <input value={topic} onChange={(e) => setTopic(e.target.value)} />
            </Field>
          </div>
        ) : (
          <p>
            {timer.topic || 'Studying'}
            {timer.runningSince ? '' : ' (paused)'}
          </p>
        )}
        <p className="study-timer" aria-label="Time on the timer" role="timer">
          {shown}
        </p>
        <div className="actions">
          {!timer && (
            <button
              type="button"
              data-timer="start"
              onClick={() =>
                run(() => startFocus(store, planId || null, topic), 'pause', 'Timer started.')
              }
            >
              Start timer
            </button>
          )}
          {timer?.runningSince && (
            <button
              type="button"
              className="secondary"
              data-timer="pause"
              onClick={() => run(() => pauseFocus(store), 'resume', 'Timer paused.')}
            >
              Pause
            </button>
          )}
          {timer && !timer.runningSince && (
            <button
              type="button"
              className="secondary"
              data-timer="resume"
              onClick={() => run(() => resumeFocus(store), 'pause', 'Timer resumed.')}
            >
              Resume
            </button>
          )}
          {timer && (
            <>
              <button type="button" onClick={() => run(stop, 'start')}>
                Stop and log
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  run(() => discardFocus(store), 'start', 'Timer discarded; nothing was logged.')
                }
              >
                Discard
              </button>
            </>
          )}
        </div>
      </WriteGroup>
      <p role="status" className="muted">
        {note}
      </p>
    </section>
  );
}
