import { areas, hrefFor } from '../../app/routes';

/**
 * Where the activity editor goes once it is saved, deleted or cancelled: back to the screen
 * it was opened from (`from`, that screen's hash), so the person sees the change where they
 * were — the dashboard, a credential's page, the log. The log itself when the editor was the
 * first screen shown (a reload) or was opened from another of the log's own pages (another
 * activity, the import). The log is always its plain address: it remembers the filters last
 * set there, which an address opened earlier (e.g. `?credential=…` from a credential's page)
 * would replace.
 */
export function editorReturn(from: string | null): string {
  const log = hrefFor('credit-log');
  if (from === null) return log;
  const [area] = from.replace(/^#\/?/, '').split('?')[0]!.split('/');
  // The app opened without a hash shows the dashboard.
  if (!area) return hrefFor('dashboard');
  if (!areas.some((a) => a.id === area)) return log;
  if (area === 'credit-log') return log;
  return from;
}
