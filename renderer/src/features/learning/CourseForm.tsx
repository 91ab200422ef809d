import { useState } from 'react';
import { courseSplitFor, type CreditHolder } from '../../../../shared/domain/journal';
import {
  courseCredits,
  type Course,
  type CourseFormat,
  type CourseStatus,
} from '../../../../shared/domain/journal';
import type { TrainingTopic } from '../../../../shared/domain/eligibility';
import { useToday } from '../../app/use-today';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { useStore } from '../../db/store-context';
import { saveCourse, type AttachmentInput, type CourseRow } from '../../db/repositories/journal';
import { topicLabels } from '../experience/messages';
import { focusLabelled } from '../../components/ErrorSummary';
import {
  FormEnd,
  costOf,
  FormSummary,
  hoursOf,
  hoursWorded,
  ReflectionFields,
  reflectionOf,
  Select,
  TextArea,
  TextInput,
  textOf,
  emptyReflection,
} from './inputs';
import { courseLabels as labels, courseStatusLabels, formatLabels } from './messages';
import { creditPartOf, placeErrors } from './form-summary';
import { useSaveFlow } from './use-save-flow';
import { CertificateField } from './CertificateField';
import { useFocusFirstField } from './use-editing';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm } from '../../components/read-only';

function draftOf(c: CourseRow | null) {
  return {
    title: c?.title ?? '',
    provider: c?.provider ?? '',
    format: c?.format ?? ('virtual' as CourseFormat),
    status: c?.status ?? ('planned' as CourseStatus),
    start: c?.start ?? '',
    end: c?.end ?? '',
    contactHours: textOf(c?.contactHours),
    cost: textOf(c?.cost?.amount),
    currency: c?.cost?.currency ?? 'EUR',
    link: c?.link ?? '',
    topic: c?.topic ?? ('general' as TrainingTopic),
    notes: c?.notes ?? '',
    reflection: c?.reflection ?? emptyReflection(),
  };
}
type Draft = ReturnType<typeof draftOf>;

/** What the course form holds: its fields, the certificate file picked, a removal asked. */
export interface CourseTyped {
  d: Draft;
  file: AttachmentInput | undefined;
  removing: boolean;
}

function courseOf(d: Draft, base: CourseRow | null): Course {
  const contactHours = d.contactHours.trim() === '' ? 0 : hoursOf(d.contactHours);
  return {
    id: base?.id ?? '',
    title: d.title,
    provider: d.provider.trim(),
    format: d.format,
    status: d.status,
    start: d.start || null,
    end: d.end || null,
    contactHours,
    cost: costOf(d.cost, d.currency, base?.cost?.amount),
    link: d.link.trim(),
    topic: d.topic,
    // No split field here: a stored split follows the hours (courseSplitFor), or the course could
    // not be saved with new hours ("The areas must add up to …" with nothing to change).
    split: Number.isFinite(contactHours)
      ? courseSplitFor(base?.split ?? null, contactHours)
      : (base?.split ?? null),
    notes: d.notes,
    reflection: reflectionOf(d.reflection),
  };
}

const fieldLabels = Object.entries(labels);

/** Where the course form shows an error: an area split's, or a credit entry's, at its source. */
function shownAt(field: string): string {
  if (field === 'split' || field.startsWith('split.')) return 'contactHours';
  const part = creditPartOf(field);
  return part === 'date' ? 'end' : part === 'hours' ? 'contactHours' : field;
}

/**
 * Add or edit a course (issue 6 part 1), with its certificate file. An edit never overwrites
 * a change made in another window unseen (useSaveFlow's `edited`): `stored` is the course as
 * stored now, null once deleted.
 */
export function CourseForm(props: {
  course: CourseRow | null;
  stored?: CourseRow | null | undefined;
  held: readonly CreditHolder[];
  /**
   * What was typed in the form when its course was deleted, brought back by Undo: the form
   * opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: CourseTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: CourseTyped, changed: boolean) => void;
  onSaved: (row: CourseRow, answered: boolean) => void;
  onCancel: () => void;
}) {
  const store = useStore();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const [d, setD] = useState(() => props.typed?.d ?? draftOf(props.course));
  const [file, setFile] = useState<AttachmentInput | undefined>(props.typed?.file);
  const [removing, setRemoving] = useState(props.typed?.removing ?? false);
  const typed: CourseTyped = { d, file, removing };
  const saved = useTypedDraft(
    typed,
    { d: draftOf(props.course), file: undefined, removing: false },
    props.onDraft,
  );
  const escape = useCloseOnEscape(typed, props.onCancel, saved);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const { summaryRef, ...flow } = useSaveFlow(
    (action, edit) => {
      const course = courseOf(d, props.course);
      // Deleted elsewhere, and saved again after the form said so: a new course.
      const input = props.course && !edit.asNew ? course : { ...course, id: undefined };
      const creditsOf = (c: Course) => courseCredits(c, props.held).suggestions;
      const link = action && {
        action,
        fresh: creditsOf(course),
        previous: props.course ? creditsOf(props.course) : [],
      };
      return saveCourse(store, input, {
        asOf,
        creditsOf,
        ifStill: edit.ifStill,
        ...(link ? { link } : {}),
        ...(file ? { certificate: file } : removing ? { removeCertificate: true } : {}),
      });
    },
    props.onSaved,
    (row) => row.title,
    { opened: props.course ?? undefined, stored: props.stored, noun: 'course' },
  );
  const { shown: e, items } = placeErrors(
    hoursWorded(flow.errors, { contactHours: d.contactHours }),
    fieldLabels,
    shownAt,
  );
  const title = props.course ? 'Edit course' : 'Add a course';
  // The certificate's input is named after what is kept ("Replace with another file"): the
  // summary names its group and goes to the one file input.
  const goTo = (field: string) => {
    const form = formRef.current;
    if (!form) return;
    if (field === 'certificate') form.querySelector<HTMLElement>('input[type="file"]')?.focus();
    else focusLabelled(form, labels[field as keyof typeof labels]);
  };

  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={flow.onSubmit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save course" onCancel={props.onCancel} />}
      >
        <h2 id="course-form-title">{title}</h2>
        <FormSummary items={items} failure={flow.failure} ref={summaryRef} onGoTo={goTo} />
        {flow.conflictNote}
        <div className="form-grid">
          <TextInput
            label={labels.title}
            value={d.title}
            onChange={(title) => set({ title })}
            error={e.title}
          />
          <TextInput
            label={labels.provider}
            value={d.provider}
            onChange={(provider) => set({ provider })}
            error={e.provider}
          />
          <Select
            label={labels.format}
            value={d.format}
            options={formatLabels}
            onChange={(format) => set({ format })}
            error={e.format}
          />
          <Select
            label={labels.status}
            value={d.status}
            options={courseStatusLabels}
            onChange={(status) => set({ status })}
            error={e.status}
          />
          <TextInput
            label={labels.start}
            type="date"
            value={d.start}
            onChange={(start) => set({ start })}
            error={e.start}
          />
          <TextInput
            label={labels.end}
            type="date"
            value={d.end}
            onChange={(end) => set({ end })}
            error={e.end}
            hint="The completion day for a completed course."
          />
          <TextInput
            label={labels.contactHours}
            inputMode="decimal"
            value={d.contactHours}
            onChange={(contactHours) => set({ contactHours })}
            error={e.contactHours}
          />
          <Select
            label={labels.topic}
            value={d.topic}
            options={topicLabels}
            onChange={(topic) => set({ topic })}
            error={e.topic}
          />
          <TextInput
            label={labels['cost.amount']}
            inputMode="decimal"
            value={d.cost}
            onChange={(cost) => set({ cost })}
            error={e['cost.amount']}
          />
          <TextInput
            label={labels['cost.currency']}
            value={d.currency}
            onChange={(currency) => set({ currency })}
            error={e['cost.currency']}
          />
          <TextInput
            label={labels.link}
            type="url"
            value={d.link}
            onChange={(link) => set({ link })}
            error={e.link}
            hint="Starts with https://"
          />
        </div>
        <CertificateField
          courseId={props.course?.id ?? null}
          picked={file}
          onPick={setFile}
          removing={removing}
          onRemoving={setRemoving}
          error={e.certificate}
        />
        <TextArea
          label={labels.notes}
          value={d.notes}
          onChange={(notes) => set({ notes })}
          error={e.notes}
        />
        <ReflectionFields
          value={d.reflection}
          onChange={(reflection) => set({ reflection })}
          errors={e}
        />
        {flow.dialog}
      </EditForm>
      {escape.question}
    </>
  );
}
