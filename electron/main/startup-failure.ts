/**
 * When main itself fails to start, before any window exists, the person sees one dialog and
 * nothing else. It says in plain words what happened and what to do; the error itself, which
 * means nothing to most people but everything to a bug report, comes last, and in full (with
 * its stack) in a log file beside the app's data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StartupFailureText {
  title: string;
  /** What happened, in one or two plain sentences. */
  message: string;
  /** What to do. */
  advice: string;
  /** The technical part: the error in brief, and where the full report is. */
  details: string;
}

export interface StartupFailurePlaces {
  /** The log file the full report was written to; null when it could not be written. */
  logFile: string | null;
  /** The automatic-backup folder; null when not known. */
  backupsFolder: string | null;
}

/** Longest error text the dialog shows; the log file has all of it. */
const MAX_ERROR_TEXT = 300;

/** An error in one line: "TypeError: x is not a function", without control characters. */
export function errorSummary(error: unknown): string {
  let text: string;
  try {
    text =
      error instanceof Error
        ? `${error.name}: ${error.message}`
        : typeof error === 'string'
          ? error
          : String(error);
  } catch {
    text = 'an error that could not be described';
  }
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim() || 'no description';
  return line.length > MAX_ERROR_TEXT ? `${line.slice(0, MAX_ERROR_TEXT - 1)}…` : line;
}

/** A full stop after `text`, unless it already ends a sentence. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The dialog's words for a start-up that failed with `error`. Pure. */
export function startupFailureText(
  error: unknown,
  places: StartupFailurePlaces,
): StartupFailureText {
  const backups = places.backupsFolder
    ? ` Your automatic backups are kept in ${places.backupsFolder}; should your records ever ` +
      'be missing, Settings › Backups › Restore brings one back.'
    : '';
  const report = places.logFile
    ? ` The full report is saved in ${places.logFile}.`
    : ' No report could be saved.';
  return {
    title: 'Ascent could not start',
    message:
      'Ascent could not start because of an unexpected problem. Nothing was changed: your ' +
      'records are as you left them.',
    advice:
      'Start Ascent again. If this happens every time, restart your computer and try once more, ' +
      `then reinstall Ascent (reinstalling keeps your records).${backups}`,
    details: `Details, for a bug report: ${sentence(errorSummary(error))}${report}`,
  };
}

export interface StartupFailureDialog {
  showErrorBox(title: string, content: string): void;
  showMessageBoxSync(options: {
    type: 'error';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    noLink: boolean;
  }): number;
}

/**
 * Shows the words: once the app is ready, as a message box whose smaller secondary text holds
 * the advice and, last, the details; before then only the plain error box can be shown, with
 * the same parts one after another. A message box that cannot be shown gives way to the plain
 * box. Never throws: main quits right after, and a throw here would leave it running with no
 * window, holding the single-instance lock, so that Ascent could not be started again.
 */
export function showStartupFailure(
  dialog: StartupFailureDialog,
  appReady: boolean,
  text: StartupFailureText,
): void {
  if (appReady) {
    try {
      dialog.showMessageBoxSync({
        type: 'error',
        title: text.title,
        message: text.message,
        detail: `${text.advice}\n\n${text.details}`,
        buttons: ['Quit Ascent'],
        noLink: true,
      });
      return;
    } catch (error) {
      console.error('[main] the start-up failure message box could not be shown', error);
    }
  }
  try {
    dialog.showErrorBox(text.title, `${text.message}\n\n${text.advice}\n\n${text.details}`);
  } catch (error) {
    console.error('[main] the start-up failure could not be shown', error);
  }
}

export const STARTUP_LOG_FILE = 'startup-error.log';

/**
 * Writes the full report (time, version, the error with its stack) to `startup-error.log` in
 * `logsDir`, replacing the last one, readable by the user only. Synchronous: the process ends
 * right after. Answers the file's path, or null when it could not be written (the dialog then
 * says so; the failure must never stop the dialog from showing).
 */
export function writeStartupLog(
  logsDir: string,
  error: unknown,
  at: Date,
  appVersion: string,
): string | null {
  try {
    const file = join(logsDir, STARTUP_LOG_FILE);
    let stack: string;
    try {
      stack = error instanceof Error ? (error.stack ?? errorSummary(error)) : String(error);
    } catch {
      stack = errorSummary(error);
    }
    mkdirSync(logsDir, { recursive: true, mode: 0o700 });
    writeFileSync(
      file,
      `Ascent ${appVersion} could not start at ${at.toISOString()}\n\n${stack}\n`,
      { mode: 0o600 },
    );
    return file;
  } catch {
    return null;
  }
}
