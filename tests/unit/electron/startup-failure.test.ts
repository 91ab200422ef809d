/**
 * The dialog when main fails to start: first a plain sentence (what happened, that nothing was
 * changed), then what to do (start again, restart, reinstall; where the backups are), and the
 * error itself last, as details for a bug report, with the full report in a log file.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STARTUP_LOG_FILE,
  errorSummary,
  showStartupFailure,
  startupFailureText,
  writeStartupLog,
} from '../../../electron/main/startup-failure';

const places = {
  logFile: '/home/sam/.config/Ascent/logs/startup-error.log',
  backupsFolder: '/home/sam/.config/Ascent/backups',
};

describe('startupFailureText', () => {
  const text = startupFailureText(new Error('EACCES: permission denied, open app.asar'), places);

  it('says what happened in plain words, without the error', () => {
    expect(text.title).toBe('Ascent could not start');
    expect(text.message).toBe(
      'Ascent could not start because of an unexpected problem. Nothing was changed: your ' +
        'records are as you left them.',
    );
    expect(text.message).not.toContain('EACCES');
    expect(text.advice).not.toContain('EACCES');
  });

  it('says what to do: start again, restart, reinstall, and where the backups are', () => {
    expect(text.advice).toBe(
      'Start Ascent again. If this happens every time, restart your computer and try once ' +
        'more, then reinstall Ascent (reinstalling keeps your records). Your automatic backups ' +
        'are kept in /home/sam/.config/Ascent/backups; should your records ever be missing, ' +
        'Settings › Backups › Restore brings one back.',
    );
  });

  it('keeps the error as details, last, with where the full report is', () => {
    expect(text.details).toBe(
      'Details, for a bug report: Error: EACCES: permission denied, open app.asar. The full ' +
        'report is saved in /home/sam/.config/Ascent/logs/startup-error.log.',
    );
  });

  it('says no report was saved when the log could not be written, and leaves out unknown folders', () => {
    const bare = startupFailureText('boom', { logFile: null, backupsFolder: null });
    expect(bare.details).toBe('Details, for a bug report: boom. No report could be saved.');
    expect(bare.advice).not.toContain('backups');
  });

  it('does not end the error with a second full stop', () => {
    const done = startupFailureText(new Error('The folder could not be read.'), places);
    expect(done.details).toMatch(
      /^Details, for a bug report: Error: The folder could not be read\. The full/,
    );
  });

  it.each([
    ['an Error', new TypeError('x is not a function'), 'TypeError: x is not a function'],
    ['a string', 'plain text', 'plain text'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['an empty message', new Error(''), 'Error:'],
    ['line breaks and escapes', new Error('one\ntwo\u001b[31m'), 'Error: one two [31m'],
    [
      'an object whose description throws',
      {
        toString() {
          throw new Error('no');
        },
      },
      'an error that could not be described',
    ],
  ])('errorSummary of %s', (_name, error, expected) => {
    expect(errorSummary(error)).toBe(expected);
  });

  it('a very long error is cut short in the dialog', () => {
    const summary = errorSummary(new Error('x'.repeat(5000)));
    expect(summary.length).toBe(300);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('showStartupFailure', () => {
  const text = startupFailureText(new Error('boom'), places);
  const dialog = () => ({ showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) });

  it('once the app is ready: the sentence as the message, advice then details as the detail', () => {
    const d = dialog();
    showStartupFailure(d, true, text);
    expect(d.showErrorBox).not.toHaveBeenCalled();
    expect(d.showMessageBoxSync).toHaveBeenCalledWith({
      type: 'error',
      title: 'Ascent could not start',
      message: text.message,
      detail: `${text.advice}\n\n${text.details}`,
      buttons: ['Quit Ascent'],
      noLink: true,
    });
  });

  it('before ready: the plain error box, the sentence first and the details last', () => {
    const d = dialog();
    showStartupFailure(d, false, text);
    expect(d.showMessageBoxSync).not.toHaveBeenCalled();
    const [title, content] = d.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Ascent could not start');
    expect(content).toBe(`${text.message}\n\n${text.advice}\n\n${text.details}`);
    expect(content.indexOf('boom')).toBeGreaterThan(content.indexOf('Start Ascent again'));
  });

  it('a message box that cannot be shown gives way to the plain error box, and throws nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const d = dialog();
    d.showMessageBoxSync.mockImplementation(() => {
      throw new Error('no display');
    });
    expect(() => showStartupFailure(d, true, text)).not.toThrow();
    expect(d.showErrorBox).toHaveBeenCalledWith(
      'Ascent could not start',
      `${text.message}\n\n${text.advice}\n\n${text.details}`,
    );
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('when no dialog can be shown at all, nothing is thrown (main must still quit)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const d = dialog();
    const fail = () => {
      throw new Error('no display');
    };
    d.showMessageBoxSync.mockImplementation(fail);
    d.showErrorBox.mockImplementation(fail);
    expect(() => showStartupFailure(d, true, text)).not.toThrow();
    expect(() => showStartupFailure(d, false, text)).not.toThrow();
    error.mockRestore();
  });
});

describe('writeStartupLog', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascent-startup-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the full report, stack included, into the logs folder it makes', async () => {
    const error = new Error('The app folder could not be read.');
    const logs = join(dir, 'logs');
    const at = new Date('2026-12-07T08:30:00.000Z');
    const file = writeStartupLog(logs, error, at, '1.4.0');
    expect(file).toBe(join(logs, STARTUP_LOG_FILE));
    const text = await readFile(file!, 'utf8');
    expect(text).toContain('Ascent 1.4.0 could not start at 2026-12-07T08:30:00.000Z');
    expect(text).toContain(error.stack!);
    if (process.platform !== 'win32') expect((await stat(file!)).mode & 0o777).toBe(0o600);
  });

  it('replaces the last report rather than growing', async () => {
    writeStartupLog(dir, new Error('first'), new Date(), '1.4.0');
    const file = writeStartupLog(dir, new Error('second'), new Date(), '1.4.0');
    const text = await readFile(file!, 'utf8');
    expect(text).toContain('second');
    expect(text).not.toContain('first');
  });

  it('answers null, never throws, when the folder cannot be made', async () => {
    const notAFolder = join(dir, 'a-file');
    await writeFile(notAFolder, 'x');
    expect(writeStartupLog(join(notAFolder, 'logs'), new Error('x'), new Date(), '1')).toBeNull();
  });
});
