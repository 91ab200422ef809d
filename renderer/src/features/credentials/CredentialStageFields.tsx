/**
 * The add/edit credential form's first fields (AddCredentialForm): which credential, from the
 * catalogue by body or from the user's own, its stage, and the exam date.
 */
import { credentialCatalog, type BodyId } from '../../../../shared/catalog/credentials';
import { heldStages, type HeldStage } from '../../../../shared/domain/credentials';
import { Field } from '../../components/Field';
import type { CustomRow } from '../../db/repositories/credentials';
import { heldLabels } from './credential-summary';
import { bodyLabels, credentialStatusLabels } from './messages';

const bodies: BodyId[] = ['PMI', 'PeopleCert', 'ScrumAlliance', 'IIBA', 'ISACA', 'CompTIA'];

interface Props {
  custom: readonly CustomRow[];
  /** Editing a stored credential: which credential it is stays as it is. */
  editing: boolean;
  credentialId: string;
  setCredentialId: (credentialId: string) => void;
  stage: HeldStage;
  setStage: (stage: HeldStage) => void;
  examDate: string;
  setExamDate: (examDate: string) => void;
  errors: Record<string, string>;
}

/** Which credential, its stage and its exam date, with their errors. */
export function CredentialStageFields(props: Props) {
  const { custom, editing, credentialId, setCredentialId, stage, setStage } = props;
  const { examDate, setExamDate, errors } = props;
  return (
    <>
      <Field label={heldLabels.credentialId} error={errors.credentialId}>
        <select
          value={credentialId}
          disabled={editing}
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
      <Field label={heldLabels.stage} error={errors.stage}>
        <select value={stage} onChange={(e) => setStage(e.target.value as HeldStage)}>
          {heldStages.map((s) => (
            <option key={s} value={s}>
              {credentialStatusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={heldLabels.examDate}
        hint={
          stage === 'exam-booked'
            ? 'The day you sit the exam: it is then among your deadlines.'
            : undefined
        }
        error={errors.examDate}
      >
        <input type="date" value={examDate} onChange={(e) => setExamDate(e.target.value)} />
      </Field>
    </>
  );
}
