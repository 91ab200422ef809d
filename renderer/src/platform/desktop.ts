import type { AscentBridge, IpcResult } from '../../../shared/ipc/contract';
import { IpcRequestError } from '../../../shared/files/refused-request';
import { suggestedFileName } from '../../../shared/files/suggested-name';
import type { Platform } from '../../../shared/platform';
import { desktopNotifications } from './desktop-notifications';
import { checkSendSize } from './send-size';

/**
 * Main's value, or main's answer thrown with its code as well as its message: the code says
 * whether main refused the request before doing anything or the disk refused the file, and
 * the words the page chooses depend on it (shared/files/refused-request.ts).
 */
function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcRequestError(result.error.code, result.error.message || result.error.code);
}

/** The desktop implementation, over the preload's window.ascent bridge. */
export function createDesktopPlatform(bridge: AscentBridge): Platform {
  return {
    kind: 'desktop',
    async appInfo() {
      return unwrap(await bridge.appInfo());
    },
    async saveFile(req) {
      checkSendSize(req.content, 'file');
      return unwrap(
        await bridge.saveFile({
          // Every caller's name, an attached file's as it was on the user's disk too, made
          // into one main accepts (it refuses any other before showing the dialog).
          suggestedName: suggestedFileName(req.suggestedName),
          filters: req.filters,
          content: req.content,
        }),
      );
    },
    async openFile(filters) {
      return unwrap(await bridge.openFile({ filters }));
    },
    async openExternal(url) {
      unwrap(await bridge.openExternal({ url }));
    },
    async print() {
      window.print();
    },
    async printReport(req) {
      const outcome = unwrap(await bridge.reportPrintPdf(req));
      return { kind: 'pdf', ...outcome };
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    backups: {
      async write(reason, content, keep) {
        checkSendSize(content, 'backup');
        return unwrap(await bridge.backupWrite({ reason, content, ...(keep ? { keep } : {}) }));
      },
      async list() {
        return unwrap(await bridge.backupList());
      },
      async read(fileName) {
        return unwrap(await bridge.backupRead({ fileName }));
      },
      async readMarker() {
        return unwrap(await bridge.markerRead());
      },
      async writeMarker(marker) {
        unwrap(await bridge.markerWrite(marker));
      },
    },
    notifications: desktopNotifications(bridge),
  };
}
