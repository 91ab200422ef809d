import { useRef, useState, type FormEvent } from 'react';
import { REMINDER_LEAD_DAYS, type WeekStart } from '../../../../shared/domain/study';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useSettings } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import {
  setStudySettings,
  type ClockChoice,
  type StudySettings as Values,
} from '../../db/repositories/settings';
import { saveFailureText } from '../experience/messages';
import { EditForm } from '../../components/read-only';

/** Settings → Study: reminder lead time, first day of the week, 12- or 24-hour clock. */
export function StudySettings() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <section className="card" aria-labelledby="study-settings-title">
      <h2 id="study-settings-title">Study planner</h2>
      <StudySettingsForm initial={settings} />
    </section>
  );
}

function StudySettingsForm({ initial }: { initial: Values }) {
  const store = useStore();
  const [lead, setLead] = useState(String(initial.reminderLeadDays));
  const [weekStart, setWeekStart] = useState<WeekStart>(initial.weekStart);
  const [clock, setClock] = useState<ClockChoice>(initial.clock);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const leadRef = useRef<HTMLInputElement>(null);
  const markSaved = useDraftGuard({ lead, weekStart, clock });
  // "Saved" speaks of the values on screen: any change makes it untrue, so it goes.
  const changed = () => setNote('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const days = Number(lead);
    if (
      !/^\d+$/.test(lead.trim()) ||
      days < REMINDER_LEAD_DAYS.min ||
      days > REMINDER_LEAD_DAYS.max
    ) {
      setNote('');
      setError(
        `Enter a whole number of days from ${REMINDER_LEAD_DAYS.min} to ${REMINDER_LEAD_DAYS.max}.`,
      );
      leadRef.current?.focus();
      return;
    }
    setError(undefined);
    try {
      await setStudySettings(store, { reminderLeadDays: days, weekStart, clock });
      markSaved();
      setNote('Study settings saved.');
    } catch (err) {
      setNote(saveFailureText(err));
    }
  }

  return (
    <EditForm onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Remind me of deadlines this many days ahead" error={error}>
          <input
            ref={leadRef}
            inputMode="numeric"
            value={lead}
            onChange={(e) => {
              setLead(e.target.value);
              changed();
            }}
          />
        </Field>
        <Field label="Weeks start on">
          <select
            value={weekStart}
            onChange={(e) => {
              setWeekStart(e.target.value as WeekStart);
              changed();
            }}
          >
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
          </select>
        </Field>
        <Field label="Clock">
          <select
            value={clock}
            onChange={(e) => {
              setClock(e.target.value as ClockChoice);
              changed();
            }}
          >
            <option value="24h">24-hour (18:00)</option>
            <option value="12h">12-hour (6:00 PM)</option>
          </select>
        </Field>
      </div>
      <div className="actions">
        <button type="submit">Save study settings</button>
        <span role="status" className="muted">
          {note}
        </span>
      </div>
    </EditForm>
  );
}
