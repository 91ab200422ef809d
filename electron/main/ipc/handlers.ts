/** Every channel's handler, built from injected dependencies (no Electron import here). */
import { createAppInfoChannel, type AppInfoDeps } from './app-info';
import { createBackupChannels, type BackupDeps } from './backups';
import { createExternalLinkChannel, type ExternalLinkDeps } from './external-links';
import { createFileChannels, type FileDeps } from './files';
import type { ChannelHandler } from './handle';
import { createNotifyChannel, type NotifyDeps } from './notifications';
import { createReportPdfChannel, type ReportPdfDeps } from './report-pdf';

export interface IpcDeps {
  appInfo: AppInfoDeps;
  files: FileDeps;
  links: ExternalLinkDeps;
  backups: BackupDeps;
  report: ReportPdfDeps;
  notify: NotifyDeps;
}

export function createIpcHandlers(deps: IpcDeps): ChannelHandler[] {
  return [
    createAppInfoChannel(deps.appInfo),
    ...createFileChannels(deps.files),
    createExternalLinkChannel(deps.links),
    ...createBackupChannels(deps.backups),
    createReportPdfChannel(deps.report, deps.files),
    createNotifyChannel(deps.notify),
  ];
}
