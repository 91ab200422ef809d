/**
 * Names Windows reads as a device, not a file, in any folder: CON, PRN, AUX, NUL, COM0–9 and
 * LPT0–9, also with a superscript digit (COM¹, COM², COM³, LPT¹, LPT², LPT³: Windows counts
 * ¹²³ as digits there), and the console's CONIN$ and CONOUT$. Any case, with or without an
 * extension ("nul.txt" and "nul.tar.gz" are both NUL), and with spaces before the dot or at
 * the end ("CON .txt", "CON "), which Windows drops. Opening `…\nul.js` opens the NUL device,
 * and `COM1` a serial port.
 *
 * Source: Microsoft, "Naming Files, Paths, and Namespaces" (Win32 file naming conventions);
 * CONIN$ and CONOUT$: Microsoft, "CreateFile function", Consoles.
 *
 * One rule for every place that names a file on the user's disk or serves one from the app's
 * folder: the app:// protocol (electron/main/protocol.ts) and suggested save names
 * (suggested-name.ts).
 */
const deviceName =
  /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)$/i;

/** Whether Windows would read the file name `name` (one path segment) as a device. */
export function isWindowsDeviceName(name: string): boolean {
  const base = name.split('.', 1)[0] ?? '';
  return deviceName.test(base.replace(/ +$/, ''));
}
