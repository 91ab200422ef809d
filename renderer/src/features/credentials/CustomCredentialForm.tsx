import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorSummary, focusLabelled } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { withoutRow } from '../../components/row-errors';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { writesApplied } from '../../db/patched-rows';
import {
  listHeldUsing,
  saveCustom,
  updateCustom,
  type CustomRow,
  type HeldRow,
} from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { fieldErrorText } from './messages';
import {
  categoryRowLabel,
  customLabels as labels,
  customSummaryItems,
  unshownProblemsText,
} from './credential-summary';
import { useDraftGuard } from '../../components/unsaved-changes';
import {
  categoriesOf,
  draftOf,
  inputOf,
  ruleKey,
  type CategoryDraft,
  type Draft,
} from './custom-draft';
import { EditForm, WriteButton } from '../../components/read-only';

const units = ['CPD', 'PDU', 'SEU', 'CDU', 'CPE', 'hours'] as const;
const none: HeldRow[] = [];

/** Said before saving a changed rule that held credentials are judged by. */
function RuleChangeNote({ held, id }: { held: readonly HeldRow[]; id: string }) {
  const one = held.length === 1;
  return (
    <p className="hint" id={id}>
      {one ? '1 held credential uses' : `${held.length} held credentials use`} this definition;{' '}
      {one ? 'its' : 'their'} cycles and what {one ? 'it needs' : 'they need'} will be worked out
      with the new rule.
      {held.some((h) => h.overrides) &&
        ' Numbers you set on a held credential itself (“Your number for …”) stay as they are.'}
    </p>
  );
}

/**
 * A credential the catalogue does not know: body, unit, cycle, total, categories. Given a
 * `definition`, it changes that one in place (`updateCustom`); `onDone` gets the saved row
 * (and, for a change, the stored row it replaced), or nothing when the form was cancelled.
 * `onSaving` is told when a save starts (true) and when one ends without closing the form
 * (false).
 */
export function CustomCredentialForm({
  onDone,
  definition,
  onSaving,
}: {
  onDone: (saved?: CustomRow, replaced?: CustomRow) => void;
  definition?: CustomRow;
  onSaving?: (saving: boolean) => void;
}) {
  const store = useStore();
  const [f, setF] = useState(() => draftOf(definition));
  const [cats, setCats] = useState<CategoryDraft[]>(() => categoriesOf(definition));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // How many saves were refused: each moves focus to what to fix (a row removed does not).
  const [refusals, setRefusals] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [firstRule] = useState(() => ruleKey(f, cats));
  const nextKey = useRef(cats.length);
  const form = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const wordsRef = useRef<HTMLDivElement>(null);
  const categoriesRef = useRef<HTMLFieldSetElement>(null);
  const noteId = useId();
  useDraftGuard({ f, cats });
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const editing = definition !== undefined;
  const title = editing
    ? `Edit the definition of ${definition.acronym}`
    : 'Define your own credential';
  // The held credentials judged by this definition's rule, live (another window may add one).
  const held =
    useLiveQuery(
      () => (definition ? listHeldUsing(store, definition.id) : none),
      [store, definition?.id],
    ) ?? none;
  const warn = editing && held.length > 0 && ruleKey(f, cats) !== firstRule;

  // Opened: the first field, so typing can start. Refused: the list of what to fix (else the
  // words, for what has no field here); failed: the words saying so.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  useEffect(() => {
    if (refusals > 0) (summaryRef.current ?? wordsRef.current)?.focus();
  }, [refusals]);
  useEffect(() => {
    if (failure) wordsRef.current?.focus();
  }, [failure]);
  const items = customSummaryItems(errors);
  const unshown = unshownProblemsText(errors, 'custom');
  // The categories' count has no field of its own: its summary entry goes to the first row.
  const goTo = (field: string) => {
    if (field === 'categories')
      return categoriesRef.current?.querySelector<HTMLElement>('input, button')?.focus();
    const item = items.find((x) => x.field === field);
    if (item && form.current) focusLabelled(form.current, item.label);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const input = inputOf(f, cats, definition);
    onSaving?.(true);
    let closed = false;
    try {
      const result = definition
        ? await updateCustom(store, { ...input, id: definition.id } as never)
        : await saveCustom(store, input as never);
      if (!result.ok) {
        if (result.errors.some((er) => er.field === 'id' && er.code === 'NOT_FOUND')) {
          setErrors({});
          return setFailure(
            `The definition of ${definition?.acronym} was deleted meanwhile, perhaps in another window, so nothing was saved. What you typed is still here; to keep it, define the credential again with “Define your own credential”.`,
          );
        }
        setErrors(
          Object.fromEntries(result.errors.map((er) => [er.field, fieldErrorText(er.code, er)])),
        );
        setRefusals((n) => n + 1);
        return;
      }
      // Closed once the screen's reads show the change, not on the figures before it.
      await writesApplied(store.db);
      closed = true;
      onDone(result.value, 'replaced' in result ? (result.replaced as CustomRow) : undefined);
    } catch (error) {
      setFailure(error instanceof StorageError ? storageErrorText(error.code) : String(error));
    } finally {
      if (!closed) onSaving?.(false);
    }
  }

  const Heading = editing ? 'h3' : 'h2';
  return (
    <EditForm
      ref={form}
      className="card credential-form"
      onSubmit={submit}
      noValidate
      aria-label={title}
      actions={
        <div className="actions">
          <WriteButton type="submit" aria-describedby={warn ? noteId : undefined}>
            {editing ? 'Save changes' : 'Save credential definition'}
          </WriteButton>
          <button type="button" className="secondary" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      }
    >
      <Heading>{title}</Heading>
      <p className="hint">
        {editing
          ? 'Held credentials that use it, and the ladder and goals that name it, follow the change.'
          : 'For a credential Ascent does not know. It is judged by the numbers you give here; you can add it to your credentials afterwards.'}
      </p>
      <ErrorSummary ref={summaryRef} items={items} onGoTo={goTo} />
      {(failure ?? unshown) && (
        <div className="form-summary" role="alert" tabIndex={-1} ref={wordsRef}>
          {failure ?? unshown}
        </div>
      )}
      <div className="form-grid">
        <Field label={labels.body} error={errors.body}>
          <input type="text" value={f.body} onChange={(e) => set({ body: e.target.value })} />
        </Field>
        <Field label={labels.acronym} error={errors.acronym}>
          <input type="text" value={f.acronym} onChange={(e) => set({ acronym: e.target.value })} />
        </Field>
        <Field label={labels.name} error={errors.name}>
          <input type="text" value={f.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label={labels.unit} error={errors.unit}>
          <select value={f.unit} onChange={(e) => set({ unit: e.target.value })}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.cycleMonths} error={errors.cycleMonths}>
          <input
            type="text"
            inputMode="numeric"
            value={f.cycleMonths}
            onChange={(e) => set({ cycleMonths: e.target.value })}
          />
        </Field>
        <Field label={labels.total} error={errors.total}>
          <input
            type="text"
            inputMode="decimal"
            value={f.total}
            onChange={(e) => set({ total: e.target.value })}
          />
        </Field>
        <Field label={labels.minDistinctCategories} error={errors.minDistinctCategories}>
          <input
            type="text"
            inputMode="numeric"
            value={f.minDistinct}
            onChange={(e) => set({ minDistinct: e.target.value })}
          />
        </Field>
      </div>
      <fieldset ref={categoriesRef}>
        <legend>{labels.categories}</legend>
        {cats.map((c, i) => {
          const change = (patch: Partial<CategoryDraft>) =>
            setCats(cats.map((x) => (x.key === c.key ? { ...x, ...patch } : x)));
          return (
            <div className="category-row" key={c.key}>
              <Field label={categoryRowLabel(i, 'name')} error={errors[`categories.${i}.name`]}>
                <input
                  type="text"
                  value={c.name}
                  onChange={(e) => change({ name: e.target.value })}
                />
              </Field>
              <Field label={categoryRowLabel(i, 'min')} error={errors[`categories.${i}.min`]}>
                <input
                  type="text"
                  inputMode="decimal"
                  value={c.min}
                  onChange={(e) => change({ min: e.target.value })}
                />
              </Field>
              <Field label={categoryRowLabel(i, 'cap')} error={errors[`categories.${i}.cap`]}>
                <input
                  type="text"
                  inputMode="decimal"
                  value={c.cap}
                  onChange={(e) => change({ cap: e.target.value })}
                />
              </Field>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setCats(cats.filter((x) => x.key !== c.key));
                  // The rows after it move up: their problems move with them.
                  setErrors((shown) => withoutRow(shown, 'categories', i));
                }}
              >
                Remove category {i + 1}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => setCats([...cats, { key: nextKey.current++, name: '', min: '', cap: '' }])}
        >
          Add a category
        </button>
      </fieldset>
      <div aria-live="polite">{warn && <RuleChangeNote held={held} id={noteId} />}</div>
    </EditForm>
  );
}
