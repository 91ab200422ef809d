import { useRef, useState, type FormEvent } from 'react';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import {
  trainingTopics,
  validateContactHours,
  type ContactCourse,
  type ContactHours,
  type TrainingTopic,
} from '../../../../shared/domain/eligibility';
import { typedAlsoInJournal } from '../../../../shared/domain/journal';
import { ErrorSummary } from '../../components/ErrorSummary';
import { withoutRow } from '../../components/row-errors';
import { errorsWithUnreadable, unreadableDates } from '../../components/unreadable-dates';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveContactHours } from '../../db/repositories/career';
import { contactHoursLabel, contactHoursLabels, courseLabels, summaryItems } from './form-summary';
import { careerErrorText, saveFailureText, topicLabels } from './messages';
import { useStoredDraft } from '../../components/use-stored-draft';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { hoursOf, hoursWorded } from '../learning/inputs';
import { EditForm } from '../../components/read-only';

interface CourseDraft {
  title: string;
  hours: string;
  date: string;
  topic: TrainingTopic;
}

/** What the form holds: everything as typed. */
interface ContactDraft {
  hours: string;
  courses: CourseDraft[];
}

/** The form's fields for the stored hours (none stored: empty). */
function toDraft(stored: ContactHours | null): ContactDraft {
  return {
    hours: stored ? String(stored.hours) : '',
    courses: (stored?.courses ?? []).map((c) => ({
      title: c.title,
      hours: String(c.hours),
      date: c.date ?? '',
      topic: c.topic ?? 'general',
    })),
  };
}

/**
 * Hours as typed, read as the credit log and the journal forms read them (hoursOf): "7,5" is
 * 7.5, and "1.500" (1500 or 1.5?) is refused, never a silent 1.5. Blank is none.
 */
const toNumber = (s: string) => (s.trim() === '' ? 0 : hoursOf(s));

function toContact({ hours, courses }: ContactDraft): ContactHours {
  return {
    hours: toNumber(hours),
    courses: courses.map((c) => ({
      title: c.title.trim(),
      hours: toNumber(c.hours),
      date: c.date === '' ? null : c.date,
      topic: c.topic,
    })),
  };
}

function CourseFields(props: {
  index: number;
  course: CourseDraft;
  errors: Record<string, string>;
  /** The same course is in the learning journal: its hours would count twice. */
  twice: boolean;
  onChange: (c: CourseDraft) => void;
  onRemove: () => void;
}) {
  const { index: i, course: c, errors } = props;
  const set = (patch: Partial<CourseDraft>) => props.onChange({ ...c, ...patch });
  const labels = courseLabels(i);
  return (
    <fieldset className="form-grid">
      <legend>Course {i + 1}</legend>
      {props.twice && (
        <p className="warning-text" role="note">
          “{c.title.trim()}” is also a completed course in your learning journal, so its hours count
          twice. Remove it here unless it is another course with the same name.
        </p>
      )}
      <Field label={labels.title} error={errors[`courses.${i}.title`]}>
        <input value={c.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field label={labels.hours} error={errors[`courses.${i}.hours`]}>
        <input
          inputMode="decimal"
          value={c.hours}
          onChange={(e) => set({ hours: e.target.value })}
        />
      </Field>
      <Field label={labels.date} error={errors[`courses.${i}.date`]}>
        <input
          type="date"
          name={`courses.${i}.date`}
          value={c.date}
          onChange={(e) => set({ date: e.target.value })}
        />
      </Field>
      <Field label={labels.topic} error={errors[`courses.${i}.topic`]}>
        <select value={c.topic} onChange={(e) => set({ topic: e.target.value as TrainingTopic })}>
          {trainingTopics.map((t) => (
            <option key={t} value={t}>
              {topicLabels[t]}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" className="secondary" onClick={props.onRemove}>
        Remove course {i + 1}
      </button>
    </fieldset>
  );
}

/**
 * The hours fields as typed, by the key their errors show at: an unclear number is said as the
 * credit log says it (hoursWorded).
 */
const typedHours = (d: ContactDraft): Record<string, string> =>
  Object.fromEntries([
    ['hours', d.hours],
    ...d.courses.map((c, i) => [`courses.${i}.hours`, c.hours]),
  ]);

/**
 * PM education contact hours: hours typed by hand plus an optional list of courses. The form
 * follows the stored hours (useStoredDraft): changed in another window or by a restore while
 * it holds no changes, it shows the new ones; with changes, it keeps them and says so
 * (ChangedElsewhere), and saving replaces what was stored, as the profile form does.
 */
export function ContactHoursForm({
  initial,
  fromJournal,
}: {
  initial: ContactHours | null;
  /** The learning journal's completed courses, which count already (typed again: twice). */
  fromJournal: readonly ContactCourse[];
}) {
  const store = useStore();
  const asOf = useToday();
  const { draft, setDraft, markSaved, changedElsewhere, note, setNote } = useStoredDraft(
    toDraft(initial),
  );
  const { hours, courses } = draft;
  const setHours = (h: string) => setDraft((d) => ({ ...d, hours: h }));
  const setCourses = (f: (list: CourseDraft[]) => CourseDraft[]) =>
    setDraft((d) => ({ ...d, courses: f(d.courses) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  /** The save's problems at their fields (none: cleared); a date typed that is no day, as such. */
  function showErrors(found: readonly FieldError[], unreadable: readonly string[] = []) {
    const next = errorsWithUnreadable(unreadable, found, (x) => careerErrorText(x.code, x));
    setErrors(hoursWorded(next, typedHours(draft)));
    if (found.length > 0 || unreadable.length > 0)
      requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setNote(null);
    setFailure(null);
    const contact = toContact(draft);
    // A completed-on date typed that is no day reads as none: refused, with the form's other
    // problems, all at once; nothing saved.
    const unreadable = unreadableDates(e.currentTarget);
    if (unreadable.length > 0) return showErrors(validateContactHours(contact, asOf), unreadable);
    try {
      const result = await saveContactHours(store, contact, asOf);
      showErrors(result.ok ? [] : result.errors);
      if (!result.ok) return;
      // The form now shows what was saved ("7,5" as 7.5), as it will read it back.
      const saved = toDraft(result.value);
      setDraft(saved);
      markSaved(saved);
      setNote('Contact hours saved.');
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  const twice = new Set(typedAlsoInJournal(courses, fromJournal));
  const update = (i: number, c: CourseDraft) =>
    setCourses((list) => list.map((x, j) => (j === i ? c : x)));
  return (
    <EditForm className="card" onSubmit={submit} noValidate aria-labelledby="contact-heading">
      <h2 id="contact-heading">PM education contact hours</h2>
      <p className="hint">Training before an exam counts as contact hours, not PDUs.</p>
      <ErrorSummary
        ref={summaryRef}
        items={summaryItems(errors, contactHoursLabels(courses.length))}
      />
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      {changedElsewhere && <ChangedElsewhere subject="Your contact hours" plural />}
      <Field
        label={contactHoursLabel}
        hint="Project management training you don’t list course by course below, such as courses you took before you used Ascent. They count as general PM education. Leave out the courses listed below. Quarter hours are fine (7.25)."
        error={errors.hours}
      >
        <input inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
      </Field>
      {courses.map((c, i) => (
        <CourseFields
          key={i}
          index={i}
          course={c}
          errors={errors}
          twice={twice.has(i)}
          onChange={(next) => update(i, next)}
          onRemove={() => {
            setCourses((list) => list.filter((_, j) => j !== i));
            setErrors((shown) => withoutRow(shown, 'courses', i));
          }}
        />
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setCourses((l) => [...l, { title: '', hours: '', date: '', topic: 'general' }])
          }
        >
          Add a course
        </button>
        <button type="submit">Save contact hours</button>
      </div>
      <p role="status">{note}</p>
    </EditForm>
  );
}
