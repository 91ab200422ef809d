import type { FormEvent } from 'react';
import type { TimerStop } from '../../../../shared/domain/study';
import { Field } from '../../components/Field';
import { formatInstant } from '../../components/format';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import type { TimerRow } from '../../db/repositories/study-log';
import { timerCheckText } from './messages';

/** A run that needs checking, being asked about: the timer as it was, the answer so far. */
export interface Asking {
  run: TimerStop;
  timer: TimerRow;
  minutes: string;
  error?: string;
}

/**
 * The question a stopped run that needs checking asks in the timer panel (timerStop): how many
 * minutes to log, on the day the timer started; or keep the timer, or discard it. Escape keeps
 * the timer, as an inline form's Escape is its Cancel (asking first once the minutes changed).
 */
export function TimerCheck(props: {
  question: Asking;
  clock: '12h' | '24h';
  /** The timer is running (else paused): what "keep" keeps it. */
  running: boolean;
  onMinutes: (minutes: string) => void;
  onSubmit: (e: FormEvent) => void;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const { question, clock } = props;
  const escape = useCloseOnEscape({ minutes: question.minutes }, props.onKeep);
  return (
    <>
      <form
        className="timer-check"
        aria-labelledby="timer-check-question"
        noValidate
        onSubmit={props.onSubmit}
        onKeyDown={escape.onKeyDown}
      >
        <p id="timer-check-question">
          {timerCheckText.question(
            question.run.minutes,
            formatInstant(question.run.startedAt, undefined, clock),
          )}
        </p>
        {question.run.check && <p>{timerCheckText.why[question.run.check]}</p>}
        <Field
          label="Minutes to log"
          hint={timerCheckText.date(question.run.date)}
          error={question.error}
        >
          <input
            inputMode="numeric"
            data-timer="minutes"
            value={question.minutes}
            onChange={(e) => props.onMinutes(e.target.value)}
          />
        </Field>
        <div className="actions">
          <button type="submit">Log these minutes</button>
          <button type="button" className="secondary" onClick={props.onKeep}>
            {props.running ? 'Keep the timer running' : 'Keep the timer paused'}
          </button>
          <button type="button" className="secondary" onClick={props.onDiscard}>
            Discard
          </button>
        </div>
      </form>
      {escape.question}
    </>
  );
}
