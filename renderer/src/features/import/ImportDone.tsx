import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../../app/routes';
import { doneText, undoneText } from './messages';

/**
 * The end: how many activities were imported and rows skipped, the way back, and an Undo for
 * the whole import (a file imported with the wrong unit or date order is taken back at once).
 */
export function ImportDone({
  imported,
  skipped,
  onUndo,
}: {
  imported: number;
  skipped: number;
  onUndo: () => Promise<void>;
}) {
  const [undoing, setUndoing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={heading} tabIndex={-1}>
        Import finished
      </h2>
      <p role="status" className="import-done">
        {doneText(imported, skipped)}
      </p>
      <div className="actions">
        <a className="button" href={hrefFor('credit-log')}>
          Back to the credit log
        </a>
        <button
          type="button"
          className="secondary"
          disabled={undoing}
          onClick={() => {
            setUndoing(true);
            void onUndo();
          }}
        >
          {undoing ? 'Taking the import back…' : 'Undo this import'}
        </button>
      </div>
    </section>
  );
}

/** After an Undo of the import: what was taken back and what was kept. */
export function ImportUndone({
  removed,
  kept,
  gone,
}: {
  removed: number;
  kept: number;
  gone: number;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card import-step" aria-labelledby="import-undone-title">
      <h2 id="import-undone-title" ref={heading} tabIndex={-1}>
        Import taken back
      </h2>
      <p role="status">{undoneText(removed, kept, gone)}</p>
      <p>
        <a href={hrefFor('credit-log')}>Back to the credit log</a>
      </p>
    </section>
  );
}
