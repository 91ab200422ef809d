import { useState } from 'react';
import { useStore } from '../../db/store-context';
import { setTheme, themeChoices, type ThemeChoice } from '../../db/repositories/settings';
import { StorageError } from '../../db/errors';
import { storageErrorText } from '../../components/storage-messages';

const labels: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeSetting({ value }: { value: ThemeChoice }) {
  const store = useStore();
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; if saving fails it goes back to what is stored.
  const [selected, setSelected] = useState(value);
  async function choose(theme: ThemeChoice) {
    setError(null);
    setSelected(theme);
    try {
      await setTheme(store, theme);
    } catch (e) {
      setSelected(value);
      setError(e instanceof StorageError ? storageErrorText(e.code) : String(e));
    }
  }
  return (
    <fieldset className="radio-group">
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
