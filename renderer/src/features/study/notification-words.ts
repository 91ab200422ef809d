/**
 * What the Reminders card says about system notifications. Kept apart from messages.ts, which
 * the app's start-up reads: only the study screen's Reminders card says it.
 */
import type { NotificationPermissionState } from '../../../../shared/platform';

/**
 * What the Reminders card says about system notifications: `asked` after the person pressed
 * "Turn on system notifications" (the answer is the result of their action, and takes the focus).
 */
export function notificationsText(permission: NotificationPermissionState, asked: boolean): string {
  if (permission === 'denied')
    return 'System notifications are blocked for Ascent in this browser; reminders show here only.';
  if (!asked) return '';
  if (permission === 'granted')
    return 'System notifications are on: each reminder here is also shown as a notification, once a day, while Ascent is open.';
  if (permission === 'unsupported')
    return 'This browser cannot show system notifications; reminders show here only.';
  return 'System notifications were not turned on. Press the button again to be asked again.';
}
