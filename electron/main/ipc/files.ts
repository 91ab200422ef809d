/**
 * Saving and opening files through the operating system's dialogs. The renderer never names
 * a path: it suggests a file name, the user chooses where, and only the chosen file's base
 * name goes back (the renderer has no need to learn the folder layout of the disk).
 */
import { basename, join } from 'node:path';
import {
  channels,
  isTextOpen,
  openFileRequest,
  saveFileRequest,
  type OpenFileResponse,
  type SaveFileResponse,
} from '../../../shared/ipc/contract';
import { isPlainFileName } from '../../../shared/files/suggested-name';
import { writeFailureOf, writeFailureText } from '../../../shared/files/write-failure';
import {
  FileTooLargeError,
  NotAFileError,
  limitText,
  readFileLimited,
  writeFileAtomic,
} from '../file-io';
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

/**
 * A chosen file that could not be written: when the file system says why (disk full, not
 * allowed, in use, name too long), the answer says so and what to do; the details go to the
 * log. Anything else is passed on as it is (the wrapper logs it and answers FAILED).
 */
export function writeRefusal(channel: string, error: unknown): unknown {
  const failure = writeFailureOf(error);
  if (failure === null) return error;
  console.error(`[ipc] ${channel}: the chosen file could not be written`, error);
  return new IpcRefusal('FAILED', writeFailureText[failure]);
}

/**
 * The contract already refuses slashes; main also refuses what Windows or macOS would read as
 * a drive, a device or a stream (shared/files/suggested-name.ts, where the renderer makes any
 * stored name into one that passes), so a suggested name can only ever be a plain file name.
 */
const saveRequestSchema = saveFileRequest.refine((req) => isPlainFileName(req.suggestedName), {
  message: 'a plain file name, without path or device characters',
  path: ['suggestedName'],
});

/**
 * A spreadsheet (CSV) over the text limit (IMPORT_FILE_MAX_BYTES, shared/backup-limits.ts):
 * shown as it is. Far more than any credit log, so most likely the wrong file was chosen.
 */
export function textTooLargeText(maxBytes: number): string {
  return (
    `This file is larger than ${limitText(maxBytes)}, far more than a credit log holds, so ` +
    'Ascent did not open it. Check that it is the right file; a log this large can be split ' +
    'into several CSV files and imported one after another.'
  );
}

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
      try {
        await writeFile(choice.filePath, req.content);
      } catch (error) {
        throw writeRefusal(channels.saveFile, error);
      }
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
        if (error instanceof FileTooLargeError && isTextOpen(req.filters)) {
          throw new IpcRefusal('NOT_ALLOWED', textTooLargeText(error.maxBytes));
        }
        if (error instanceof FileTooLargeError || error instanceof NotAFileError) {
          throw new IpcRefusal('NOT_ALLOWED', error.message);
        }
        throw error;
      }
    },
  });

  return [save, openFile] as const;
}
