import { Field } from '../../components/Field';
import { WriteGroup } from '../../components/read-only';
import { setClock, type ClockChoice } from '../../db/repositories/settings';
import { useSavedAtOnce } from './use-saved-at-once';

/**
 * Settings → Time format: the 12- or 24-hour clock of every time Ascent shows. Each choice is
 * saved at once, as the theme is, so nothing is left unsaved to ask about on leaving; a clock
 * stored elsewhere (a restore, another window) is shown, and a failed save goes back to it.
 */
export function ClockSetting({ value }: { value: ClockChoice }) {
  const { selected, error, choose } = useSavedAtOnce(value, setClock, 'The clock');
  return (
    <WriteGroup>
      <Field
        label="Clock"
        hint="For every time Ascent shows: the study calendar and timer, backups and imports."
      >
        <select value={selected} onChange={(e) => void choose(e.target.value as ClockChoice)}>
          <option value="24h">24-hour (18:00)</option>
          <option value="12h">12-hour (6:00 PM)</option>
        </select>
      </Field>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </WriteGroup>
  );
}
