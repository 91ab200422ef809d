/**
 * The one wrapper every IPC channel goes through (DESIGN.md §6): check who is asking, validate
 * what they ask with the contract's schema, run the handler, and always answer an IpcResult.
 * Nothing thrown in main ever crosses the boundary; the renderer gets a stable error code.
 */
import type { IpcMain } from 'electron';
import type { z } from 'zod';
import type { IpcError, IpcResult, channels } from '../../../shared/ipc/contract';

export type ChannelName = (typeof channels)[keyof typeof channels];

/** The parts of an IpcMainInvokeEvent the wrapper and handlers rely on. */
export interface IpcEventLike {
  readonly senderFrame?: { readonly url: string } | null;
  readonly sender?: unknown;
}

/** Thrown by a handler to refuse with a specific code and a message meant for the user. */
export class IpcRefusal extends Error {
  constructor(
    readonly code: Exclude<IpcError['code'], 'UNTRUSTED_SENDER' | 'INVALID_PAYLOAD'>,
    message: string,
  ) {
    super(message);
    this.name = 'IpcRefusal';
  }
}

export interface ChannelHandler<S extends z.ZodType = z.ZodType, T = unknown> {
  readonly channel: ChannelName;
  readonly schema: S;
  run(request: z.output<S>, event: IpcEventLike): Promise<T> | T;
}

/** Keeps the schema and the handler's request type tied together. */
export function defineChannel<S extends z.ZodType, T>(def: ChannelHandler<S, T>) {
  return def;
}

export type WrappedHandler<T> = (event: unknown, ...args: unknown[]) => Promise<IpcResult<T>>;

const MAX_MESSAGE_LENGTH = 500;

function failure(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message: message.slice(0, MAX_MESSAGE_LENGTH) } };
}

/** Reading `senderFrame` can fail once a frame is gone: any doubt means "not trusted". */
function senderUrl(event: unknown): string | null {
  try {
    if (typeof event !== 'object' || event === null) return null;
    const frame = (event as IpcEventLike).senderFrame;
    return frame && typeof frame.url === 'string' ? frame.url : null;
  } catch {
    return null;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

/** Wraps one channel's handler; the result is what `ipcMain.handle` gets. */
export function wrapHandler<S extends z.ZodType, T>(
  def: ChannelHandler<S, T>,
  isTrustedUrl: (url: string) => boolean,
): WrappedHandler<T> {
  return async (event, ...args) => {
    try {
      const url = senderUrl(event);
      if (url === null || !isTrustedUrl(url)) {
        return failure('UNTRUSTED_SENDER', 'This request did not come from the app.');
      }
      // The preload always sends exactly one argument (or none for appInfo).
      if (args.length > 1) {
        return failure('INVALID_PAYLOAD', 'Expected a single request object.');
      }
      const parsed = def.schema.safeParse(args[0]);
      if (!parsed.success) return failure('INVALID_PAYLOAD', describeIssues(parsed.error));
      const value = await def.run(parsed.data, event as IpcEventLike);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof IpcRefusal) return failure(error.code, error.message);
      console.error(`[ipc] ${def.channel} failed`, error);
      return failure('FAILED', 'The operation failed. Please try again.');
    }
  };
}

/** Registers every handler with its wrapper. */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: readonly ChannelHandler[],
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const def of handlers) {
    ipcMain.handle(def.channel, wrapHandler(def, isTrustedUrl));
  }
}
