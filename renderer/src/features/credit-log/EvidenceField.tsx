import { useId, useRef, useState, type ChangeEvent } from 'react';
import { focusSoon } from '../../components/focus-soon';
import { ReadAction } from '../../components/read-only';
import { copyFailedText, FileGoneError } from '../../components/storage-messages';
import { duplicateEvidence } from '../../../../shared/files/duplicate-evidence';
import { EVIDENCE_MAX_BYTES, listEvidence } from '../../db/repositories/activities';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import type { EvidenceInfo } from './use-evidence';
import { evidenceDuplicateText, evidenceRefused, fileSize } from './messages';

export interface NewEvidence {
  key: string;
  file: File;
}

interface Props {
  /** The files kept with the activity; undefined while they are read. */
  existing: readonly EvidenceInfo[] | undefined;
  removeIds: readonly string[];
  onToggleRemove: (id: string) => void;
  added: readonly NewEvidence[];
  onAdd: (files: NewEvidence[]) => void;
  onRemoveAdded: (key: string) => void;
  /** Errors the save reported for evidence (normally caught here first). */
  error?: string;
}

/** A refusal said under the files: its own key, as two files may be refused in the same words. */
interface Refusal {
  key: string;
  text: string;
}

/**
 * Splits picked files into those kept and those refused, with the words for the refusals: too
 * large, empty, or the same as a file already there (duplicateEvidence: a new file waiting, or
 * one kept with the activity and not being removed), which would be saved and counted twice.
 */
function screen(
  files: readonly File[],
  waiting: readonly NewEvidence[],
  kept: readonly EvidenceInfo[],
) {
  const accepted: NewEvidence[] = [];
  const refused: Refusal[] = [];
  const refuse = (text: string) => refused.push({ key: crypto.randomUUID(), text });
  const sized = files.filter((file) => {
    if (file.size > EVIDENCE_MAX_BYTES) refuse(evidenceRefused(file.name, 'FILE_TOO_LARGE'));
    else if (file.size === 0) refuse(evidenceRefused(file.name, 'FILE_EMPTY'));
    else return true;
    return false;
  });
  const same = duplicateEvidence(
    sized,
    waiting.map((f) => f.file),
    kept,
  );
  sized.forEach((file, i) => {
    const reason = same[i];
    if (reason) refuse(evidenceDuplicateText(file.name, reason));
    else accepted.push({ key: crypto.randomUUID(), file });
  });
  return { kept: accepted, refused };
}

/** Evidence files kept with the activity: add several, see their sizes, remove any. */
export function EvidenceField(props: Props) {
  const { removeIds, added, error } = props;
  const loading = props.existing === undefined;
  const existing = props.existing ?? [];
  const id = useId();
  const store = useStore();
  const platform = usePlatform();
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [copyError, setCopyError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const pick = useRef<HTMLInputElement>(null);

  /**
   * A new file taken off goes with its Remove button: focus moves to the Remove button of the
   * new file after it (else before it), or to "Add evidence files" when none is left, instead
   * of falling to the page.
   */
  function removeAdded(key: string) {
    const at = added.findIndex((f) => f.key === key);
    const next = added[at + 1] ?? added[at - 1];
    props.onRemoveAdded(key);
    focusSoon(() =>
      next ? list.current?.querySelector(`[data-evidence-key="${next.key}"]`) : pick.current,
    );
  }

  function onPick(e: ChangeEvent<HTMLInputElement>) {
    const stays = existing.filter((f) => !removeIds.includes(f.id));
    const { kept, refused: no } = screen([...(e.target.files ?? [])], added, stays);
    setRefused(no);
    if (kept.length) props.onAdd(kept);
    e.target.value = '';
  }

  async function saveCopy(info: EvidenceInfo) {
    setCopyError(null);
    try {
      const row = (await listEvidence(store, info.activityId)).find((r) => r.id === info.id);
      if (!row) throw new FileGoneError('activity');
      await platform.saveFile({
        suggestedName: row.name,
        mimeType: row.mimeType,
        filters: [],
        content: row.data,
      });
    } catch (failure) {
      setCopyError(copyFailedText(info.name, failure));
    }
  }

  const empty = existing.length === 0 && added.length === 0;
  // While the activity's files are read, nothing is said of them ("No files yet." flashed
  // before the list of an activity that has some).
  const none = empty && !loading;
  return (
    <fieldset name="evidence" className={error ? 'has-error' : undefined}>
      <legend>Evidence</legend>
      <p className="hint">
        Certificates, attendance records, notes: kept on this computer with the activity, up to 20
        MB a file.
      </p>
      {none ? (
        <p className="muted">No files yet.</p>
      ) : empty ? null : (
        <ul className="cl-files" aria-label="Evidence files" ref={list}>
          {existing.map((f) => {
            const removing = removeIds.includes(f.id);
            return (
              <li key={f.id} className={removing ? 'removing' : undefined}>
                <span className="cl-file-name">{f.name}</span>
                <span className="muted">
                  {fileSize(f.size)}
                  {removing ? ' · will be removed when you save' : ''}
                </span>
                {!removing && (
                  // Saving a copy changes nothing: it stays available in read-only mode.
                  <ReadAction className="secondary" onClick={() => void saveCopy(f)}>
                    Save a copy<span className="visually-hidden"> of {f.name}</span>
                  </ReadAction>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => props.onToggleRemove(f.id)}
                >
                  {removing ? 'Keep' : 'Remove'}
                  <span className="visually-hidden"> {f.name}</span>
                </button>
              </li>
            );
          })}
          {added.map((f) => (
            <li key={f.key}>
              <span className="cl-file-name">{f.file.name}</span>
              <span className="muted">{fileSize(f.file.size)} · new</span>
              <button
                type="button"
                className="secondary"
                data-evidence-key={f.key}
                onClick={() => removeAdded(f.key)}
              >
                Remove<span className="visually-hidden"> {f.file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {[
        ...refused,
        ...(error ? [{ key: 'save', text: error }] : []),
        ...(copyError ? [{ key: 'copy', text: copyError }] : []),
      ].map(({ key, text }) => (
        <p key={key} className="error" role="alert">
          {text}
        </p>
      ))}
      <div className="cl-pick">
        <label htmlFor={`${id}-pick`}>Add evidence files</label>
        <input id={`${id}-pick`} ref={pick} type="file" multiple onChange={onPick} />
      </div>
    </fieldset>
  );
}
