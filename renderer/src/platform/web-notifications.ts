import type { NotificationPermissionState, SystemNotifications } from '../../../shared/platform';
import { plainLine } from '../../../shared/text/controls';

/**
 * The browser's Notification API; where it is missing, every call says "unsupported". The text
 * is made one plain line as the desktop's IPC contract makes it (plainLine: control characters
 * folded, bidirectional controls gone); a title with nothing left is not shown, as main
 * refuses it. Each notification is tagged with its own text, so several reminders stay
 * visible side by side while the same reminder shown again replaces itself.
 */
export function webNotifications(): SystemNotifications {
  const api = (): typeof Notification | null =>
    typeof Notification === 'undefined' ? null : Notification;
  return {
    permission(): NotificationPermissionState {
      return api()?.permission ?? 'unsupported';
    },
    async requestPermission() {
      const n = api();
      return n ? await n.requestPermission() : 'unsupported';
    },
    async show(rawTitle, rawBody) {
      const n = api();
      if (!n || n.permission !== 'granted') return false;
      const title = plainLine(rawTitle).trim();
      const body = plainLine(rawBody);
      if (title === '') return false;
      new n(title, { body, tag: JSON.stringify([title, body]) });
      return true;
    },
  };
}
