import { areas, hrefFor } from '../../app/routes';

/**
 * Where the activity editor goes once it is saved, deleted or cancelled: back to the screen
 * it was opened from (`from`, that screen's hash), so the person sees the change where they
 * were — the dashboard, a credential's page, the log with its filters. The log itself when
 * the editor was the first screen shown (a reload) or was opened from another of the log's
 * own pages (another activity, the import).
 */
export function editorReturn(from: string | null): string {
  const log = hrefFor('credit-log');
  if (from === null) return log;
  const [area, sub] = from.replace(/^#\/?/, '').split('?')[0]!.split('/');
  // The app opened without a hash shows the dashboard.
  if (!area) return hrefFor('dashboard');
  if (!areas.some((a) => a.id === area)) return log;
  if (area === 'credit-log' && sub) return log;
  return from;
}
