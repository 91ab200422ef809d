/**
 * Malformed requests for the backup and marker channels, used by ipc-payloads.test.ts. Each
 * must be answered with ok:false, without throwing and without touching the disk.
 */
import { channels } from '../../../shared/ipc/contract';

const MAX_BYTES = 512 * 1024 * 1024;
const valid = 'ascent-2026-11-22T10-15-03Z-daily.ascent-backup';
const bytes = () => new Uint8Array([1, 2, 3]);
const write = (extra: Record<string, unknown>) => ({ reason: 'daily', content: bytes(), ...extra });

/** Claims to be one byte over the cap without allocating half a gigabyte. */
function oversizedBytes(): Uint8Array {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_BYTES + 1 });
}

const pathLikeNames = [
  '../x',
  '..',
  '.',
  '',
  'a/b',
  '/etc/passwd',
  '..\\x',
  'C:\\x',
  'C:x',
  'a\u0000b',
  'a'.repeat(201),
  `../${valid}`,
  `${valid}/..`,
  `./${valid}`,
  '%2e%2e%2fx',
  ' ' + valid,
  valid + ' ',
];

const notBackupNames = [
  'storage-marker.json',
  'notes.txt',
  '.ascent-2026-11-22T10-15-03Z-daily.ascent-backup.0123456789ab.tmp',
  'ascent-2026-02-30T10-15-03Z-daily.ascent-backup', // 30 February
  'ascent-2026-11-22T24-00-00Z-daily.ascent-backup',
  'ascent-2026-11-22T10-15-03Z-hourly.ascent-backup',
  'ascent-2026-11-22T10-15-03Z-daily-1.ascent-backup', // sequence 1 is never written out
  'ascent-2026-11-22T10-15-03Z-daily.ascent-backup.bak',
  'ASCENT-2026-11-22T10-15-03Z-daily.ascent-backup',
];

const policy = { daily: 7, weekly: 4, monthly: 12 };

export const badBackupPayloads: Record<
  | typeof channels.backupWrite
  | typeof channels.backupList
  | typeof channels.backupRead
  | typeof channels.markerRead
  | typeof channels.markerWrite,
  [string, unknown][]
> = {
  [channels.backupWrite]: [
    ['undefined', undefined],
    ['an empty object', {}],
    ['no content', { reason: 'daily' }],
    ['no reason', { content: bytes() }],
    ['string content', write({ content: 'backup' })],
    ['numeric content', write({ content: 7 })],
    ['null content', write({ content: null })],
    ['array content', write({ content: [1, 2, 3] })],
    ['array-like content', write({ content: { 0: 1, length: 1 } })],
    ['an ArrayBuffer', write({ content: new ArrayBuffer(3) })],
    ['a Uint16Array', write({ content: new Uint16Array(3) })],
    ['a DataView', write({ content: new DataView(new ArrayBuffer(3)) })],
    ['empty bytes', write({ content: new Uint8Array(0) })],
    ['bytes over the size cap', write({ content: oversizedBytes() })],
    ...['hourly', '', 'DAILY', 'daily ', '../daily', 'restore'].map((reason): [string, unknown] => [
      `reason ${JSON.stringify(reason)}`,
      write({ reason }),
    ]),
    ['a numeric reason', write({ reason: 1 })],
    ['keep null', write({ keep: null })],
    ['keep an array', write({ keep: [7, 4, 12] })],
    ['keep without monthly', write({ keep: { daily: 7, weekly: 4 } })],
    ['keep with an extra period', write({ keep: { ...policy, yearly: 2 } })],
    ['keep no daily backup', write({ keep: { ...policy, daily: 0 } })],
    ['keep negative weeks', write({ keep: { ...policy, weekly: -1 } })],
    ['keep fractional days', write({ keep: { ...policy, daily: 1.5 } })],
    ['keep days as a string', write({ keep: { ...policy, daily: '7' } })],
    ['keep NaN months', write({ keep: { ...policy, monthly: NaN } })],
    ['keep too many months', write({ keep: { ...policy, monthly: 1201 } })],
    ['keep infinite days', write({ keep: { ...policy, daily: Infinity } })],
    ['keep too many days', write({ keep: { ...policy, daily: 366 } })],
    ['keep negative months', write({ keep: { ...policy, monthly: -12 } })],
    ['keep as a string', write({ keep: 'none' })],
    ['keep as a number', write({ keep: 0 })],
    ['keep with a floor override', write({ keep: { ...policy, floor: false } })],
    ['an extra file name', write({ fileName: '../../x' })],
    ['an extra path', write({ path: '/etc/passwd' })],
  ],
  [channels.backupList]: [
    ['an empty object', {}],
    ['a folder', { folder: '/etc' }],
    ['a traversal string', '../..'],
  ],
  [channels.backupRead]: [
    ['undefined', undefined],
    ['an empty object', {}],
    ['a numeric name', { fileName: 5 }],
    ['bytes as a name', { fileName: new Uint8Array([46, 46]) }],
    ['an array of names', { fileName: [valid] }],
    ['an extra folder', { fileName: valid, folder: '/' }],
    ...[...pathLikeNames, ...notBackupNames].map((fileName): [string, unknown] => [
      `name ${JSON.stringify(fileName.length > 60 ? `${fileName.slice(0, 20)}…` : fileName)}`,
      { fileName },
    ]),
  ],
  [channels.markerRead]: [
    ['an empty object', {}],
    ['a path', { path: '../storage-marker.json' }],
  ],
  [channels.markerWrite]: [
    ['undefined', undefined],
    ['an empty object', {}],
    ['no appVersion', { hasRecords: true, updatedAt: '2026-11-22T10:15:03Z' }],
    ['hasRecords as a string', { hasRecords: 'yes', updatedAt: 'x', appVersion: '1' }],
    ['hasRecords as a number', { hasRecords: 1, updatedAt: 'x', appVersion: '1' }],
    ['a numeric updatedAt', { hasRecords: true, updatedAt: Date.now(), appVersion: '1' }],
    ['an overlong updatedAt', { hasRecords: true, updatedAt: 'x'.repeat(41), appVersion: '1' }],
    ['an overlong appVersion', { hasRecords: true, updatedAt: 'x', appVersion: '1'.repeat(41) }],
    ['an extra key', { hasRecords: true, updatedAt: 'x', appVersion: '1', path: '/etc/passwd' }],
  ],
};

/** A valid request per channel, for the untrusted-sender check. */
export const validBackupPayloads = {
  [channels.backupWrite]: { reason: 'manual', content: new Uint8Array([1]) },
  [channels.backupList]: undefined,
  [channels.backupRead]: { fileName: valid },
  [channels.markerRead]: undefined,
  [channels.markerWrite]: { hasRecords: true, updatedAt: '2026-11-22T10:15:03Z', appVersion: '1' },
};
