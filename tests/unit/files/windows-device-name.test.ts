// Names Windows reads as a device, not a file (shared/files/windows-device-name.ts). Source:
// Microsoft, "Naming Files, Paths, and Namespaces": CON, PRN, AUX, NUL, COM0–9, LPT0–9 and
// COM¹²³, LPT¹²³ are reserved in every folder, also followed by an extension ("NUL.txt" and
// "NUL.tar.gz" are both NUL); CONIN$ and CONOUT$ name the console (CreateFile). One rule for
// the app:// protocol (tests/unit/electron/protocol-device-names.test.ts) and for suggested
// save names (suggested-name.test.ts).
import { describe, expect, it } from 'vitest';
import { isWindowsDeviceName } from '../../../shared/files/windows-device-name';

const devices = [
  'CON',
  'con',
  'PRN',
  'AUX',
  'NUL',
  'nul',
  ...Array.from({ length: 10 }, (_, i) => `COM${i}`),
  ...Array.from({ length: 10 }, (_, i) => `LPT${i}`),
  'com0',
  'Lpt0',
  'COM¹',
  'COM²',
  'COM³',
  'LPT¹',
  'LPT²',
  'lpt³',
  'CONIN$',
  'conout$',
];

describe('isWindowsDeviceName', () => {
  it.each(devices)('%s: alone, with any extension, with spaces before the dot', (name) => {
    for (const segment of [
      name,
      `${name}.js`,
      `${name}.txt`,
      `${name}.tar.gz`,
      `${name}.`,
      `${name} `,
      `${name} .txt`,
      `${name}   .tar.gz`,
    ]) {
      expect(isWindowsDeviceName(segment), segment).toBe(true);
    }
  });

  it.each([
    'console.js',
    'conf.json',
    'CONFERENCE.pdf',
    'auxiliary.css',
    'null.js',
    'nully',
    'com10.js',
    'lpt10',
    'COM⁴.txt',
    'COM¹⁰',
    'com',
    'COM1a.js',
    'my-con.js',
    '_CON.pdf',
    'CON-notes.txt',
    'conin',
    'index.html',
    '.env',
    '.con',
    '',
  ])('%j is an ordinary name', (segment) => {
    expect(isWindowsDeviceName(segment)).toBe(false);
  });
});
