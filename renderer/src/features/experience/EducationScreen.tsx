import { useState } from 'react';
import { useUndo } from '../../components/undo';
import { useContactHours, useDegrees } from '../../db/career-hooks';
import { deleteDegree, restoreDegree, type DegreeRow } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { educationLabels } from '../profile/messages';
import { ContactHoursForm } from './ContactHoursForm';
import { DegreeForm } from './DegreeForm';
import { saveFailureText } from './messages';

function DegreeTable({ degrees }: { degrees: DegreeRow[] }) {
  const store = useStore();
  const offerUndo = useUndo();
  const [failure, setFailure] = useState<string | null>(null);
  async function remove(d: DegreeRow) {
    try {
      const removed = await deleteDegree(store, d.id);
      if (removed) offerUndo('Deleted the degree.', () => restoreDegree(store, removed));
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }
  return (
    <>
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      <table className="data-table">
        <caption>Your degrees</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Field</th>
            <th scope="col">Institution</th>
            <th scope="col">Year</th>
            <th scope="col">GAC</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {degrees.map((d) => (
            <tr key={d.id}>
              <th scope="row">{educationLabels[d.level]}</th>
              <td>{d.field || '—'}</td>
              <td>{d.institution}</td>
              <td>{d.year ?? '—'}</td>
              <td>{d.gacAccredited ? 'Yes' : 'No'}</td>
              <td>
                <button type="button" className="secondary" onClick={() => void remove(d)}>
                  Delete <span className="visually-hidden">{educationLabels[d.level]}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Education (issue 5 part 3): degrees and PM education contact hours. */
export function EducationScreen() {
  const degrees = useDegrees();
  const contact = useContactHours();
  const [adding, setAdding] = useState(false);
  if (!degrees || contact === undefined) return <p className="muted">Loading…</p>;
  return (
    <div>
      <header className="page-header">
        <h1>Education</h1>
        <p className="muted">
          Until you add a degree, eligibility uses the education level from your profile.
        </p>
      </header>
      <section className="card" aria-labelledby="degrees-heading">
        <h2 id="degrees-heading">Degrees</h2>
        {degrees.length === 0 ? <p>No degrees logged.</p> : <DegreeTable degrees={degrees} />}
        {adding ? (
          <DegreeForm onDone={() => setAdding(false)} />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            Add a degree
          </button>
        )}
      </section>
      <ContactHoursForm key="contact" initial={contact} />
    </div>
  );
}
