/**
 * System notifications for study reminders (issue 7 part 4). The renderer decides what is
 * due and when (at most once per item per day); main only shows the text it was given,
 * after the contract has checked it is short plain text.
 */
import { channels, notifyShowRequest } from '../../../shared/ipc/contract';
import { defineChannel } from './handle';

export interface NotifyDeps {
  isSupported(): boolean;
  show(notification: { title: string; body: string }): void;
}

export function createNotifyChannel(deps: NotifyDeps) {
  return defineChannel({
    channel: channels.notifyShow,
    schema: notifyShowRequest,
    run(req): boolean {
      // Some Linux desktops have no notification service: say so instead of failing.
      if (!deps.isSupported()) return false;
      deps.show({ title: req.title, body: req.body });
      return true;
    },
  });
}
