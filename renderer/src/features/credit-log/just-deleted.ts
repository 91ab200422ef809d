/**
 * Activities deleted from their own edit screen a moment ago. Between the delete and the
 * move to the log the screen renders nothing rather than "activity not found"; the log
 * clears the set when it opens.
 */
export const justDeleted = new Set<string>();
