import { useRef, useState, type FormEvent } from 'react';
import { REMINDER_LEAD_DAYS, type WeekStart } from '../../../../shared/domain/study';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { useStoredDraft } from '../../components/use-stored-draft';
import { useSettings } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import { setStudySettings, type StudySettings as Values } from '../../db/repositories/settings';
import { saveFailureText } from '../experience/messages';
import { EditForm } from '../../components/read-only';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';

/**
 * Settings → Study planner: reminder lead time and first day of the week. (The 12- or 24-hour
 * clock is Settings → Time format's: it sets every time shown, not only the planner's.)
 */
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
  // Follows the stored settings (a restore, another window) unless the person has changed them.
  const { draft, setDraft, markSaved, changedElsewhere, note, setNote } = useStoredDraft({
    lead: String(initial.reminderLeadDays),
    weekStart: initial.weekStart,
  });
  const { lead, weekStart } = draft;
  const [error, setError] = useState<string | undefined>();
  const leadRef = useRef<HTMLInputElement>(null);
  // "Saved" speaks of the values on screen: any change makes it untrue, so it goes (setDraft).
  const change = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const days = Number(lead);
    if (
      !/^\d+$/.test(lead.trim()) ||
      days < REMINDER_LEAD_DAYS.min ||
      days > REMINDER_LEAD_DAYS.max
    ) {
      setNote(null);
      setError(
        `Enter a whole number of days from ${REMINDER_LEAD_DAYS.min} to ${REMINDER_LEAD_DAYS.max}.`,
      );
      // To the field once its error is drawn, so it is read out with it.
      focusSoon(() => leadRef.current);
      return;
    }
    setError(undefined);
    try {
      await setStudySettings(store, { reminderLeadDays: days, weekStart });
      // The number as stored ("07" is 7): what the form shows and starts from now.
      const saved = { lead: String(days), weekStart };
      setDraft(saved);
      markSaved(saved);
      setNote('Study settings saved.');
    } catch (err) {
      setNote(saveFailureText(err));
    }
  }

  return (
    <EditForm onSubmit={submit} noValidate>
      {changedElsewhere && <ChangedElsewhere subject="Your study settings" plural />}
      <div className="form-grid">
        <Field label="Remind me of deadlines this many days ahead" error={error}>
          <input
            ref={leadRef}
            inputMode="numeric"
            value={lead}
            onChange={(e) => change({ lead: e.target.value })}
          />
        </Field>
        <Field label="Weeks start on">
          <select
            value={weekStart}
            onChange={(e) => change({ weekStart: e.target.value as WeekStart })}
          >
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
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
