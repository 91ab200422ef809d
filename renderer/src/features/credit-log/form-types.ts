import type { ActivityDraft } from '../../../../shared/domain/claims';
import type { HeldWithRule } from '../../../../shared/domain/credentials';

/** What every part of the activity form receives. */
export interface FieldsProps {
  draft: ActivityDraft;
  update: (patch: Partial<ActivityDraft>) => void;
  /** The inline error of a field (by its dotted path), once the user has tried to save. */
  errorFor: (field: string) => string | undefined;
}

/** Earned credentials: the ones an activity can count for. */
export function earnedOnly(held: readonly HeldWithRule[]): HeldWithRule[] {
  return held.filter((h) => h.credential.stage === 'earned');
}
