import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { saveCustom } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { fieldErrorText } from './messages';
import { useDraftGuard } from '../../components/unsaved-changes';

const units = ['CPD', 'PDU', 'SEU', 'CDU', 'CPE', 'hours'] as const;

interface CategoryDraft {
  key: number;
  name: string;
  min: string;
  cap: string;
}

/** A number as typed: '' means "not given"; anything else is handed to the validator as is. */
function numberOrText(text: string): number | undefined | string {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** A credential the catalogue does not know: body, unit, cycle, total, categories. */
export function CustomCredentialForm({ onDone }: { onDone: () => void }) {
  const store = useStore();
  const [f, setF] = useState({
    body: '',
    acronym: '',
    name: '',
    unit: 'CPD',
    cycleMonths: '36',
    total: '',
    minDistinct: '',
  });
  const [cats, setCats] = useState<CategoryDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useDraftGuard({ f, cats });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const input = {
      body: f.body,
      acronym: f.acronym,
      name: f.name,
      unit: f.unit,
      cycleMonths: numberOrText(f.cycleMonths),
      total: numberOrText(f.total),
      ...(f.minDistinct.trim() ? { minDistinctCategories: numberOrText(f.minDistinct) } : {}),
      categories: cats.map((c, i) => ({
        id: `category-${i + 1}`,
        name: c.name,
        ...(c.min.trim() ? { min: numberOrText(c.min) } : {}),
        ...(c.cap.trim() ? { cap: numberOrText(c.cap) } : {}),
      })),
    };
    try {
      const result = await saveCustom(store, input as never);
      if (!result.ok) {
        setErrors(
          Object.fromEntries(result.errors.map((er) => [er.field, fieldErrorText(er.code)])),
        );
        return;
      }
      onDone();
    } catch (error) {
      setFailure(error instanceof StorageError ? storageErrorText(error.code) : String(error));
    }
  }

  return (
    <form
      className="card credential-form"
      onSubmit={submit}
      noValidate
      aria-label="Define your own credential"
    >
      <h2>Define your own credential</h2>
      <p className="hint">
        For a credential Ascent does not know. It is judged by the numbers you give here; you can
        add it to your credentials afterwards.
      </p>
      {(Object.keys(errors).length > 0 || failure) && (
        <div className="form-summary" role="alert">
          {failure ?? 'Check the fields marked below; nothing was saved.'}
        </div>
      )}
      <div className="form-grid">
        <Field label="Awarding body" error={errors.body}>
          <input type="text" value={f.body} onChange={(e) => set({ body: e.target.value })} />
        </Field>
        <Field label="Short name" error={errors.acronym}>
          <input type="text" value={f.acronym} onChange={(e) => set({ acronym: e.target.value })} />
        </Field>
        <Field label="Full name" error={errors.name}>
          <input type="text" value={f.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Credit unit" error={errors.unit}>
          <select value={f.unit} onChange={(e) => set({ unit: e.target.value })}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Cycle length in months" error={errors.cycleMonths}>
          <input
            type="text"
            inputMode="numeric"
            value={f.cycleMonths}
            onChange={(e) => set({ cycleMonths: e.target.value })}
          />
        </Field>
        <Field label="Credits needed per cycle" error={errors.total}>
          <input
            type="text"
            inputMode="decimal"
            value={f.total}
            onChange={(e) => set({ total: e.target.value })}
          />
        </Field>
        <Field
          label="At least this many categories (optional)"
          error={errors.minDistinctCategories}
        >
          <input
            type="text"
            inputMode="numeric"
            value={f.minDistinct}
            onChange={(e) => set({ minDistinct: e.target.value })}
          />
        </Field>
      </div>
      <fieldset>
        <legend>Categories (optional)</legend>
        {cats.map((c, i) => (
          <div className="category-row" key={c.key}>
            <Field label={`Category ${i + 1} name`} error={errors[`categories.${i}.name`]}>
              <input
                type="text"
                value={c.name}
                onChange={(e) =>
                  setCats(cats.map((x) => (x.key === c.key ? { ...x, name: e.target.value } : x)))
                }
              />
            </Field>
            <Field label={`Category ${i + 1} minimum`} error={errors[`categories.${i}.min`]}>
              <input
                type="text"
                inputMode="decimal"
                value={c.min}
                onChange={(e) =>
                  setCats(cats.map((x) => (x.key === c.key ? { ...x, min: e.target.value } : x)))
                }
              />
            </Field>
            <Field label={`Category ${i + 1} cap`} error={errors[`categories.${i}.cap`]}>
              <input
                type="text"
                inputMode="decimal"
                value={c.cap}
                onChange={(e) =>
                  setCats(cats.map((x) => (x.key === c.key ? { ...x, cap: e.target.value } : x)))
                }
              />
            </Field>
            <button
              type="button"
              className="secondary"
              onClick={() => setCats(cats.filter((x) => x.key !== c.key))}
            >
              Remove category {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setCats([...cats, { key: Date.now(), name: '', min: '', cap: '' }])}
        >
          Add a category
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit">Save credential definition</button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
