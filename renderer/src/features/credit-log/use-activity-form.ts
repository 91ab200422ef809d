import { useMemo, useState } from 'react';
import {
  activityFromDraft,
  canonicalDraft,
  draftFromActivity,
  emptyDraft,
  type ActivityDraft,
} from '../../../../shared/domain/claims';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { applyActivity, validateActivity, type Activity } from '../../../../shared/domain/credits';
import { countsNowhereByDate } from '../../../../shared/domain/credits/counts-nowhere';
import { unknownCategoryTags } from '../../../../shared/domain/credits/category-choice';
import type { LocalDate } from '../../../../shared/dates';
import type { ActivityRow } from '../../db/repositories/activities';
import { categoryLabelsByScheme } from './category-choices';
import { earnedOnly } from './form-types';
import { fieldLabel } from './messages';
import type { NewEvidence } from './EvidenceField';
import { useSettledDate } from '../../components/use-settled-date';
import { keptDate, shownDate, type KeptDate } from '../../components/follows-today';
import { sameDraft } from '../../components/unsaved-changes';

/** The stored activity without its timestamps: what the draft is laid over. */
function baseOf(original: ActivityRow | null, id: string): Partial<Activity> & { id: string } {
  if (!original) return { id };
  const { createdAt: _c, updatedAt: _u, ...activity } = original;
  return activity;
}

/**
 * What keeps the activity from being saved: the credit log's rules (validateActivity), and a
 * category tag naming a category the rule does not have, checked only for the schemes the form
 * draws a select for (the earned credentials', as CategoryFields): a refusal always has a field
 * to fix it. A tag for a scheme not drawn (a credential no longer earned) is kept as stored.
 */
function problemsOf(activity: Activity, held: readonly HeldWithRule[], today: LocalDate) {
  return [
    ...validateActivity(activity, today),
    ...unknownCategoryTags(
      activity,
      earnedOnly(held).map((h) => h.rule),
    ),
  ];
}

/** What the live preview shows: applyActivity on the draft, or what blocks it. */
function previewOf(
  activity: Activity,
  held: readonly HeldWithRule[],
  today: LocalDate,
  acronyms: ReadonlyMap<string, string>,
) {
  // A missing title should not hide the preview while the user is still typing.
  const candidate = activity.title ? activity : { ...activity, title: 'Untitled' };
  const problems = problemsOf(candidate, held, today);
  if (problems.length === 0)
    return { applications: applyActivity(candidate, held, today), blocking: [] };
  const blocking = [...new Set(problems.map((p) => fieldLabel(p.field, acronyms)))];
  return { applications: null, blocking };
}

/** One problem of the activity form, as the error summary and the fields word it. */
export interface FormError {
  field: string;
  code: string;
  expected?: number;
  actual?: number;
  /** Evidence errors name the file. */
  name?: string;
  /** A file refused for the budget: the new files before it, and the evidence removed. */
  adding?: number;
  freed?: number;
}

/**
 * The draft as the form keeps it: a new activity's completion date left untouched is `null`,
 * "today", so it follows the day past midnight (a form left open overnight logged the
 * activity on the day before). A date typed, or a stored activity's, stays as it is.
 */
type KeptDraft = Omit<ActivityDraft, 'date'> & { date: KeptDate };

/** The add/edit form's state: the draft as typed, evidence changes, and what follows. */
export function useActivityForm(
  original: ActivityRow | null,
  held: readonly HeldWithRule[],
  today: LocalDate,
) {
  const [initial] = useState<KeptDraft>(() =>
    original ? draftFromActivity(original) : { ...emptyDraft(today), date: null },
  );
  const [kept, setKept] = useState(initial);
  const draft: ActivityDraft = useMemo(
    () => ({ ...kept, date: shownDate(kept.date, today) }),
    [kept, today],
  );
  const [id] = useState(() => original?.id ?? crypto.randomUUID());
  const [added, setAdded] = useState<NewEvidence[]>([]);
  const [removeIds, setRemoveIds] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [evidenceErrors, setEvidenceErrors] = useState<FormError[]>([]);

  // Acronyms by credential id, and the category selects' labels by their fields (fieldLabel).
  // A credential the activity allocates Ways of Working to but no longer held is named by the
  // catalogue's acronym ("PMI-ACP", not "pmi-acp"); one held is named by its own rule.
  const acronyms = useMemo(
    () =>
      new Map([
        ...Object.keys(initial.waysOfWorkingFor).flatMap((ruleId) => {
          const acronym = findCredentialRule(ruleId)?.acronym;
          return acronym ? [[ruleId, acronym] as const] : [];
        }),
        ...held.map((h) => [h.rule.id, h.rule.acronym] as const),
        ...[...categoryLabelsByScheme(earnedOnly(held))].map(
          ([scheme, label]) => [`categories.${scheme}`, label] as const,
        ),
      ]),
    [held, initial],
  );
  const base = useMemo(() => baseOf(original, id), [original, id]);
  const activity = useMemo(() => activityFromDraft(draft, base), [draft, base]);
  const errors = useMemo(() => problemsOf(activity, held, today), [activity, held, today]);
  const preview = useMemo(
    () => previewOf(activity, held, today, acronyms),
    [activity, held, today, acronyms],
  );
  // Said by the date: the date, once entered, counts for none of the credentials held.
  const date = useSettledDate(draft.date);
  const countsNowhere = useMemo(
    () => countsNowhereByDate({ ...activity, date: date.settled.trim() }, held, today),
    [activity, date.settled, held, today],
  );
  const shown: FormError[] = submitted ? [...errors, ...evidenceErrors] : [];
  // Compared as values (sameDraft): a per-credential claim status set back as it was is no
  // change, whatever order the draft now lists the credentials in; nor is a "Do not count it
  // for …" box ticked off and on again (canonicalDraft: the boxes ticked, as a set).
  const dirty =
    !sameDraft(canonicalDraft(kept), canonicalDraft(initial)) ||
    added.length > 0 ||
    removeIds.length > 0;

  return {
    id,
    /** The credentials the form was opened with (what the activity is judged against). */
    held,
    draft,
    update: (patch: Partial<ActivityDraft>) =>
      setKept((d) => ({
        ...d,
        ...patch,
        // A new activity's date set to today is today again: it follows the day.
        ...(patch.date !== undefined ? { date: keptDate(patch.date, today, !original) } : {}),
      })),
    activity,
    errors,
    shown,
    preview,
    countsNowhere,
    settleDate: date.settle,
    acronyms,
    dirty,
    submitted,
    setSubmitted,
    added,
    addFiles: (files: NewEvidence[]) => setAdded((a) => [...a, ...files]),
    removeAdded: (key: string) => {
      // A refusal naming the file goes with it (unless another file of that name still waits).
      const gone = added.find((f) => f.key === key)?.file.name;
      const left = added.filter((f) => f.key !== key);
      setAdded(left);
      if (gone !== undefined && !left.some((f) => f.file.name === gone))
        setEvidenceErrors((was) => was.filter((e) => e.name !== gone));
    },
    removeIds,
    toggleRemove: (evidenceId: string) =>
      setRemoveIds((ids) =>
        ids.includes(evidenceId) ? ids.filter((x) => x !== evidenceId) : [...ids, evidenceId],
      ),
    evidenceErrors,
    setEvidenceErrors,
    errorFor: (field: string) => shown.find((e) => e.field === field),
  };
}

export type ActivityForm = ReturnType<typeof useActivityForm>;
