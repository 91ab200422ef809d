import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../components/format';
import { useSettings } from '../../db/hooks';
import {
  earlierImportText,
  lastImportNowText,
  lastImportText,
  undoLastQuestion,
  undoneText,
} from './messages';
import type { LastImportState } from './use-last-import';
import { WriteButton } from '../../components/read-only';

/**
 * Above the first step: the last import, remembered after its summary is gone, with an Undo
 * (after asking) while any of its activities are still as it wrote them. After the undo, what
 * happened is said here; the remembered import is then forgotten, and the one before it (if
 * any is remembered) offered in its place.
 */
export function LastImport({ last }: { last: LastImportState }) {
  const { status, undo, takeBack } = last;
  const clock = useSettings()?.clock;
  const [asking, setAsking] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => {
    if (undo.phase === 'undone' || undo.phase === 'failed') said.current?.focus();
  }, [undo.phase]);

  // After an undo, the import before it (remembered too) is offered next.
  const undone = undo.phase === 'undone' ? undo : null;
  const offered = status && status.removable > 0 && status.key !== undone?.key ? status : null;
  // "The import before it" only for one that ran before it (not one made since in another window).
  const before = undone !== null && offered !== null && offered.at <= undone.at;
  if (!offered && undo.phase === 'idle') return null;
  const when = offered ? formatInstant(offered.at, undefined, clock) : '';
  const question = offered && undoLastQuestion(offered.removable, offered.fileName, when);
  const now = offered && lastImportNowText(offered);

  return (
    <section className="card import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Last import</h2>
      {undo.phase === 'undone' && (
        <p role="status" ref={said} tabIndex={-1}>
          {undoneText(undo.result.removed, undo.result.kept, undo.result.gone)}
        </p>
      )}
      {undo.phase === 'failed' && (
        <p role="alert" ref={said} tabIndex={-1} className="error">
          {undo.message}
        </p>
      )}
      {offered && (
        <>
          <p>
            {(before ? earlierImportText : lastImportText)(offered.count, offered.fileName, when)}
          </p>
          {now && <p className="hint">{now}</p>}
          <WriteButton
            type="button"
            className="secondary"
            disabled={undo.phase === 'undoing'}
            onClick={() => setAsking(true)}
          >
            {undo.phase === 'undoing' ? 'Taking the import back…' : 'Undo that import'}
          </WriteButton>
        </>
      )}
      {asking && question && (
        <ConfirmDialog
          title={question.title}
          confirmLabel={question.confirmLabel}
          onConfirm={() => {
            setAsking(false);
            void takeBack(offered);
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{question.what}</p>
          <p>{question.kept}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
