import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { Field } from '../../components/Field';
import { categorySelects, filedOptionText } from './category-choices';
import type { FieldsProps } from './form-types';

interface Props extends FieldsProps {
  earned: readonly HeldWithRule[];
}

/**
 * The body's own category of the activity, for each earned credential whose rule lets the
 * user choose one (IIBA's CDU categories, PeopleCert's CPD categories, the categories of a
 * credential of the user's own). Left as it is, Ascent files the activity by its type; a
 * chosen category is stored on the activity (activity.categories, by category scheme).
 */
export function CategoryFields({ draft, update, errorFor, earned }: Props) {
  const selects = categorySelects(earned);
  if (selects.length === 0) return null;

  function setCategory(scheme: string, id: string) {
    const categories = { ...draft.categories };
    if (id) categories[scheme] = id;
    else delete categories[scheme];
    update({ categories });
  }

  return (
    <fieldset className="cl-categories">
      <legend>Category</legend>
      <p className="hint">
        {selects.length === 1 ? 'This credential counts' : 'These credentials count'} credits by
        category. Choose the category this activity belongs to.
      </p>
      {selects.map((s) => {
        const field = `categories.${s.scheme}`;
        const chosen = draft.categories[s.scheme] ?? '';
        // A stored category the rule no longer has (an own category removed since) stays
        // visible, with its error, until another is chosen.
        const unknown = chosen !== '' && !s.options.some((o) => o.id === chosen);
        return (
          <Field key={s.scheme} label={s.label} error={errorFor(field)}>
            <select
              name={field}
              value={chosen}
              onChange={(e) => setCategory(s.scheme, e.target.value)}
            >
              <option value="">{filedOptionText(s, draft.type)}</option>
              {s.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
              {unknown && <option value={chosen}>A category no longer in the rule</option>}
            </select>
          </Field>
        );
      })}
    </fieldset>
  );
}
