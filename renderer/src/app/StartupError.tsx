/** Shown when the local database cannot be opened at all. Nothing has been changed. */
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="startup-error" role="alert">
      <h1>Ascent could not open your data</h1>
      <p>
        Your records were not changed. This usually happens when the browser blocks local storage
        (for example in a private window) or another copy of Ascent is updating the data.
      </p>
      <p>Close other Ascent windows, then reload. If it keeps happening, keep the details below.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload Ascent
      </button>
      <details>
        <summary>Technical details</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  );
}
