import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useToday } from '../../app/use-today';
import { keptDate, shownDate, type KeptDate } from '../../components/follows-today';
import { useStore } from '../../db/store-context';
import { addSession, type SessionErrors } from '../../db/repositories/study-log';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { saveFailureText } from '../experience/messages';
import { minutesText, sessionErrors, sessionFormText } from './messages';
import { EditForm } from '../../components/read-only';

/**
 * A study session typed in by hand: date, minutes, topic and plan (issue 7 part 3).
 * `focusOnOpen`: scrolled into view with its first field focused (`#/study/sessions/new`).
 */
export function SessionForm({
  plans,
  focusOnOpen = false,
}: {
  plans: StudyPlanRow[];
  focusOnOpen?: boolean;
}) {
  const store = useStore();
  const today = useToday();
  // `date: null` is "today": the field follows the day past midnight until a date is typed
  // (a form left open overnight logged the evening's study on the day before).
  const empty = { planId: plans[0]?.id ?? '', date: null as KeptDate, minutes: '', topic: '' };
  const [d, setD] = useState(empty);
  const date = shownDate(d.date, today);
  const [errors, setErrors] = useState<SessionErrors>({});
  const [note, setNote] = useState('');
  const markSaved = useDraftGuard(d);
  const sectionRef = useRef<HTMLElement>(null);
  // A save in flight: a second press of Log session (a double click, Enter pressed twice) is
  // ignored until it answers, so one session is never logged twice.
  const saving = useRef(false);
  // What the select shows is what is saved: a plan deleted (or archived) since it was chosen
  // is no longer listed, so the select shows "No plan", and the session is logged with none.
  const planId = plans.some((p) => p.id === d.planId) ? d.planId : '';

  // Focused as the form is put on the page, in the same step: a focus left for later (an
  // effect runs after the screen is painted) came after the palette's own focus had already
  // put the person in this field and a Tab had moved them on, and pulled them back.
  useLayoutEffect(() => {
    if (!focusOnOpen) return;
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
    sectionRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [focusOnOpen]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving.current) return;
    saving.current = true;
    const minutes = /^\d+$/.test(d.minutes.trim()) ? Number(d.minutes) : NaN;
    try {
      const r = await addSession(
        store,
        { planId: planId || null, date, minutes, topic: d.topic },
        today,
      );
      if (!r.ok) return setErrors(r.errors);
      setErrors({});
      // A plan was chosen, and it is gone: the session has none, and the note says so (the
      // select already shows "No plan", but quietly).
      const gone = d.planId !== '' && planId === '' ? ` ${sessionFormText.withoutPlan}` : '';
      setNote(`Logged ${minutesText(r.value.minutes)} of study.${gone}`);
      const next = { ...empty, planId };
      setD(next);
      markSaved(next);
    } catch (error) {
      setNote(saveFailureText(error));
    } finally {
      saving.current = false;
    }
  }
  const err = (f: keyof SessionErrors) => (errors[f] ? sessionErrors[errors[f]!] : undefined);
  return (
    <section className="card" ref={sectionRef} aria-labelledby="log-title">
      <h2 id="log-title">Log a study session</h2>
      <EditForm onSubmit={submit} noValidate aria-labelledby="log-title">
        <div className="form-grid">
          <Field label="Session plan" error={err('planId')}>
            <select value={planId} onChange={(e) => setD({ ...d, planId: e.target.value })}>
              <option value="">No plan</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Session date" error={err('date')}>
            <input
              type="date"
              value={date}
              max={today}
              onChange={(e) => setD({ ...d, date: keptDate(e.target.value, today) })}
            />
          </Field>
          <Field label="Minutes studied" error={err('minutes')}>
            <input
              inputMode="numeric"
              value={d.minutes}
              onChange={(e) => setD({ ...d, minutes: e.target.value })}
            />
          </Field>
          <Field label="Topic (optional)" error={err('topic')}>
            <input value={d.topic} onChange={(e) => setD({ ...d, topic: e.target.value })} />
          </Field>
        </div>
        <div className="actions">
          <button type="submit">Log session</button>
          <span role="status" className="muted">
            {note}
          </span>
        </div>
      </EditForm>
    </section>
  );
}
