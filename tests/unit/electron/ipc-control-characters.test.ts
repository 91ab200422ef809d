/**
 * Control characters at the IPC boundary (DESIGN.md §6: main validates every payload). A save
 * or open dialog's filter name is the page's own constant, so one with a control character is
 * refused before any dialog opens, with a reason. A notification's text carries the user's
 * titles (an imported spreadsheet may have put a tab or a line break in one): its control
 * characters become a space, so the reminder still shows, as one plain line.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, hasControlCharacter, plainLine } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

/** One of each kind: C0 (NUL, tab, line feed, carriage return, escape), DEL and C1. */
const controls = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b'];
const named = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('dialog filter names', () => {
  it.each(controls.map((c) => [named(c), c]))(
    'a filter name holding %s is refused before any dialog opens',
    async (_name, c) => {
      const { call, showSaveDialog, showOpenDialog } = setup(tempDir());
      const filters = [{ name: `CSV${c}(spreadsheet)`, extensions: ['csv'] }];
      for (const [channel, payload] of [
        [channels.saveFile, { suggestedName: 'log.csv', content: 'a,b', filters }],
        [channels.openFile, { filters }],
      ] as const) {
        const result = await call(channel, trusted, payload);
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
        if (result.ok) continue;
        expect(result.error.message).toContain('filters.0.name');
        expect(result.error.message).toContain('without control characters');
      }
      expect(showSaveDialog).not.toHaveBeenCalled();
      expect(showOpenDialog).not.toHaveBeenCalled();
      expect(await readdir(tempDir())).toEqual([]);
    },
  );

  it('a name with letters of any language, spaces and punctuation passes', async () => {
    const { call, showOpenDialog } = setup(tempDir());
    await writeFile(join(tempDir(), 'in.json'), 'a,b');
    const filters = [{ name: 'Tableur (CSV) — données « brutes »', extensions: ['csv'] }];
    expect(await call(channels.openFile, trusted, { filters })).toMatchObject({ ok: true });
    expect(showOpenDialog).toHaveBeenCalledWith(trusted, { filters });
  });
});

describe('notification text', () => {
  it.each(controls.map((c) => [named(c), c]))(
    'a title and body holding %s are shown as one plain line',
    async (_name, c) => {
      const { call, showNotification } = setup(tempDir());
      const result = await call(channels.notifyShow, trusted, {
        title: `Ascent${c}reminder`,
        body: `PMP exam ${c}${c} — in 3 days`,
      });
      expect(result).toEqual({ ok: true, value: true });
      expect(showNotification).toHaveBeenCalledWith({
        title: 'Ascent reminder',
        body: 'PMP exam — in 3 days',
      });
      const shown = showNotification.mock.calls[0]![0];
      expect(hasControlCharacter(shown.title) || hasControlCharacter(shown.body)).toBe(false);
    },
  );

  it('a title of nothing but control characters and spaces is refused, and says why', async () => {
    const { call, showNotification } = setup(tempDir());
    const result = await call(channels.notifyShow, trusted, {
      title: ' \u0000\u001b\n\u007f ',
      body: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (!result.ok) expect(result.error.message).toMatch(/^title: .*not only .*control/);
    expect(showNotification).not.toHaveBeenCalled();
  });

  it('plain text, accents and emoji are shown as they are', async () => {
    const { call, showNotification } = setup(tempDir());
    const note = { title: 'Rappel d’Ascent', body: 'Révision PMP 📚 — dans 3 jours (1 déc.)' };
    expect(await call(channels.notifyShow, trusted, note)).toEqual({ ok: true, value: true });
    expect(showNotification).toHaveBeenCalledWith(note);
  });
});

describe('plainLine', () => {
  it.each([
    ['a\tb', 'a b'],
    ['a \r\n b', 'a b'],
    ['line one\nline two', 'line one line two'],
    ['\u0000start', ' start'],
    ['end\u009f', 'end '],
    ['no controls at all', 'no controls at all'],
  ])('%j → %j', (text, expected) => {
    expect(plainLine(text)).toBe(expected);
  });
});
