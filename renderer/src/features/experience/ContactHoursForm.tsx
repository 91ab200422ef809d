import { useRef, useState, type FormEvent } from 'react';
import {
  trainingTopics,
  type ContactCourse,
  type ContactHours,
  type TrainingTopic,
} from '../../../../shared/domain/eligibility';
import { typedAlsoInJournal } from '../../../../shared/domain/journal';
import { ErrorSummary } from '../../components/ErrorSummary';
import { withoutRow } from '../../components/row-errors';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveContactHours } from '../../db/repositories/career';
import { contactHoursLabel, contactHoursLabels, courseLabels, summaryItems } from './form-summary';
import { careerErrorText, saveFailureText, topicLabels } from './messages';
import { useDraftGuard } from '../../components/unsaved-changes';
import { EditForm } from '../../components/read-only';

interface CourseDraft {
  title: string;
  hours: string;
  date: string;
  topic: TrainingTopic;
}

const toNumber = (s: string) => (s.trim() === '' ? 0 : Number(s.trim()));

function toContact(hours: string, courses: CourseDraft[]): ContactHours {
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
        <input type="date" value={c.date} onChange={(e) => set({ date: e.target.value })} />
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

/** PM education contact hours: hours typed by hand plus an optional list of courses. */
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
  const [hours, setHours] = useState(initial ? String(initial.hours) : '');
  const [courses, setCourses] = useState<CourseDraft[]>(
    (initial?.courses ?? []).map((c) => ({
      title: c.title,
      hours: String(c.hours),
      date: c.date ?? '',
      topic: c.topic ?? 'general',
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const markSaved = useDraftGuard({ hours, courses });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus(null);
    setFailure(null);
    try {
      const result = await saveContactHours(store, toContact(hours, courses), asOf);
      const next: Record<string, string> = {};
      if (!result.ok) for (const x of result.errors) next[x.field] ??= careerErrorText(x.code, x);
      setErrors(next);
      if (!result.ok) {
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      markSaved();
      setStatus('Contact hours saved.');
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
      <p role="status">{status}</p>
    </EditForm>
  );
}
