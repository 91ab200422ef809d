import type { AscentBridge } from '../../../shared/ipc/contract';
import type { SystemNotifications } from '../../../shared/platform';

/** Electron's notifications through the `notify:show` channel; no permission to ask for. */
export function desktopNotifications(bridge: AscentBridge): SystemNotifications {
  return {
    permission: () => 'granted',
    requestPermission: async () => 'granted',
    async show(title, body) {
      const result = await bridge.notifyShow({ title, body });
      return result.ok && result.value;
    },
  };
}
