/**
 * Opening a link in the system browser. Only plain https URLs pass: file:, javascript:, http:
 * and custom schemes could run programs or leak data, and the renderer is never trusted to
 * have checked.
 */
import { channels, openExternalRequest } from '../../../shared/ipc/contract';
import { isSafeExternalUrl } from '../security';
import { IpcRefusal, defineChannel } from './handle';

export interface ExternalLinkDeps {
  openExternal: (url: string) => Promise<void>;
}

export function createExternalLinkChannel(deps: ExternalLinkDeps) {
  return defineChannel({
    channel: channels.openExternal,
    schema: openExternalRequest,
    async run(req): Promise<void> {
      if (!isSafeExternalUrl(req.url)) {
        throw new IpcRefusal('NOT_ALLOWED', 'Only https:// links can be opened.');
      }
      // Hand over the parser's normalised form, not the raw string the renderer sent.
      await deps.openExternal(new URL(req.url).href);
    },
  });
}
