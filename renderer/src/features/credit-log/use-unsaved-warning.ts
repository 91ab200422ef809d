import { useUnsavedChanges } from '../../components/unsaved-changes';

/**
 * Asks before a window with unsaved changes closes, and before moving to another screen
 * (the app-wide guard in components/unsaved-changes.ts).
 */
export function useUnsavedWarning(dirty: boolean): void {
  useUnsavedChanges(dirty);
}
