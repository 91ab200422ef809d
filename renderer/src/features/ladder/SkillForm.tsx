import { useState, type FormEvent } from 'react';
import type { SkillArea, SkillLevel } from '../../../../shared/catalog/skills';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveAssessment } from '../../db/repositories/career';
import { careerErrorText, saveFailureText } from '../experience/messages';

/** Rate one skill area from 1 to 5, each level described in words, on a date. */
export function SkillForm({ area, current }: { area: SkillArea; current: SkillLevel | null }) {
  const store = useStore();
  const asOf = useToday();
  const [level, setLevel] = useState<SkillLevel | null>(current);
  const [date, setDate] = useState(asOf);
  const [status, setStatus] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  const markSaved = useDraftGuard({ level, date });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (level === null) return setStatus('Choose a level first; nothing was saved.');
    try {
      const result = await saveAssessment(store, { skill: area.id, level, date }, asOf);
      const err = result.ok ? undefined : result.errors.find((x) => x.field === 'date');
      setDateError(err ? careerErrorText(err.code) : undefined);
      if (result.ok) markSaved();
      setStatus(result.ok ? `${area.name} rated ${level}.` : 'Nothing was saved; see above.');
    } catch (error) {
      setStatus(saveFailureText(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Rate ${area.name}`}>
      <fieldset>
        <legend>Your level in {area.name}</legend>
        {area.levels.map((text, i) => (
          <div key={i} className="radio-field">
            <input
              type="radio"
              id={`${area.id}-level-${i + 1}`}
              name={`${area.id}-level`}
              checked={level === i + 1}
              onChange={() => setLevel((i + 1) as SkillLevel)}
            />
            <label htmlFor={`${area.id}-level-${i + 1}`}>
              {i + 1} — {text}
            </label>
          </div>
        ))}
      </fieldset>
      <Field label={`Date of this rating (${area.name})`} error={dateError}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit">Save rating for {area.name}</button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
