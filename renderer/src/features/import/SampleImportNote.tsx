import { useStore } from '../../db/store-context';
import { LeaveSample } from '../sample/LeaveSample';
import { isSampleStore } from '../sample/sample-mode';
import { sampleImportText } from './messages';

/**
 * Before a file is chosen, while exploring sample data: an import now goes into the sample
 * and is discarded on leaving, said here and not only in the banner, with the way to leave.
 * The database open decides, as for every write.
 */
export function SampleImportNote() {
  const store = useStore();
  if (!isSampleStore(store)) return null;
  return (
    <section className="card sample-import" aria-label="Importing into sample data">
      <p>
        <strong>{sampleImportText.title}</strong> {sampleImportText.body}
      </p>
      <LeaveSample />
    </section>
  );
}
