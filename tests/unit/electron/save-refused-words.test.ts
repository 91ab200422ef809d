// A save main refuses before doing anything (its checks refuse the request, or the window
// asking is not the app's) must not reach the page as a failed write: "choose another folder,
// or check there is space on the disk" cannot help there. Main's answer carries a code; the
// desktop platform keeps it when it throws, and the page's words follow it. A file the disk
// would not take still says why, and every error still has main's message, as callers read.
import { describe, expect, it, vi } from 'vitest';
import { requestRefusalText } from '../../../shared/files/refused-request';
import { writeFailureText } from '../../../shared/files/write-failure';
import { channels, type AscentBridge } from '../../../shared/ipc/contract';
import type { SaveRequest } from '../../../shared/platform';
import {
  copyFailedText,
  fileWriteProblem,
  notSavedText,
} from '../../../renderer/src/components/storage-messages';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';
import { createFileChannels } from '../../../electron/main/ipc/files';
import { wrapHandler } from '../../../electron/main/ipc/handle';
import { isAppUrl } from '../../../electron/main/security';
import { evil, setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

/** The desktop platform over main's real file:save channel, as the preload wires them. */
function desktopOverMain(event: unknown = trusted) {
  const main = setup(tempDir());
  const bridge = {
    saveFile: (req: unknown) => main.call(channels.saveFile, event, req),
  } as unknown as AscentBridge;
  return { platform: createDesktopPlatform(bridge), ...main };
}

const calendar: SaveRequest = {
  suggestedName: 'study-plan.ics',
  mimeType: 'text/calendar',
  filters: [{ name: 'Calendar', extensions: ['ics'] }],
  content: 'BEGIN:VCALENDAR',
};

async function failure(saving: Promise<unknown>): Promise<Error> {
  const error = await saving.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

const wrongAdvice = /another folder, or check there is space|\)\. Try again\.$/;

describe('a save main refuses before doing anything', () => {
  it('keeps the code of a request main’s checks refused, and says so', async () => {
    const { platform, showSaveDialog } = desktopOverMain();
    // An extension main does not accept ("tar.gz" holds a dot): refused before any dialog.
    const error = await failure(
      platform.saveFile({ ...calendar, filters: [{ name: 'Archive', extensions: ['tar.gz'] }] }),
    );
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(error.message).toMatch(/filters/); // main's own message, as callers read it
    expect(notSavedText('The calendar', error)).toBe(
      `The calendar was not saved. ${requestRefusalText.INVALID_PAYLOAD}`,
    );
    expect(copyFailedText('certificate.pdf', error)).toBe(
      `The copy of certificate.pdf was not saved. ${requestRefusalText.INVALID_PAYLOAD}`,
    );
    expect(notSavedText('The calendar', error)).not.toMatch(wrongAdvice);
    expect(copyFailedText('certificate.pdf', error)).not.toMatch(wrongAdvice);
    // Not a write problem: a caller that reads only those (the report, an export) is unchanged.
    expect(fileWriteProblem(error)).toBeNull();
  });

  it('keeps the code of a request from a window that is not the app’s, and says so', async () => {
    const { platform, showSaveDialog } = desktopOverMain(evil);
    const error = await failure(platform.saveFile(calendar));
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(error).toMatchObject({ code: 'UNTRUSTED_SENDER' });
    expect(notSavedText('The calendar', error)).toBe(
      `The calendar was not saved. ${requestRefusalText.UNTRUSTED_SENDER}`,
    );
    expect(copyFailedText('certificate.pdf', error)).not.toMatch(wrongAdvice);
  });
});

describe('a save main tried', () => {
  it('a file the disk would not take still says why, with main’s code', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [save] = createFileChannels({
      dialogs: {
        showSaveDialog: async () => ({ canceled: false, filePath: '/media/usb/plan.ics' }),
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      },
      defaultDir: () => '/home/u',
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    const bridge = {
      saveFile: (req: unknown) => wrapHandler(save, isAppUrl)(trusted, req),
    } as unknown as AscentBridge;
    const error = await failure(createDesktopPlatform(bridge).saveFile(calendar));
    expect(error).toMatchObject({ code: 'FAILED', message: writeFailureText.DISK_FULL });
    expect(notSavedText('The calendar', error)).toBe(
      `The calendar was not saved. ${writeFailureText.DISK_FULL}`,
    );
  });

  it('any other failure reads as before', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [save] = createFileChannels({
      dialogs: {
        showSaveDialog: async () => {
          throw new Error('the dialog crashed');
        },
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      },
      defaultDir: () => '/home/u',
    });
    const bridge = {
      saveFile: (req: unknown) => wrapHandler(save, isAppUrl)(trusted, req),
    } as unknown as AscentBridge;
    const error = await failure(createDesktopPlatform(bridge).saveFile(calendar));
    expect(error).toMatchObject({ code: 'FAILED' });
    expect(notSavedText('The calendar', error)).toBe(
      'The calendar was not saved (The operation failed. Please try again.). Try again.',
    );
    expect(copyFailedText('a.pdf', error)).toMatch(/Choose another folder/);
  });
});
