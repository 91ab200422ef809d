import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatFileSize } from '../../components/format';
import { Field } from '../../components/Field';
import { ReadAction } from '../../components/read-only';
import { listAttachments, type AttachmentInput } from '../../db/repositories/journal';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { copyFailedText, FileGoneError } from '../../components/storage-messages';

/** A course's certificate as stored: name, type and size (its bytes stay in the database). */
function useCertificate(courseId: string | null) {
  const store = useStore();
  return useLiveQuery(async () => {
    if (!courseId) return [];
    const rows = await listAttachments(store, courseId);
    return rows.map(({ data: _data, ...info }) => info);
  }, [store, courseId]);
}

/**
 * A course's certificate file (issue 6 part 1): the one kept now, with a copy to save and a way
 * to remove it, and a file input to add or replace it. Removing and replacing happen when the
 * course is saved, so "Keep" or Cancel changes nothing. Remove also drops a file picked to
 * replace it (saving then leaves no certificate), and picking a file takes back a Remove.
 */
export function CertificateField(props: {
  courseId: string | null;
  picked: AttachmentInput | undefined;
  onPick: (file: AttachmentInput | undefined) => void;
  removing: boolean;
  onRemoving: (removing: boolean) => void;
  error?: string | undefined;
}) {
  const store = useStore();
  const platform = usePlatform();
  const current = useCertificate(props.courseId)?.[0];
  const input = useRef<HTMLInputElement>(null);
  const [copyError, setCopyError] = useState<string | null>(null);

  async function saveCopy(id: string, name: string) {
    setCopyError(null);
    try {
      const row = (await listAttachments(store, props.courseId ?? '')).find((r) => r.id === id);
      if (!row) throw new FileGoneError('course');
      await platform.saveFile({
        suggestedName: row.name,
        mimeType: row.mimeType,
        filters: [],
        content: row.data,
      });
    } catch (error) {
      setCopyError(copyFailedText(name, error));
    }
  }

  function toggleRemoving() {
    if (!props.removing) {
      props.onPick(undefined);
      if (input.current) input.current.value = '';
    }
    props.onRemoving(!props.removing);
  }

  async function pick(list: FileList | null) {
    const f = list?.[0];
    if (f) props.onRemoving(false);
    props.onPick(
      f
        ? { name: f.name, mimeType: f.type, data: new Uint8Array(await f.arrayBuffer()) }
        : undefined,
    );
  }

  const fate = props.picked
    ? ' · will be replaced when you save'
    : props.removing
      ? ' · will be removed when you save'
      : '';
  return (
    <fieldset className="certificate">
      <legend>Certificate</legend>
      {current ? (
        <p className="certificate-current">
          <span>{current.name}</span>{' '}
          <span className="muted">
            {formatFileSize(current.size)}
            {fate}
          </span>{' '}
          {!props.removing && (
            // Saving a copy changes nothing: it stays available in read-only mode.
            <ReadAction
              className="secondary"
              onClick={() => void saveCopy(current.id, current.name)}
            >
              Save a copy<span className="visually-hidden"> of {current.name}</span>
            </ReadAction>
          )}{' '}
          <button type="button" className="secondary" onClick={toggleRemoving}>
            {props.removing ? 'Keep' : 'Remove'}
            <span className="visually-hidden"> {current.name}</span>
          </button>
        </p>
      ) : (
        <p className="muted">No certificate kept with this course.</p>
      )}
      {copyError && (
        <p className="error" role="alert">
          {copyError}
        </p>
      )}
      <Field
        label={current ? 'Replace with another file (optional)' : 'Certificate file (optional)'}
        error={props.error}
      >
        <input ref={input} type="file" onChange={(ev) => void pick(ev.target.files)} />
      </Field>
    </fieldset>
  );
}
