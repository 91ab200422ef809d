import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channels } from '../../../shared/ipc/contract';
import {
  IpcRefusal,
  defineChannel,
  registerHandlers,
  wrapHandler,
} from '../../../electron/main/ipc/handle';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { isAppUrl } from '../../../electron/main/security';

const trusted = { senderFrame: { url: 'app://ascent/index.html' } };
const isTrusted = (url: string) => isAppUrl(url);

const echo = defineChannel({
  channel: channels.openExternal,
  schema: z.strictObject({ n: z.number() }),
  run: (req) => req.n * 2,
});

describe('wrapHandler', () => {
  it('answers ok with the handler value for a trusted, valid request', async () => {
    expect(await wrapHandler(echo, isTrusted)(trusted, { n: 21 })).toEqual({ ok: true, value: 42 });
  });

  const untrusted: [string, unknown][] = [
    ['no event', undefined],
    ['null event', null],
    ['a string event', 'app://ascent/'],
    ['no senderFrame', {}],
    ['a null senderFrame (frame gone)', { senderFrame: null }],
    ['a frame without URL', { senderFrame: {} }],
    ['another site', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://ascent.evil/' } }],
    ['the dev server outside development', { senderFrame: { url: 'http://localhost:5173/' } }],
    [
      'a senderFrame getter that throws',
      Object.defineProperty({}, 'senderFrame', {
        get() {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ];
  it.each(untrusted)('refuses %s as UNTRUSTED_SENDER without running', async (_name, event) => {
    const run = vi.fn();
    const result = await wrapHandler({ ...echo, run }, isTrusted)(event, { n: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload with a short message naming the problem', async () => {
    const result = await wrapHandler(echo, isTrusted)(trusted, { n: 'x', ['k'.repeat(5000)]: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_PAYLOAD');
    expect(result.error.message).toMatch(/^n:/);
    expect(result.error.message.length).toBeLessThanOrEqual(500);
  });

  it('refuses extra arguments', async () => {
    const result = await wrapHandler(echo, isTrusted)(trusted, { n: 1 }, 'extra');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('turns a thrown error into FAILED without leaking its text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = { ...echo, run: () => Promise.reject(new Error('/home/me/secret path')) };
    const result = await wrapHandler(failing, isTrusted)(trusted, { n: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'FAILED' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('turns a refusal into its own code and message', async () => {
    const refusing = {
      ...echo,
      run: () => {
        throw new IpcRefusal('NOT_ALLOWED', 'Not today.');
      },
    };
    expect(await wrapHandler(refusing, isTrusted)(trusted, { n: 1 })).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: 'Not today.' },
    });
  });

  it('accepts the dev server only when the trust check is given it', async () => {
    const devTrusted = (url: string) => isAppUrl(url, 'http://localhost:5173');
    const event = { senderFrame: { url: 'http://localhost:5173/' } };
    expect((await wrapHandler(echo, devTrusted)(event, { n: 1 })).ok).toBe(true);
  });
});

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const handle = vi.fn();
    const handlers = createIpcHandlers({
      appInfo: { name: 'Ascent', version: '1', versions: {}, platform: 'linux' },
      files: {
        defaultDir: () => '/tmp',
        dialogs: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      },
      links: { openExternal: vi.fn() },
      backups: { userDataDir: () => '/nonexistent' },
      report: { printToPdf: vi.fn() },
      notify: { isSupported: () => true, show: vi.fn() },
    });
    registerHandlers({ handle }, handlers, isTrusted);
    const registered = handle.mock.calls.map(([channel]) => channel as string).sort();
    expect(registered).toEqual(Object.values(channels).sort());
  });
});
