import { useState } from 'react';
import { useStore } from '../../db/store-context';
import { setTheme, themeChoices, type ThemeChoice } from '../../db/repositories/settings';
import { StorageError } from '../../db/errors';
import { storageErrorText } from '../../components/storage-messages';
import { READ_ONLY_REASON_ID, useReadOnly } from '../../components/read-only';
import { useStoredDraft } from '../../components/use-stored-draft';

const labels: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeSetting({ value }: { value: ThemeChoice }) {
  const store = useStore();
  // The theme is saved with the data: in read-only mode it stays as the newer Ascent left it.
  const readOnly = useReadOnly();
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; if saving fails it goes back to what is stored. A theme stored
  // elsewhere (a restore, another window) is shown. Each choice is saved at once: nothing is
  // left unsaved to ask about on leaving.
  const {
    draft: selected,
    setDraft: setSelected,
    markSaved,
  } = useStoredDraft(value, { guard: false });
  async function choose(theme: ThemeChoice) {
    setError(null);
    setSelected(theme);
    try {
      await setTheme(store, theme);
      markSaved(theme);
    } catch (e) {
      setSelected(value);
      // Anything else unexpected is said as the app's other failed saves say it, with what to do.
      setError(
        e instanceof StorageError
          ? storageErrorText(e.code)
          : `The theme was not saved (${e instanceof Error ? e.message : String(e)}). Try again.`,
      );
    }
  }
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
