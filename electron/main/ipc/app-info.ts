/** What the About box shows: names and versions only, nothing about the user's machine. */
import { appInfoRequest, channels, type AppInfo } from '../../../shared/ipc/contract';
import { defineChannel } from './handle';

export interface AppInfoDeps {
  name: string;
  version: string;
  versions: { electron?: string; chrome?: string };
  platform: string;
}

export function createAppInfoChannel(deps: AppInfoDeps) {
  return defineChannel({
    channel: channels.appInfo,
    schema: appInfoRequest,
    run: (): AppInfo => ({
      name: deps.name,
      version: deps.version,
      electron: deps.versions.electron ?? 'unknown',
      chrome: deps.versions.chrome ?? 'unknown',
      platform: deps.platform,
    }),
  });
}
