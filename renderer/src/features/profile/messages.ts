import type { ProfileErrorCode, ProfileField } from '../../../../shared/domain/profile/profile';
import { MAX_DAILY_STUDY_HOURS, NAME_MAX_LENGTH } from '../../../../shared/domain/profile/profile';

/** Words for the domain's validation codes: what is wrong and what to do. */
export function profileErrorText(field: ProfileField, code: ProfileErrorCode): string {
  switch (code) {
    case 'NAME_TOO_LONG':
      return `Keep the name to ${NAME_MAX_LENGTH} characters or fewer.`;
    case 'REQUIRED':
      return field === 'education' ? 'Choose your highest education.' : 'Choose a rung.';
    case 'UNKNOWN_VALUE':
      return 'Choose one of the options in the list.';
    case 'TARGET_BELOW_CURRENT':
      return 'Your target rung cannot be below your current rung. Pick the same rung or a higher one.';
    case 'NOT_A_NUMBER':
      return 'Enter hours as a number, for example 1.5.';
    case 'NEGATIVE':
      return 'Hours cannot be negative.';
    case 'TOO_MANY_HOURS':
      return `Enter at most ${MAX_DAILY_STUDY_HOURS} hours for one day.`;
    case 'NOT_QUARTER_HOURS':
      return 'Use quarter-hour steps: .25, .5 or .75.';
  }
}

/** A rung the profile named was removed from the user's ladder: say so, and what to do. */
export function removedRungText(field: 'currentRung' | 'targetRung'): string {
  return field === 'targetRung'
    ? 'Your target rung was removed from your ladder. Choose a new target rung.'
    : 'The rung you were on was removed from your ladder. Choose the rung you are on now.';
}

export const educationLabels: Record<string, string> = {
  secondary: 'Secondary school diploma',
  associate: 'Associate degree',
  bachelor: 'Bachelor’s degree (four-year)',
  master: 'Master’s degree or MBA',
  doctorate: 'Doctorate',
};

/** The days of the week, as the study planner names them. */
export { weekdayNames as weekdayLabels } from '../study/time-words';
