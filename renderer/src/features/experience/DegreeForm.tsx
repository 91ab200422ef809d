import { useRef, useState, type FormEvent } from 'react';
import { educationLevels, type EducationLevel } from '../../../../shared/domain/profile/profile';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveDegree } from '../../db/repositories/career';
import { educationLabels } from '../profile/messages';
import { degreeLabels as labels, summaryItems } from './form-summary';
import { careerErrorText, saveFailureText } from './messages';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm, WriteButton } from '../../components/read-only';

interface Draft {
  level: EducationLevel;
  field: string;
  institution: string;
  year: string;
  gacAccredited: boolean;
}

const empty: Draft = {
  level: 'bachelor',
  field: '',
  institution: '',
  year: '',
  gacAccredited: false,
};

/** Add a degree: level, field, institution, year awarded and GAC accreditation. */
export function DegreeForm({ onDone }: { onDone: () => void }) {
  const store = useStore();
  const asOf = useToday();
  const [d, setD] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDraftGuard(d);
  // Escape is Cancel, as in the role and goal forms (asks first when something was typed).
  const escape = useCloseOnEscape(d, onDone);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const year = d.year.trim() === '' ? null : Number(d.year.trim());
    setFailure(null);
    try {
      const result = await saveDegree(store, { ...d, year }, asOf);
      if (result.ok) return onDone();
      const next: Record<string, string> = {};
      for (const x of result.errors) next[x.field] ??= careerErrorText(x.code, x);
      setErrors(next);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  return (
    <>
      <EditForm
        className="card"
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        noValidate
        aria-label="Add a degree"
        actions={
          <div className="actions">
            <WriteButton type="submit">Save degree</WriteButton>
            <button type="button" className="secondary" onClick={onDone}>
              Cancel
            </button>
          </div>
        }
      >
        <h3>Add a degree</h3>
        <ErrorSummary ref={summaryRef} items={summaryItems(errors, labels)} />
        {failure && (
          <p className="form-summary" role="alert">
            {failure}
          </p>
        )}
        <div className="form-grid">
          <Field label={labels.level} error={errors.level}>
            <select
              value={d.level}
              onChange={(e) => set({ level: e.target.value as EducationLevel })}
            >
              {educationLevels.map((l) => (
                <option key={l} value={l}>
                  {educationLabels[l]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={labels.field} error={errors.field}>
            <input value={d.field} onChange={(e) => set({ field: e.target.value })} />
          </Field>
          <Field label={labels.institution} error={errors.institution}>
            <input value={d.institution} onChange={(e) => set({ institution: e.target.value })} />
          </Field>
          <Field label={labels.year} error={errors.year}>
            <input
              inputMode="numeric"
              value={d.year}
              onChange={(e) => set({ year: e.target.value })}
            />
          </Field>
        </div>
        <div className="checkbox-field">
          <input
            id="degree-gac"
            type="checkbox"
            checked={d.gacAccredited}
            aria-invalid={errors.gacAccredited ? true : undefined}
            aria-describedby={errors.gacAccredited ? 'degree-gac-error' : undefined}
            onChange={(e) => set({ gacAccredited: e.target.checked })}
          />
          <label htmlFor="degree-gac">{labels.gacAccredited}</label>
        </div>
        {errors.gacAccredited && (
          <p className="error" id="degree-gac-error">
            {errors.gacAccredited}
          </p>
        )}
      </EditForm>
      {escape.question}
    </>
  );
}
