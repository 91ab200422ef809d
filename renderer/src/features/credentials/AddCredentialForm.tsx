import { useState, type FormEvent } from 'react';
import { credentialCatalog, type BodyId } from '../../../../shared/catalog/credentials';
import { heldStages, type HeldStage } from '../../../../shared/domain/credentials';
import { Field } from '../../components/Field';
import { storageErrorText } from '../../components/storage-messages';
import { useToday } from '../../app/use-today';
import { StorageError } from '../../db/errors';
import { saveHeld, type CustomRow, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { bodyLabels, credentialStatusLabels, fieldErrorText } from './messages';
import { useDraftGuard } from '../../components/unsaved-changes';

const bodies: BodyId[] = ['PMI', 'PeopleCert', 'ScrumAlliance', 'IIBA', 'ISACA', 'CompTIA'];

interface Props {
  custom: readonly CustomRow[];
  /** Editing an existing credential; absent to add a new one. */
  existing?: HeldRow;
  onDone: (saved: HeldRow | null) => void;
}

/** Add a credential you hold or aim for, or edit its stage and dates. */
export function AddCredentialForm({ custom, existing, onDone }: Props) {
  const store = useStore();
  const today = useToday();
  const [credentialId, setCredentialId] = useState(existing?.credentialId ?? '');
  const [stage, setStage] = useState<HeldStage>(existing?.stage ?? 'earned');
  const [examDate, setExamDate] = useState(existing?.examDate ?? '');
  const [earnedDate, setEarnedDate] = useState(existing?.earnedDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useDraftGuard({ credentialId, stage, examDate, earnedDate });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (!credentialId) return setErrors({ credentialId: 'Choose a credential.' });
    try {
      const result = await saveHeld(
        store,
        {
          ...(existing ?? {}),
          credentialId,
          stage,
          examDate: examDate || null,
          earnedDate: earnedDate || null,
        },
        today,
      );
      if (!result.ok) {
        setErrors(
          Object.fromEntries(result.errors.map((er) => [er.field, fieldErrorText(er.code)])),
        );
        return;
      }
      setErrors({});
      onDone(result.value);
    } catch (error) {
      setFailure(error instanceof StorageError ? storageErrorText(error.code) : String(error));
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form
      className="card credential-form"
      onSubmit={submit}
      noValidate
      aria-label={existing ? 'Edit credential' : 'Add a credential'}
    >
      <h2 id={existing ? undefined : 'add-credential-title'}>
        {existing ? 'Edit credential' : 'Add a credential'}
      </h2>
      {(errorCount > 0 || failure) && (
        <div className="form-summary" role="alert">
          {failure ?? 'Check the fields marked below; nothing was saved.'}
        </div>
      )}
      <Field label="Credential" error={errors.credentialId}>
        <select
          value={credentialId}
          disabled={!!existing}
          onChange={(e) => setCredentialId(e.target.value)}
        >
          <option value="">Choose…</option>
          {bodies.map((body) => (
            <optgroup key={body} label={bodyLabels[body]}>
              {credentialCatalog
                .filter((r) => r.body === body)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.acronym === r.name ? r.name : `${r.acronym} — ${r.name}`}
                  </option>
                ))}
            </optgroup>
          ))}
          {custom.length > 0 && (
            <optgroup label="Your own credentials">
              {custom.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.acronym} — {c.name} ({c.body})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </Field>
      <Field label="Stage" error={errors.stage}>
        <select value={stage} onChange={(e) => setStage(e.target.value as HeldStage)}>
          {heldStages.map((s) => (
            <option key={s} value={s}>
              {credentialStatusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Exam date (optional)" error={errors.examDate}>
        <input type="date" value={examDate} onChange={(e) => setExamDate(e.target.value)} />
      </Field>
      <Field
        label={stage === 'earned' ? 'Earned on (certification date)' : 'Earned on (optional)'}
        hint="The first cycle starts on this day."
        error={errors.earnedDate}
      >
        <input
          type="date"
          value={earnedDate}
          max={today}
          onChange={(e) => setEarnedDate(e.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="submit">{existing ? 'Save changes' : 'Add credential'}</button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
