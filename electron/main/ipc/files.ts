/**
 * Saving and opening files through the operating system's dialogs. The renderer never names
 * a path: it suggests a file name, the user chooses where, and only the chosen file's base
 * name goes back (the renderer has no need to learn the folder layout of the disk).
 */
import { basename, join } from 'node:path';
import {
  channels,
  openFileRequest,
  saveFileRequest,
  type OpenFileResponse,
  type SaveFileResponse,
} from '../../../shared/ipc/contract';
import { FileTooLargeError, readFileLimited, writeFileAtomic } from '../file-io';
import { IpcRefusal, defineChannel, type IpcEventLike } from './handle';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** Shows a save dialog, parented to the window that sent `event` when there is one. */
  showSaveDialog(
    event: IpcEventLike,
    options: { defaultPath: string; filters: DialogFilter[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    event: IpcEventLike,
    options: { filters: DialogFilter[] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileDeps {
  dialogs: FileDialogs;
  /** The folder the save dialog starts in (the user's documents). */
  defaultDir: () => string;
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
  readFile?: (path: string, maxBytes: number) => Promise<Uint8Array>;
}

// eslint-disable-next-line no-control-regex
const unsafeNameCharacters = /[\u0000-\u001f\u007f<>:"|?*\\/]/;
const reservedWindowsNames = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The contract already refuses slashes; this also refuses what Windows or macOS would read as
 * a drive, a device or a stream, so a suggested name can only ever be a plain file name.
 */
export function isPlainFileName(name: string): boolean {
  return (
    !unsafeNameCharacters.test(name) &&
    !reservedWindowsNames.test(name) &&
    !/^[. ]+$/.test(name) &&
    !/[. ]$/.test(name) &&
    !name.startsWith('~')
  );
}

const saveRequestSchema = saveFileRequest.refine((req) => isPlainFileName(req.suggestedName), {
  message: 'a plain file name, without path or device characters',
  path: ['suggestedName'],
});

export function createFileChannels(deps: FileDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const readFile = deps.readFile ?? readFileLimited;

  const save = defineChannel({
    channel: channels.saveFile,
    schema: saveRequestSchema,
    async run(req, event): Promise<SaveFileResponse> {
      const choice = await deps.dialogs.showSaveDialog(event, {
        defaultPath: join(deps.defaultDir(), req.suggestedName),
        filters: req.filters,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, req.content);
      return { saved: true, fileName: basename(choice.filePath) };
    },
  });

  const openFile = defineChannel({
    channel: channels.openFile,
    schema: openFileRequest,
    async run(req, event): Promise<OpenFileResponse> {
      const choice = await deps.dialogs.showOpenDialog(event, { filters: req.filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { opened: false };
      try {
        const content = await readFile(filePath, req.maxBytes);
        return { opened: true, fileName: basename(filePath), content };
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          throw new IpcRefusal('NOT_ALLOWED', error.message);
        }
        throw error;
      }
    },
  });

  return [save, openFile] as const;
}
