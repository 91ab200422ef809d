/**
 * Words for the continuing-education engine's codes. The domain returns codes and numbers;
 * these modules are the only place they become sentences (DESIGN.md §4), and this one is where
 * the screens take them from: it holds the edit form's conflict words and re-exports the rest,
 * kept by subject in labels.ts, cycle-status-words.ts, rule-words.ts, amount-words.ts,
 * shortfall-words.ts, reason-words.ts and field-error-words.ts.
 */
export {
  activityTypeLabels,
  areaLabels,
  bodyLabels,
  claimStatusLabels,
  credentialStatusLabels,
} from './labels';
export {
  BEHIND_TEXT,
  cycleStatusLabels,
  cycleStatusText,
  cycleStatusWords,
  daysLeftText,
  examPassedText,
  examRouteNote,
  expiredCycleText,
  inDaysText,
  renewByExamReportText,
  renewByExamText,
} from './cycle-status-words';
export {
  confidenceWords,
  cycleEndActions,
  cycleEndLabels,
  renewalRouteLabels,
  ruleNoteText,
  sourceText,
} from './rule-words';
export { amount, categoryLabel, categoryNameIn, periodText, unitWord } from './amount-words';
export {
  missedMinimumAdvice,
  missedMinimumText,
  shortfallText,
  uncreditedCategoryNames,
  type ShortfallContext,
} from './shortfall-words';
export { reasonText } from './reason-words';
export { fieldErrorText } from './field-error-words';

/** Why a credential's edit form is not what is stored: changed or deleted elsewhere since it opened. */
export type HeldConflict = 'CHANGED' | 'DELETED';

export const heldConflictText: Record<HeldConflict, string> = {
  CHANGED:
    'This credential was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.',
  DELETED:
    'This credential was deleted in another window after you opened this form. Saving will put it back with what you see here; Cancel leaves it deleted.',
};

/** A credential's page when the credential was deleted in another window while it was open. */
export const heldDeletedElsewhere = {
  title: 'Credential deleted',
  text: (name: string) => `${name} was deleted in another window.`,
  back: 'Back to your credentials',
};
