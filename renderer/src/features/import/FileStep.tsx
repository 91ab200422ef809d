import { useId, useRef, useState, type ChangeEvent } from 'react';
import { focusSoon } from '../../components/focus-soon';
import { usePlatform } from '../../platform';
import { IpcRequestError } from '../../../../shared/files/refused-request';

interface Props {
  fileName: string | null;
  error: string | null;
  /** While an import runs: the file cannot be changed. */
  disabled?: boolean;
  onFile: (name: string, bytes: Uint8Array) => void;
  onError: (message: string) => void;
}

const filters = [{ name: 'CSV (spreadsheet)', extensions: ['csv', 'txt', 'tsv'] }];

/**
 * Step 1: the file. A plain file input everywhere (keyboard reachable, and what tests
 * drive); on the desktop also the system's open dialog through the platform.
 */
export function FileStep({ fileName, error, disabled = false, onFile, onError }: Props) {
  const platform = usePlatform();
  const id = useId();
  const [reading, setReading] = useState(false);
  const step = useRef<HTMLElement>(null);

  // Once read, the next step ("2. Check the columns") is where the user goes on: its heading
  // takes the focus. A file that could not be read keeps it here, on the field and its error.
  const focusNextStep = (pressed: Element | null) =>
    focusSoon(
      () => step.current?.nextElementSibling?.querySelector('h2'),
      () => step.current?.querySelector('input'),
      pressed,
    );

  /** `work` answers whether a file was read (not when the open dialog was cancelled). */
  async function read(work: () => Promise<boolean>) {
    const pressed = document.activeElement;
    setReading(true);
    try {
      if (await work()) focusNextStep(pressed);
    } catch (e) {
      // Main's refusal of the chosen file (too large, not a file) is a whole sentence that says
      // what to do; trying the same file again would not help.
      onError(
        e instanceof IpcRequestError && e.code === 'NOT_ALLOWED'
          ? e.message
          : `The file could not be read (${e instanceof Error ? e.message : String(e)}). Try again.`,
      );
    } finally {
      setReading(false);
    }
  }

  function onInput(e: ChangeEvent<HTMLInputElement>) {
    const picked = e.currentTarget.files?.[0];
    if (!picked || disabled) return;
    // Emptied when opened (below), so choosing the same file again reads it again; its own
    // words are hidden (import.css): "Chosen: …" says which file was read.
    void read(async () => {
      onFile(picked.name, new Uint8Array(await picked.arrayBuffer()));
      return true;
    });
  }

  const openDialog = () =>
    read(async () => {
      const outcome = await platform.openFile(filters);
      if (outcome.opened) onFile(outcome.fileName, outcome.content);
      return outcome.opened;
    });

  return (
    <section className="card import-step" aria-labelledby={`${id}-title`} ref={step}>
      <h2 id={`${id}-title`}>1. Choose the file</h2>
      <p className="hint">
        A CSV file saved from Excel, Numbers, Google Sheets or LibreOffice, or exported from PMI’s
        CCRS. A workbook (.xlsx) must first be saved as CSV.
      </p>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={id}>Spreadsheet file (CSV)</label>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,.tsv,text/csv"
          onChange={onInput}
          disabled={disabled}
          onClick={(e) => (e.currentTarget.value = '')}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      {platform.kind === 'desktop' && (
        <button
          type="button"
          className="secondary"
          onClick={openDialog}
          disabled={reading || disabled}
        >
          Choose a file…
        </button>
      )}
      <p role="status" className="muted">
        {reading ? 'Reading the file…' : fileName ? `Chosen: ${fileName}` : ''}
      </p>
    </section>
  );
}
