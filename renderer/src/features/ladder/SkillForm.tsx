import { useState, type FormEvent } from 'react';
import type { SkillArea, SkillLevel } from '../../../../shared/catalog/skills';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { keptDate, shownDate, type KeptDate } from '../../components/follows-today';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveAssessment } from '../../db/repositories/career';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { careerErrorText, saveFailureText } from '../experience/messages';
import { EditForm } from '../../components/read-only';

/**
 * What a saved rating did: the level now, or, for a rating dated before the newest one, that
 * it was kept as an earlier rating (the level now stays the newest one's).
 */
export function ratedText(
  name: string,
  level: SkillLevel,
  on: LocalDate,
  newestOn: LocalDate | null,
): string {
  if (newestOn !== null && on < newestOn)
    return `${name} rated ${level} on ${formatDate(on)}, kept as an earlier rating: your level now is still the one rated on ${formatDate(newestOn)}.`;
  return `${name} rated ${level}.`;
}

/** Rate one skill area from 1 to 5, each level described in words, on a date. */
export function SkillForm({
  area,
  current,
  currentOn,
}: {
  area: SkillArea;
  current: SkillLevel | null;
  /** The day of the rating `current` comes from (the newest up to today). */
  currentOn: LocalDate | null;
}) {
  const store = useStore();
  const asOf = useToday();
  const [level, setLevel] = useState<SkillLevel | null>(current);
  // `null` is "today": the rating's date follows the day past midnight until one is typed.
  const [kept, setKept] = useState<KeptDate>(null);
  const date = shownDate(kept, asOf);
  const [status, setStatus] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  const markSaved = useDraftGuard({ level, date: kept });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (level === null) return setStatus('Choose a level first; nothing was saved.');
    try {
      const result = await saveAssessment(store, { skill: area.id, level, date }, asOf);
      const err = result.ok ? undefined : result.errors.find((x) => x.field === 'date');
      setDateError(err ? careerErrorText(err.code) : undefined);
      if (result.ok) markSaved();
      setStatus(
        result.ok ? ratedText(area.name, level, date, currentOn) : 'Nothing was saved; see above.',
      );
    } catch (error) {
      setStatus(saveFailureText(error));
    }
  }

  return (
    <EditForm onSubmit={submit} noValidate aria-label={`Rate ${area.name}`} quiet>
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
        <input type="date" value={date} onChange={(e) => setKept(keptDate(e.target.value, asOf))} />
      </Field>
      <div className="actions">
        <button type="submit">Save rating for {area.name}</button>
      </div>
      <p role="status">{status}</p>
    </EditForm>
  );
}
