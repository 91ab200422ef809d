// "Save a copy" of an activity's evidence or a course's certificate suggests the name the file
// had when it was attached, kept as it was. Main refuses many names real files carry on macOS
// and Linux, before any dialog: the desktop platform makes every suggested name one main
// accepts, so the dialog opens (and main's own check stays as strict as it was).
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, type AscentBridge, type IpcResult } from '../../../shared/ipc/contract';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

/** The desktop platform over main's real file channel, as the preload wires them. */
function desktopOverMain() {
  const main = setup(tempDir());
  const bridge = {
    saveFile: (req: unknown) => main.call(channels.saveFile, trusted, req),
  } as unknown as AscentBridge;
  return { platform: createDesktopPlatform(bridge), ...main };
}

const request = { mimeType: 'text/plain', filters: [], content: 'x' };

const suggested = (dialog: { mock: { calls: unknown[][] } }) =>
  (dialog.mock.calls.at(-1)![1] as { defaultPath: string }).defaultPath;

const realNames: [string, string][] = [
  ['PMP certificate 03:2024.pdf', 'PMP certificate 03-2024.pdf'], // "03/2024" in Finder
  ['What is Agile?.pdf', 'What is Agile-.pdf'],
  ['Certificate "PMI-ACP".pdf', 'Certificate -PMI-ACP-.pdf'],
  ['notes *final*.docx', 'notes -final-.docx'],
  ['~scan of certificate.jpg', 'scan of certificate.jpg'],
  ['minutes.', 'minutes'],
  ['CON.pdf', '_CON.pdf'],
  [
    `${'Attendance record of the PMI Global Summit '.repeat(5)}.pdf`, // 220 characters
    `${'Attendance record of the PMI Global Summit '.repeat(5).slice(0, 196).trimEnd()}.pdf`,
  ],
];

describe('a copy of a kept file, under the name it was attached with', () => {
  it.each(realNames)('opens the save dialog for %s', async (name, shown) => {
    const { platform, showSaveDialog } = desktopOverMain();
    const outcome = await platform.saveFile({
      suggestedName: name,
      mimeType: 'application/pdf',
      filters: [],
      content: new Uint8Array([1, 2, 3]),
    });
    expect(outcome).toEqual({ saved: true, fileName: 'out.json' });
    expect(suggested(showSaveDialog)).toBe(join('/home/user/Documents', shown));
  });

  it('suggests an ordinary name as it is', async () => {
    const { platform, showSaveDialog } = desktopOverMain();
    await platform.saveFile({ ...request, suggestedName: 'attendance.pdf' });
    expect(suggested(showSaveDialog)).toBe(join('/home/user/Documents', 'attendance.pdf'));
  });

  it('opens the dialog whatever the name', async () => {
    const { platform, showSaveDialog } = desktopOverMain();
    // Cancelled: only whether main let the dialog open matters here.
    showSaveDialog.mockImplementation(async () => ({ canceled: true, filePath: '' }));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (name) => {
        showSaveDialog.mockClear();
        expect(await platform.saveFile({ ...request, suggestedName: name })).toEqual({
          saved: false,
        });
        expect(showSaveDialog).toHaveBeenCalledTimes(1);
      }),
      { numRuns: 200 },
    );
    // 200 runs through the whole desktop path: seconds on a busy machine, not a hang.
  }, 20_000);

  it('main itself still refuses such a name', async () => {
    const { call, showSaveDialog } = setup(tempDir());
    const result: IpcResult<unknown> = await call(channels.saveFile, trusted, {
      suggestedName: 'What is Agile?.pdf',
      content: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});
