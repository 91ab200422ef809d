import type { SystemNotifications } from '../../../shared/platform';

/** A platform's notifications in tests that do not look at them: nothing is ever shown. */
export const silentNotifications: SystemNotifications = {
  permission: () => 'unsupported',
  requestPermission: async () => 'unsupported',
  show: async () => false,
};
