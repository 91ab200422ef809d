import { setTheme, themeChoices, type ThemeChoice } from '../../db/repositories/settings';
import { READ_ONLY_REASON_ID, useReadOnly } from '../../components/read-only';
import { useSavedAtOnce } from './use-saved-at-once';

const labels: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeSetting({ value }: { value: ThemeChoice }) {
  // The theme is saved with the data: in read-only mode it stays as the newer Ascent left it.
  const readOnly = useReadOnly();
  const { selected, error, choose } = useSavedAtOnce(value, setTheme, 'The theme');
  return (
    <fieldset
      className="radio-group"
      disabled={readOnly}
      aria-describedby={readOnly ? READ_ONLY_REASON_ID : undefined}
    >
      <legend>Theme</legend>
      {themeChoices.map((t) => (
        <div key={t} className="radio-field">
          <input
            type="radio"
            id={`theme-${t}`}
            name="theme"
            value={t}
            checked={selected === t}
            onChange={() => choose(t)}
          />
          <label htmlFor={`theme-${t}`}>{labels[t]}</label>
        </div>
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
