/**
 * The body's own category an activity may be put in (activity.categories): which categories a
 * credential's rule lets the user choose between, where Ascent files an untagged activity, and
 * which tags a held credential's rule does not know. IIBA's six CDU categories: domain-facts
 * §4 (B); PeopleCert's CPD categories: §3 (AXELOS CPD guide, C); a credential of the user's
 * own: the categories they defined (issue 3 part 1). Ascent's mapping from an activity type to
 * a built-in category is a default (M): the user may tag an activity with another.
 */
import {
  iibaCategoryOf,
  isActivityType,
  peopleCertCategories,
  peopleCertCategoryOf,
  type CategoryScheme,
  type CredentialRule,
} from '../../catalog/credentials';
import type { Activity } from './activity';
import type { ActivityError } from './validate-activity';

/** The categories one category scheme offers, in the rule's order. */
export interface CategoryChoice {
  /** The key of activity.categories the choice is stored under ('iiba', 'custom:<id>'…). */
  scheme: CategoryScheme;
  ids: readonly string[];
}

/**
 * The categories the user can choose between for a credential, or null where there is no
 * choice: PMI sorts by Talent Triangle area (its own split), and a body without categories, or
 * an own credential defined without any, has none to choose.
 */
export function categoryChoiceOf(
  rule: Pick<CredentialRule, 'categoryScheme' | 'categories'>,
): CategoryChoice | null {
  const scheme = rule.categoryScheme;
  if (scheme === 'peoplecert') return { scheme, ids: peopleCertCategories };
  if (scheme === 'iiba' || scheme.startsWith('custom:')) {
    const ids = rule.categories?.list.map((c) => c.id) ?? [];
    return ids.length > 0 ? { scheme, ids } : null;
  }
  return null;
}

/**
 * Where Ascent files an untagged activity of `type` for a scheme (contribution.ts reads the
 * same mapping): IIBA's and PeopleCert's default by activity type (M), and no category at all
 * for an own credential (its activities then count only towards the total).
 */
export function filedCategory(scheme: CategoryScheme, type: unknown): string | null {
  if (!isActivityType(type)) return null;
  if (scheme === 'iiba') return iibaCategoryOf[type];
  if (scheme === 'peoplecert') return peopleCertCategoryOf[type];
  return null;
}

/**
 * The activity's category tags that name a category the held credentials' rules do not have
 * (field `categories.<scheme>`, code UNKNOWN_VALUE): the activity form saves only a category
 * of the credential's rule. A tag for a scheme none of `rules` uses is not checked, as a
 * restored backup keeps one (a credential removed since leaves the credit log as it is).
 */
export function unknownCategoryTags(
  activity: Pick<Activity, 'categories'>,
  rules: readonly Pick<CredentialRule, 'categoryScheme' | 'categories'>[],
): ActivityError[] {
  const tags = activity.categories;
  if (!tags) return [];
  const errors: ActivityError[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const choice = categoryChoiceOf(rule);
    if (!choice || seen.has(choice.scheme)) continue;
    seen.add(choice.scheme);
    const tag = tags[choice.scheme];
    if (tag !== undefined && !choice.ids.includes(tag))
      errors.push({ field: `categories.${choice.scheme}`, code: 'UNKNOWN_VALUE' });
  }
  return errors;
}
