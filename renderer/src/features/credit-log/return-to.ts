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

/** Scrolls the log drawn now, if any, to an activity's row (LogTable); false if it is not there. */
type Reveal = (activityId: string) => boolean;
const revealers = new Set<Reveal>();

/** Lets the log shown bring an activity's row into its drawn window when asked (LogTable). */
export function onRevealRow(reveal: Reveal): () => void {
  revealers.add(reveal);
  return () => revealers.delete(reveal);
}

/**
 * A finder (focusSoon, Undo's focus) for an activity's link on the screen shown: its row in
 * the credit log, or its link on the dashboard or a credential's page. A long log draws only
 * the rows in view (use-row-window), so while the link is not there the log is asked to scroll
 * to the row; the next try finds it drawn.
 */
export function activityLink(activityId: string): () => Element | null {
  const selector = `a[href="${CSS.escape(hrefFor('credit-log', activityId))}"]`;
  return () => {
    const link = document.querySelector(`main ${selector}`);
    if (link) return link;
    for (const reveal of revealers) reveal(activityId);
    return null;
  };
}
