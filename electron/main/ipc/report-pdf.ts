/**
 * The progress report as a PDF (issue 8 part 2): Chromium in main prints the page that asked,
 * in the paper size the user chose (the page's own @page rules decide margins and page
 * numbers), and the file goes where the user chooses. Only the base name comes back.
 */
import { basename, join } from 'node:path';
import {
  channels,
  reportPrintPdfRequest,
  type ReportPageSize,
  type SaveFileResponse,
} from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../file-io';
import { defineChannel, type IpcEventLike } from './handle';
import { isPlainFileName } from '../../../shared/files/suggested-name';
import { writeRefusal, type FileDialogs } from './files';

export interface ReportPdfDeps {
  /** Prints the sender's page (webContents.printToPDF); resolves to the PDF's bytes. */
  printToPdf(event: IpcEventLike, options: { pageSize: ReportPageSize }): Promise<Uint8Array>;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

export interface ReportPdfFileDeps {
  dialogs: Pick<FileDialogs, 'showSaveDialog'>;
  defaultDir: () => string;
}

const schema = reportPrintPdfRequest.refine((req) => isPlainFileName(req.suggestedName), {
  message: 'a plain file name, without path or device characters',
  path: ['suggestedName'],
});

const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }];

export function createReportPdfChannel(deps: ReportPdfDeps, files: ReportPdfFileDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  return defineChannel({
    channel: channels.reportPrintPdf,
    schema,
    async run(req, event): Promise<SaveFileResponse> {
      // Printed first, so the PDF is the page as it was when the user asked for it.
      const pdf = await deps.printToPdf(event, { pageSize: req.pageSize });
      const choice = await files.dialogs.showSaveDialog(event, {
        defaultPath: join(files.defaultDir(), req.suggestedName),
        filters: PDF_FILTERS,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      try {
        await writeFile(choice.filePath, pdf);
      } catch (error) {
        // The report was printed: only saving it failed, and the answer says why.
        throw writeRefusal(channels.reportPrintPdf, error);
      }
      return { saved: true, fileName: basename(choice.filePath) };
    },
  });
}
