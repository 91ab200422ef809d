import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import type { ChannelName } from '../../../electron/main/ipc/handle';
import { badBackupPayloads, validBackupPayloads } from './ipc-bad-backup-payloads';
import { evil, setup, trusted, useTempDir } from './ipc-fixture';
import { badReportPdfPayloads, validReportPdfPayload } from './ipc-report-pdf-payloads';
import { badNotifyPayloads, validNotifyPayload } from './ipc-notify-payloads';

const tempDir = useTempDir();

const huge = 'x'.repeat(100_000);
const commonBad: [string, unknown][] = [
  ['null', null],
  ['zero', 0],
  ['a number', 42],
  ['NaN', NaN],
  ['true', true],
  ['a string', 'hello'],
  ['a huge string', huge],
  ['an array', [1, 2]],
  ['a function-like object', { then: 'x' }],
  ['a polluted prototype', JSON.parse('{"__proto__": {"polluted": true}}')],
];

const badByChannel: Record<ChannelName, [string, unknown][]> = {
  [channels.appInfo]: [...commonBad, ['an empty object', {}], ['an object', { a: 1 }]],
  [channels.saveFile]: [
    ['undefined', undefined],
    ...commonBad,
    ['an empty object', {}],
    ['no content', { suggestedName: 'a.json' }],
    ['an extra key', { suggestedName: 'a.json', content: 'x', path: '/etc/passwd' }],
    ['a numeric name', { suggestedName: 7, content: 'x' }],
    ['an empty name', { suggestedName: '', content: 'x' }],
    ['a huge name', { suggestedName: huge, content: 'x' }],
    ...[
      '../x.json',
      '/etc/passwd',
      'a/b.json',
      'C:\\x.json',
      '..\\..\\x',
      '..',
      '.',
      'C:evil.json',
      'CON',
      'nul.txt',
      'file\u0000.txt',
      'tab\tname',
      '~x.json',
      'trailing.',
      'a:b',
      'what?.json',
    ].map((name): [string, unknown] => [
      `name ${JSON.stringify(name)}`,
      { suggestedName: name, content: 'x' },
    ]),
    ['numeric content', { suggestedName: 'a.json', content: 5 }],
    ['null content', { suggestedName: 'a.json', content: null }],
    ['object content', { suggestedName: 'a.json', content: { a: 1 } }],
    ['array content', { suggestedName: 'a.json', content: [1, 2, 3] }],
    ['filters not an array', { suggestedName: 'a.json', content: 'x', filters: 'json' }],
    [
      'a filter extension path',
      { suggestedName: 'a.json', content: 'x', filters: [{ name: 'J', extensions: ['../x'] }] },
    ],
    [
      'a filter without extensions',
      { suggestedName: 'a.json', content: 'x', filters: [{ name: 'J', extensions: [] }] },
    ],
    [
      'too many filters',
      {
        suggestedName: 'a.json',
        content: 'x',
        filters: Array(11).fill({ name: 'J', extensions: ['json'] }),
      },
    ],
  ],
  [channels.openFile]: [
    ...commonBad,
    ['an extra key', { path: '/etc/passwd' }],
    ['negative maxBytes', { maxBytes: -1 }],
    ['zero maxBytes', { maxBytes: 0 }],
    ['fractional maxBytes', { maxBytes: 1.5 }],
    ['string maxBytes', { maxBytes: '10' }],
    ['NaN maxBytes', { maxBytes: NaN }],
    ['infinite maxBytes', { maxBytes: Infinity }],
    ['enormous maxBytes', { maxBytes: 2 ** 40 }],
    ['filters not an array', { filters: { name: 'x' } }],
    ['a bad filter', { filters: [{ name: 5, extensions: ['json'] }] }],
  ],
  [channels.openExternal]: [
    ['undefined', undefined],
    ...commonBad,
    ['an empty object', {}],
    ['a numeric url', { url: 1 }],
    ['an extra key', { url: 'https://example.com/', options: { activate: true } }],
    ['a huge url', { url: `https://example.com/${huge}` }],
    ...[
      'javascript:alert(1)',
      'http://example.com/',
      'file:///etc/passwd',
      'file://C:/Windows/x.exe',
      'data:text/html,hi',
      'app://ascent/',
      'mailto:a@b.c',
      'smb://host/share',
      'https://user:pw@example.com/',
      ' https://example.com/',
      'example.com',
      '',
    ].map((url): [string, unknown] => [`url ${JSON.stringify(url)}`, { url }]),
  ],
  // Backup and marker tables live in their own module; undefined is the one valid request of
  // backup:list and marker:read, so it is listed per channel rather than in commonBad.
  [channels.backupWrite]: [...commonBad, ...badBackupPayloads[channels.backupWrite]],
  [channels.backupList]: [...commonBad, ...badBackupPayloads[channels.backupList]],
  [channels.backupRead]: [...commonBad, ...badBackupPayloads[channels.backupRead]],
  [channels.markerRead]: [...commonBad, ...badBackupPayloads[channels.markerRead]],
  [channels.markerWrite]: [...commonBad, ...badBackupPayloads[channels.markerWrite]],
  [channels.reportPrintPdf]: [...commonBad, ...badReportPdfPayloads],
  [channels.notifyShow]: [...commonBad, ...badNotifyPayloads],
};

describe.each(Object.values(channels))('channel %s', (channel) => {
  it.each(badByChannel[channel])(
    'answers ok:false for %s, never throws, touches nothing',
    async (_name, payload) => {
      const { call, showSaveDialog, showOpenDialog, openExternal } = setup(tempDir());
      const result = await call(channel, trusted, payload);
      expect(result.ok).toBe(false);
      // The new channels refuse at validation, before any file is looked at.
      if (channel in badBackupPayloads) {
        expect(result).toMatchObject({ error: { code: 'INVALID_PAYLOAD' } });
      }
      expect(showSaveDialog).not.toHaveBeenCalled();
      expect(showOpenDialog).not.toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
      // No backup folder, no marker, no temporary file: a refused request writes nothing.
      expect(await readdir(tempDir())).toEqual([]);
    },
  );

  it('refuses an untrusted sender even with a valid payload', async () => {
    const { call, showSaveDialog, showOpenDialog, openExternal } = setup(tempDir());
    const valid = {
      [channels.appInfo]: undefined,
      [channels.saveFile]: { suggestedName: 'a.json', content: 'x' },
      [channels.openFile]: {},
      [channels.openExternal]: { url: 'https://example.com/' },
      ...validBackupPayloads,
      [channels.reportPrintPdf]: validReportPdfPayload,
      [channels.notifyShow]: validNotifyPayload,
    }[channel];
    for (const event of [evil, undefined, { senderFrame: null }]) {
      expect(await call(channel, event, valid)).toMatchObject({
        ok: false,
        error: { code: 'UNTRUSTED_SENDER' },
      });
    }
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
    expect(await readdir(tempDir())).toEqual([]);
  });
});
