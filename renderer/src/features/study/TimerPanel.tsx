import { useEffect, useRef, useState, type FormEvent } from 'react';
import { elapsedMs } from '../../../../shared/domain/study';
import { useToday } from '../../app/use-today';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { UndoRefused, useUndo } from '../../components/undo';
import { useSettings } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import {
  discardFocus,
  logFocus,
  pauseFocus,
  restoreFocus,
  resumeFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../db/repositories/study-log';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { saveFailureText } from '../experience/messages';
import { minutesText, sessionErrors, timerCheckText } from './messages';
import { WriteGroup } from '../../components/read-only';
import { TimerCheck, type Asking } from './TimerCheck';
import './timer.css';

/** The controls focus goes to when the one pressed goes away (`data-timer`). */
type TimerControl = 'start' | 'pause' | 'resume' | 'stop' | 'minutes';

function clockFace(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/**
 * The focus timer: its start is stored, so it keeps running through a reload or restart. A run
 * that needs checking (a likely forgotten timer, past midnight: timerStop) is asked about in
 * place before anything is logged; Discard offers Undo, as every delete does.
 */
export function TimerPanel({ timer, plans }: { timer: TimerRow | null; plans: StudyPlanRow[] }) {
  const store = useStore();
  const today = useToday();
  const clock = useSettings()?.clock ?? '24h';
  const offerUndo = useUndo();
  const [chosenPlanId, setPlanId] = useState(plans[0]?.id ?? '');
  // What the select shows is what the timer starts with: a plan deleted (or archived) since it
  // was chosen is no longer listed, so the select shows "No plan", and so does the start.
  const planId = plans.some((p) => p.id === chosenPlanId) ? chosenPlanId : '';
  const [topic, setTopic] = useState('');
  const [now, setNow] = useState(() => new Date().toISOString());
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState<Asking | null>(null);
  const panel = useRef<HTMLElement>(null);
  const control = (name: TimerControl) => panel.current?.querySelector(`[data-timer="${name}"]`);
  // The question goes with the timer it asks about (stopped or discarded in another window).
  const question = asking && timer ? asking : null;

  useEffect(() => {
    if (!timer?.runningSince) return;
    const t = setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => clearInterval(t);
  }, [timer?.runningSince]);

  /**
   * `then`: the control that takes the place of the one pressed (Start becomes Pause, Stop
   * brings Start back, or the question's minutes), which takes the focus once it is drawn;
   * an action may name another one.
   */
  async function run(action: () => Promise<TimerControl | void>, then: TimerControl, done = '') {
    const pressed = document.activeElement;
    try {
      const next = (await action()) ?? then;
      setNow(new Date().toISOString());
      if (done) setNote(done);
      focusSoon(
        () => control(next),
        () => panel.current?.querySelector('h2'),
        pressed,
      );
    } catch (e) {
      setNote(saveFailureText(e));
    }
  }

  /** Starts the timer; a plan deleted in another window since it was shown is refused. */
  async function start(): Promise<TimerControl | void> {
    const r = await startFocus(store, planId || null, topic);
    if (r.ok) return setNote('Timer started.');
    setNote(timerCheckText.planGone);
    return 'start';
  }

  /** " Its plan was deleted …" when the timer had a plan and the session has none. */
  const planNote = (logged: { planId: string | null }, had: TimerRow | null) =>
    had?.planId && !logged.planId ? ` ${timerCheckText.withoutPlan}` : '';

  async function stop(): Promise<TimerControl | void> {
    const s = await stopFocus(store);
    if (s.logged)
      setNote(`Logged ${minutesText(s.logged.minutes)} of study.${planNote(s.logged, timer)}`);
    else if (s.why === 'NEEDS_CHECK') {
      setNote('');
      setAsking({ run: s.run, timer: s.timer, minutes: String(s.run.suggested) });
      return 'minutes';
    } else if (s.why === 'UNDER_HALF_A_MINUTE')
      setNote('Timer stopped after less than half a minute: nothing was logged.');
    else setNote('');
  }

  async function logChecked(e: FormEvent) {
    e.preventDefault();
    if (!question) return;
    const typed = question.minutes.trim();
    const minutes = /^\d+$/.test(typed) ? Number(typed) : NaN;
    await run(async () => {
      const r = await logFocus(store, minutes, question.timer, today);
      if (r.ok) {
        setAsking(null);
        setNote(
          timerCheckText.logged(r.value.minutes, r.value.date) + planNote(r.value, question.timer),
        );
        return 'start';
      }
      if ('errors' in r) {
        const code = r.errors.minutes ?? r.errors.date ?? '';
        const error =
          code === 'MORE_THAN_TIMER'
            ? timerCheckText.moreThanTimer(question.run.minutes)
            : sessionErrors[code];
        setAsking({ ...question, error });
        return 'minutes';
      }
      setAsking(null);
      setNote(timerCheckText.changed);
      return timer ? 'stop' : 'start';
    }, 'start');
  }

  async function discard() {
    const removed = await discardFocus(store);
    setAsking(null);
    setNote('');
    if (!removed) return;
    // After Undo the timer is back, running from its start: focus on its Pause (or Resume).
    const back = () => control('pause') ?? control('resume');
    offerUndo(
      'Timer discarded; nothing was logged.',
      async () => {
        if (!(await restoreFocus(store, removed))) throw new UndoRefused(timerCheckText.notBack);
      },
      { focus: back },
    );
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
        {question ? (
          <TimerCheck
            question={question}
            clock={clock}
            running={!!timer?.runningSince}
            onMinutes={(minutes) => setAsking({ ...question, minutes })}
            onSubmit={(e) => void logChecked(e)}
            onKeep={() => {
              setAsking(null);
              focusSoon(() => control('stop'));
            }}
            onDiscard={() => run(discard, 'start')}
          />
        ) : (
          <div className="actions">
            {!timer && (
              <button type="button" data-timer="start" onClick={() => run(start, 'pause')}>
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
                <button type="button" data-timer="stop" onClick={() => run(stop, 'start')}>
                  Stop and log
                </button>
                <button type="button" className="secondary" onClick={() => run(discard, 'start')}>
                  Discard
                </button>
              </>
            )}
          </div>
        )}
      </WriteGroup>
      <p role="status" className="muted">
        {note}
      </p>
    </section>
  );
}
