/**
 * The activity form's category selects: one per category scheme of the earned credentials
 * whose rule lets the user choose (category-choice.ts), worded by the categories' own names.
 */
import type { CategoryScheme, CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { categoryChoiceOf, filedCategory } from '../../../../shared/domain/credits/category-choice';
import { listText } from '../../components/format';
import { categoryNameIn } from '../credentials/messages';

export interface SchemeSelect {
  scheme: CategoryScheme;
  /** "Category for CBAP and CCBA": credentials sharing a scheme share the category. */
  label: string;
  rule: CredentialRule;
  options: readonly { id: string; name: string }[];
}

/** The label of the category select of the credentials named by `acronyms`. */
export const categoryForLabel = (acronyms: readonly string[]) =>
  `Category for ${listText(acronyms, 'and')}`;

/** The category selects the activity form shows for the earned credentials, in their order. */
export function categorySelects(earned: readonly HeldWithRule[]): SchemeSelect[] {
  const byScheme = new Map<CategoryScheme, { rule: CredentialRule; acronyms: string[] }>();
  for (const { rule } of earned) {
    if (!categoryChoiceOf(rule)) continue;
    const seen = byScheme.get(rule.categoryScheme);
    if (seen) {
      if (!seen.acronyms.includes(rule.acronym)) seen.acronyms.push(rule.acronym);
    } else byScheme.set(rule.categoryScheme, { rule, acronyms: [rule.acronym] });
  }
  return [...byScheme].map(([scheme, { rule, acronyms }]) => ({
    scheme,
    label: categoryForLabel(acronyms),
    rule,
    options: categoryChoiceOf(rule)!.ids.map((id) => ({ id, name: categoryNameIn(rule, id) })),
  }));
}

/**
 * The first option, meaning no tag: where Ascent files the activity by its type (IIBA,
 * PeopleCert), or for a credential of the user's own, in none of its categories.
 */
export function filedOptionText(select: SchemeSelect, type: unknown): string {
  if (select.scheme.startsWith('custom:')) return 'No category (counts towards the total only)';
  const filed = filedCategory(select.scheme, type);
  return filed
    ? `As Ascent files it (${categoryNameIn(select.rule, filed)})`
    : 'As Ascent files it (by the activity type)';
}

/**
 * The label of each category select by its scheme, for the error summary and the preview's
 * "complete or correct: …" (fieldLabel reads them by `categories.<scheme>`).
 */
export function categoryLabelsByScheme(earned: readonly HeldWithRule[]): Map<string, string> {
  return new Map(categorySelects(earned).map((s) => [s.scheme, s.label]));
}
