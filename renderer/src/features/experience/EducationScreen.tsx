import { useRef, useState } from 'react';
import type { ContactCourse } from '../../../../shared/domain/eligibility';
import { courseContactCourses } from '../../../../shared/domain/journal';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { afterRemoval, firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { UndoRefused, useUndo } from '../../components/undo';
import { useContactHours, useDegrees } from '../../db/career-hooks';
import { useJournal } from '../../db/journal-hooks';
import { deleteDegree, restoreDegree, type DegreeRow } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { educationLabels } from '../profile/messages';
import { ContactHoursForm } from './ContactHoursForm';
import { DegreeForm } from './DegreeForm';
import { saveFailureText, topicLabels } from './messages';
import { notPutBackOfText } from '../learning/tab-words';
import { useFormEditing } from '../learning/use-editing';
import { WriteButton } from '../../components/read-only';

/** The learning journal's completed courses: they count without being typed here. */
function JournalCourses({ courses }: { courses: readonly ContactCourse[] }) {
  const total = courses.reduce((n, c) => n + c.hours, 0);
  return (
    <section className="card" aria-labelledby="journal-courses-heading">
      <h2 id="journal-courses-heading">Courses from your learning journal</h2>
      {courses.length === 0 ? (
        <p>
          None yet. Completed courses you record under{' '}
          <a href={hrefFor('learning', 'courses')}>Learning</a> count here by themselves.
        </p>
      ) : (
        <>
          <p className="hint">
            These count towards exam eligibility as they are: {formatNumber(total)} hours in all. Do
            not type them again below; change them under{' '}
            <a href={hrefFor('learning', 'courses')}>Learning</a>.
          </p>
          <table className="data-table">
            <caption>Completed courses from your learning journal</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Hours</th>
                <th scope="col">Topic</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.title}</th>
                  <td>{formatNumber(c.hours)}</td>
                  <td>{topicLabels[c.topic ?? 'general']}</td>
                  <td>{formatDate(c.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const degreesHeading = () => document.getElementById('degrees-heading');

function DegreeTable({ degrees }: { degrees: DegreeRow[] }) {
  const store = useStore();
  const offerUndo = useUndo();
  const [failure, setFailure] = useState<string | null>(null);
  async function remove(d: DegreeRow) {
    const pressed = document.activeElement;
    // Focus goes on from the next degree's Delete (the one before on the last row), and with
    // none left, from the Degrees heading, just above "Add a degree" (as for roles).
    const next = afterRemoval(pressed, 'tr', degreesHeading);
    try {
      const removed = await deleteDegree(store, d.id);
      if (!removed) return;
      focusSoon(next, pageHeading, pressed);
      // Never over a degree saved again since (in another window, say): that one is kept.
      offerUndo('Deleted the degree.', async () => {
        if (!(await restoreDegree(store, removed)))
          throw new UndoRefused(notPutBackOfText('The degree'));
      });
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
                <WriteButton type="button" className="secondary" onClick={() => void remove(d)}>
                  Delete <span className="visually-hidden">{educationLabels[d.level]}</span>
                </WriteButton>
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
  const journal = useJournal();
  // "Add a degree" gives way to the form: the form takes the focus in its first field and, on
  // Save, Cancel or Escape, gives it back to the button (drawn again), as the role form does.
  const { editing: adding, open, close } = useFormEditing<DegreeRow>();
  const degreesSection = useRef<HTMLElement>(null);
  const openForm = () =>
    open('new', () => focusSoon(() => firstField(degreesSection.current?.querySelector('form'))));
  if (!degrees || contact === undefined || !journal) return <p className="muted">Loading…</p>;
  const fromJournal = courseContactCourses(journal.courses);
  return (
    <div>
      <header className="page-header">
        <h1>Education</h1>
        <p className="muted">
          {degrees.length === 0
            ? 'Until you add a degree, eligibility uses the education level from your profile.'
            : 'Eligibility uses the highest degree listed here; the level in your profile counts only while none is listed.'}
        </p>
      </header>
      <section ref={degreesSection} className="card" aria-labelledby="degrees-heading">
        <h2 id="degrees-heading">Degrees</h2>
        {degrees.length === 0 ? <p>No degrees logged.</p> : <DegreeTable degrees={degrees} />}
        {adding ? (
          <DegreeForm onDone={close} />
        ) : (
          <WriteButton id="add-degree" type="button" onClick={openForm}>
            Add a degree
          </WriteButton>
        )}
      </section>
      <JournalCourses courses={fromJournal} />
      <ContactHoursForm key="contact" initial={contact} fromJournal={fromJournal} />
    </div>
  );
}
