import { useState } from 'react';
import { courseCredits, type CourseStatus } from '../../../../shared/domain/journal';
import { compareCourses } from '../../../../shared/domain/journal/list-order';
import { formatDate, formatNumber } from '../../components/format';
import { useAttachmentOwners } from '../../db/journal-hooks';
import { useStore } from '../../db/store-context';
import { deleteCourse, type CourseRow } from '../../db/repositories/journal';
import { CertificateCell, useCertificateCopy } from './CertificateCell';
import { CourseForm, type CourseTyped } from './CourseForm';
import { EntryTable, matches, showEverything } from './EntryTable';
import type { TabProps } from './LearningScreen';
import { courseStatusLabels, formatLabels } from './messages';
import { useEditing } from './use-editing';
import { useTabFormBack } from './use-form-back';
import { pendingFor, useAfterSave, useEntryDelete } from './use-entry-actions';
import { courseWords, noMatchWords } from './tab-words';
import { WriteButton } from '../../components/read-only';

/** Courses: add, edit, delete, filter by status, and confirm the credit a completion earns. */
export function CourseTab({
  journal,
  credit,
  query,
  linked,
  onPending,
  clearSearch,
  startNew,
}: TabProps) {
  const store = useStore();
  const { editing, open, close, closeTo, drop, listRef } = useEditing<CourseRow>(
    'learning',
    'courses',
    startNew,
  );
  const [status, setStatus] = useState<CourseStatus | ''>('');
  // A course deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<CourseRow, CourseTyped>({
    screen: 'learning/courses',
    noun: 'course',
    rows: journal.courses,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useEntryDelete(back.onDeleted);
  const afterSave = useAfterSave({ close, closeTo }, onPending, 'course');
  const certificates = useAttachmentOwners();
  const copy = useCertificateCopy();
  const held = credit.withRules;

  function saved(row: CourseRow, answered: boolean) {
    const proposal = courseCredits(row, held);
    const pending = answered
      ? null
      : pendingFor('courses', row.id, row.title, proposal, credit.withRules);
    afterSave(row.title, proposal, pending, answered, row.id);
  }

  // Shows every entry again: no search, no "Show" choice; focus goes where the change was.
  const showAll = () =>
    showEverything(() => setStatus(''), query, clearSearch, 'course-show', listRef.current);

  const noMatch = noMatchWords(
    courseWords,
    query,
    status === '' ? null : courseStatusLabels[status],
  );
  const rows = [...journal.courses]
    .filter(
      (c) => (status === '' || c.status === status) && matches(query, c.title, c.provider, c.notes),
    )
    .sort(compareCourses);
  return (
    <section aria-label="Courses" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {copy.failure && (
        <p className="form-summary" role="alert">
          {copy.failure}
        </p>
      )}
      {editing ? (
        <CourseForm
          key={editing === 'new' ? 'new' : editing.id}
          course={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          held={held}
          onSaved={saved}
          onCancel={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-course" type="button" onClick={() => open('new')}>
            Add a course
          </WriteButton>
          <label>
            Show{' '}
            <select
              id="course-show"
              value={status}
              onChange={(e) => setStatus(e.target.value as CourseStatus | '')}
            >
              <option value="">All courses</option>
              {Object.entries(courseStatusLabels).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <EntryTable
        noun={courseWords.noun}
        total={journal.courses.length}
        emptyText={courseWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: showAll }}
        caption="Your courses"
        headers={['Course', 'Status', 'Format', 'Dates', 'Hours', 'Certificate']}
        lines={rows.map((c) => ({
          id: c.id,
          title: c.title,
          cells: [
            courseStatusLabels[c.status],
            formatLabels[c.format],
            `${formatDate(c.start)} – ${formatDate(c.end)}`,
            formatNumber(c.contactHours),
            <CertificateCell
              key="certificate"
              title={c.title}
              kept={certificates?.has(c.id)}
              onDownload={() => void copy.saveCopy(c.id, c.title)}
            />,
          ],
          linked: linked.get(c.id) ?? 0,
          canPropose: courseCredits(c, held).suggestions.length > 0,
          onEdit: () => open(c),
          onDelete: () =>
            del.ask(c.title, linked.get(c.id) ?? 0, (a) => deleteCourse(store, c.id, a)),
          onPropose: () =>
            onPending(
              pendingFor('courses', c.id, c.title, courseCredits(c, held), credit.withRules),
            ),
        }))}
      />
      {del.dialog}
    </section>
  );
}
