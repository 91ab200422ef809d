import type {
  Platform,
  FileFilter,
  OpenOutcome,
  SaveOutcome,
  SaveRequest,
} from '../../../shared/platform';
import { webNotifications } from './web-notifications';

/** Why a chosen file could not be read, in the browser's words (a DOMException's message). */
function readFailure(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : String(error);
}

/**
 * The browser implementation: downloads instead of save dialogs, a file input instead of an
 * open dialog, window.print for reports. There is no application menu on the web.
 */
export function createWebPlatform(version: string): Platform {
  return {
    kind: 'web',
    async appInfo() {
      return { name: 'Ascent', version, electron: '', chrome: '', platform: 'web' };
    },
    async saveFile(req: SaveRequest): Promise<SaveOutcome> {
      const blob = new Blob([req.content as BlobPart], { type: req.mimeType });
      const url = URL.createObjectURL(blob);
      try {
        const a = document.createElement('a');
        a.href = url;
        a.download = req.suggestedName;
        a.rel = 'noopener';
        document.body.append(a);
        a.click();
        a.remove();
      } finally {
        // Revoke later: revoking at once can cancel the download in some browsers.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { saved: true, fileName: req.suggestedName };
    },
    openFile(filters: FileFilter[]): Promise<OpenOutcome> {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve({ opened: false });
          // A file that cannot be read (moved or removed since it was chosen, too large for
          // memory) ends in an error the screen says, not in a wait that never ends.
          file.arrayBuffer().then(
            (buffer) =>
              resolve({ opened: true, fileName: file.name, content: new Uint8Array(buffer) }),
            (error: unknown) => reject(new Error(readFailure(error))),
          );
        });
        input.addEventListener('cancel', () => resolve({ opened: false }));
        input.click();
      });
    },
    async openExternal(url: string) {
      if (!url.startsWith('https://')) throw new Error('Only https links can be opened.');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    async print() {
      window.print();
    },
    // The page's own @page rules set the paper size; the browser's dialog does the rest.
    async printReport() {
      window.print();
      return { kind: 'browser-print' } as const;
    },
    onMenuCommand() {
      return () => {};
    },
    // The browser keeps no files of its own: the user exports backups (Settings reminds them).
    backups: null,
    notifications: webNotifications(),
  };
}
