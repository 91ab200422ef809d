/**
 * Characters that are not text to show: control characters, and the invisible bidirectional
 * controls that reorder what is shown around them. One definition for every boundary that
 * passes the user's text on: the IPC contract (notifications, dialog filters), the web
 * build's notifications, suggested save names and the names inside an audit pack.
 */

/**
 * Control characters (Unicode's Cc: C0, DEL and C1): a tab, a line break, NUL, an escape. None
 * belongs in a name a dialog shows or in a notification's text: a system dialog or notification
 * centre may cut the text at a NUL, break its layout at a line break, or refuse it outright.
 */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const controlRun = / *[\u0000-\u001f\u007f-\u009f]+ */g;

export const hasControlCharacter = (text: string): boolean => controlCharacter.test(text);

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible,
 * they change the order the characters around them are shown in, so a title can read as
 * something other than what it is, and "notes\u202Efdp.exe" shows as "notesexe.pdf" (Unicode
 * Technical Report #36, "Unicode Security Considerations", §2.1 "Bidirectional Text Spoofing";
 * the characters: Unicode Standard Annex #9, "Unicode Bidirectional Algorithm"). Text in a
 * right-to-left language still reads in its own order without them.
 */
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/;
const bidiControls = new RegExp(bidiControl.source, 'g');

export const hasBidiControl = (text: string): boolean => bidiControl.test(text);

/** `text` without its bidirectional controls (hasBidiControl); nothing else changes. */
export const withoutBidiControls = (text: string): string => text.replace(bidiControls, '');

/**
 * A notification's text as one plain line, with nothing hidden that reorders it: bidirectional
 * controls go, then each run of control characters (with the spaces around it) becomes one
 * space. Reminder text carries the user's own titles, which an imported spreadsheet may have
 * brought tabs or line breaks into; refusing those would only mean the reminder never shows.
 */
export const plainLine = (text: string): string =>
  withoutBidiControls(text).replace(controlRun, ' ');
