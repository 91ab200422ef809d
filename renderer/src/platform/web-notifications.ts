import type { NotificationPermissionState, SystemNotifications } from '../../../shared/platform';

/** The browser's Notification API; where it is missing, every call says "unsupported". */
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
    async show(title, body) {
      const n = api();
      if (!n || n.permission !== 'granted') return false;
      new n(title, { body, tag: title });
      return true;
    },
  };
}
