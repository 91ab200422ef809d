import { useEffect, useState } from 'react';
import { getStoreStatus, subscribeStoreStatus, type StoreStatus } from '../db/status';
import { READ_ONLY_REASON_ID } from '../components/read-only';

/**
 * Tells the user, at the top of every screen, when their data cannot be written. In read-only
 * mode every switched-off button names the explanation (its id) as the reason.
 */
export function StoreBanner() {
  const [status, setStatus] = useState<StoreStatus>(getStoreStatus);
  useEffect(() => subscribeStoreStatus(setStatus), []);
  const text = bannerText(status);
  if (!text) return null;
  return (
    <div className="banner warning" role="alert">
      <strong>{text.title}</strong> <span id={READ_ONLY_REASON_ID}>{text.body}</span>
    </div>
  );
}

function bannerText(status: StoreStatus): { title: string; body: string } | null {
  switch (status.kind) {
    case 'newer-version':
      return {
        title: 'Read-only.',
        body: 'Your data was saved by a newer version of Ascent. You can look at everything, but changes are switched off so nothing the newer version wrote is damaged. Install the newer version to keep working.',
      };
    case 'blocked':
      return {
        title: 'Waiting for another window.',
        body: 'Another Ascent window is holding your data open. Close it so this one can finish updating.',
      };
    case 'closed-by-upgrade':
      return {
        title: 'Ascent was updated in another window.',
        body: 'This window has stopped saving so the update can finish. Reload to continue with the new version.',
      };
    case 'deleted-elsewhere':
      return {
        title: 'The sample data was removed in another window.',
        body: 'This window has stopped saving. Reload to go back to your own records.',
      };
    default:
      return null;
  }
}
