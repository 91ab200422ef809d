/**
 * Bidirectional controls in a notification's text (DESIGN.md §6: main validates every
 * payload). The embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 are
 * invisible and reorder what is shown around them: "Exam in 3 days" with a right-to-left
 * override before "3 days" is drawn as "Exam in syad 3", and a title can be made to read as
 * another (Unicode Technical Report #36, "Bidirectional Text Spoofing"). They are removed at
 * the IPC boundary, with the control characters already folded there; the reminder still
 * shows, and text in a right-to-left script is shown as it is.
 */
import { describe, expect, it } from 'vitest';
import { channels, plainLine } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

const bidi = [
  ['LRE', '\u202a'],
  ['RLE', '\u202b'],
  ['PDF', '\u202c'],
  ['LRO', '\u202d'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['RLI', '\u2067'],
  ['FSI', '\u2068'],
  ['PDI', '\u2069'],
] as const;

describe('notification text with bidirectional controls', () => {
  it.each(bidi)('%s is removed from the title and the body', async (_name, c) => {
    const { call, showNotification } = setup(tempDir());
    const result = await call(channels.notifyShow, trusted, {
      title: `PMP exam in ${c}3 days${c}`,
      body: `${c}Risk ${c}workshop\u2069 — Tuesday`,
    });
    expect(result).toEqual({ ok: true, value: true });
    expect(showNotification).toHaveBeenCalledWith({
      title: 'PMP exam in 3 days',
      body: 'Risk workshop — Tuesday',
    });
  });

  it('an override spoofing a file name reads as what it is', async () => {
    const { call, showNotification } = setup(tempDir());
    await call(channels.notifyShow, trusted, {
      title: 'Reminder',
      body: 'Open notes\u202egpj.exe',
    });
    expect(showNotification).toHaveBeenCalledWith({
      title: 'Reminder',
      body: 'Open notesgpj.exe',
    });
  });

  it('a title of nothing but bidirectional controls and spaces is refused', async () => {
    const { call, showNotification } = setup(tempDir());
    const result = await call(channels.notifyShow, trusted, {
      title: ' \u202e\u2066 \u2069\u202c ',
      body: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(showNotification).not.toHaveBeenCalled();
  });
});

describe('plainLine and bidirectional controls', () => {
  it.each([
    ['a\u202eb', 'ab'],
    ['\u2067שלום\u2069 PMP', 'שלום PMP'],
    ['\u202b\u202a\u202d\u202c', ''],
    // Removed first, so a control character beside one still folds with its spaces.
    ['a \u202e\t\u2066 b', 'a b'],
  ])('%j → %j', (text, expected) => {
    expect(plainLine(text)).toBe(expected);
  });
});
