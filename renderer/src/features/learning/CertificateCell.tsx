import { useState } from 'react';
import { ReadAction } from '../../components/read-only';
import { readCertificate } from '../../db/repositories/journal';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { copyFailedText, FileGoneError } from '../../components/storage-messages';

/**
 * Saves a copy of a course's certificate from the courses list, without opening the course.
 * The bytes are read only now; the list itself knows only which courses have one.
 */
export function useCertificateCopy() {
  const store = useStore();
  const platform = usePlatform();
  const [failure, setFailure] = useState<string | null>(null);

  async function saveCopy(courseId: string, title: string) {
    setFailure(null);
    let name = `the certificate of ${title}`;
    try {
      const row = await readCertificate(store, courseId);
      if (!row) throw new FileGoneError('course');
      name = row.name;
      await platform.saveFile({
        suggestedName: row.name,
        mimeType: row.mimeType,
        filters: [],
        content: row.data,
      });
    } catch (error) {
      setFailure(copyFailedText(name, error));
    }
  }

  return { failure, saveCopy };
}

/**
 * The courses list's certificate cell: a "Save a copy" button (worded as everywhere a kept file
 * is saved to disk), or a plain "None". The list does not read the file, so the hidden words
 * name the course rather than the file.
 */
export function CertificateCell(props: {
  title: string;
  kept: boolean | undefined;
  onDownload: () => void;
}) {
  if (props.kept === undefined) return <span className="muted">…</span>;
  if (!props.kept) return <span className="muted">None</span>;
  return (
    <ReadAction className="secondary" onClick={props.onDownload}>
      Save a copy<span className="visually-hidden"> of the certificate of {props.title}</span>
    </ReadAction>
  );
}
