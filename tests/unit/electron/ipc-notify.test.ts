import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { createNotifyChannel } from '../../../electron/main/ipc/notifications';
import { wrapHandler } from '../../../electron/main/ipc/handle';
import { isAppUrl } from '../../../electron/main/security';
import { setup, trusted, useTempDir } from './ipc-fixture';
import { badNotifyPayloads, validNotifyPayload } from './ipc-notify-payloads';

const tempDir = useTempDir();

describe('notify:show', () => {
  it('shows the title and body it was given and answers true', async () => {
    const { call, showNotification } = setup(tempDir());
    expect(await call(channels.notifyShow, trusted, validNotifyPayload)).toEqual({
      ok: true,
      value: true,
    });
    expect(showNotification).toHaveBeenCalledWith(validNotifyPayload);
  });

  it('answers false, shows nothing, where the system has no notifications', async () => {
    const show = vi.fn();
    const handler = wrapHandler(createNotifyChannel({ isSupported: () => false, show }), isAppUrl);
    expect(await handler(trusted, validNotifyPayload)).toEqual({ ok: true, value: false });
    expect(show).not.toHaveBeenCalled();
  });

  it('answers FAILED, not a throw, when the system refuses', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const show = vi.fn(() => {
      throw new Error('dbus gone');
    });
    const handler = wrapHandler(createNotifyChannel({ isSupported: () => true, show }), isAppUrl);
    expect(await handler(trusted, validNotifyPayload)).toMatchObject({
      ok: false,
      error: { code: 'FAILED' },
    });
    expect(show).toHaveBeenCalledTimes(1);
  });

  it.each(badNotifyPayloads)('refuses %s and shows nothing', async (_name, payload) => {
    const { call, showNotification } = setup(tempDir());
    expect(await call(channels.notifyShow, trusted, payload)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(showNotification).not.toHaveBeenCalled();
  });
});
