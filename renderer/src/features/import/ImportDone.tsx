import { useEffect, useRef } from 'react';
import { hrefFor } from '../../app/routes';
import { doneText } from './messages';

/** The end: how many activities were imported and rows skipped, and the way back. */
export function ImportDone({ imported, skipped }: { imported: number; skipped: number }) {
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
      <p>
        <a href={hrefFor('credit-log')}>Back to the credit log</a>
      </p>
    </section>
  );
}
