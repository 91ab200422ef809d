/**
 * The web build's notifications (renderer/src/platform/web-notifications.ts). The text goes to
 * the browser as the desktop's IPC contract sends it to the system (plainLine): control
 * characters folded into one plain line and bidirectional controls taken out (Unicode
 * Technical Report #36, "Bidirectional Text Spoofing"). Each reminder has its own tag, so
 * several stay visible; the same reminder shown again replaces itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { webNotifications } from '../../../renderer/src/platform/web-notifications';
import { plainLine } from '../../../shared/ipc/contract';

interface Shown {
  title: string;
  body: string | undefined;
  tag: string | undefined;
}

/** A browser's notification centre: one notification per tag, the latest replacing it. */
function fakeNotificationApi() {
  const shown: Shown[] = [];
  const visible = new Map<string, Shown>();
  let untagged = 0;
  class FakeNotification {
    static permission: NotificationPermission = 'granted';
    static requestPermission = async () => FakeNotification.permission;
    constructor(title: string, options: NotificationOptions = {}) {
      const n = { title, body: options.body, tag: options.tag };
      shown.push(n);
      visible.set(options.tag || `untagged ${untagged++}`, n);
    }
  }
  return { FakeNotification, shown, visible };
}

let api: ReturnType<typeof fakeNotificationApi>;

beforeEach(() => {
  api = fakeNotificationApi();
  vi.stubGlobal('Notification', api.FakeNotification);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('web notifications: the text', () => {
  it('control characters become one space, as at the IPC boundary', async () => {
    const ok = await webNotifications().show(
      'Ascent\treminder\n',
      'Risk workshop\r\n\u0000 — due\u0085in 3 days',
    );
    expect(ok).toBe(true);
    expect(api.shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Ascent reminder', body: 'Risk workshop — due in 3 days' },
    ]);
  });

  it('bidirectional controls are taken out', async () => {
    await webNotifications().show('Ascent \u202ereminder', 'Open notes\u202efdp.exe \u2067x\u2069');
    expect(api.shown[0]?.title).toBe('Ascent reminder');
    expect(api.shown[0]?.body).toBe('Open notesfdp.exe x');
  });

  it.each([
    ['a tab and a line break', 'a\tb\nc'],
    ['an override and an isolate', 'a\u202eb\u2066c\u2069'],
    ['C1 controls', 'a\u0085b\u009fc'],
  ])('the body is what the desktop shows: %s', async (_what, body) => {
    await webNotifications().show('Ascent reminder', body);
    expect(api.shown[0]?.body).toBe(plainLine(body));
  });

  it('a title with nothing left is not shown, as main refuses it', async () => {
    const ok = await webNotifications().show(' \u202e\t\u2069 ', 'x');
    expect(ok).toBe(false);
    expect(api.shown).toEqual([]);
  });
});

describe('web notifications: several reminders', () => {
  it('each reminder stays visible beside the others', async () => {
    const n = webNotifications();
    await n.show('Ascent reminder', 'PMP exam — in 3 days (12 Jun 2025)');
    await n.show('Ascent reminder', 'Risk workshop — tomorrow (10 Jun 2025)');
    await n.show('Ascent reminder', 'Target reached: 35 PDUs.');
    expect([...api.visible.values()].map((v) => v.body)).toEqual([
      'PMP exam — in 3 days (12 Jun 2025)',
      'Risk workshop — tomorrow (10 Jun 2025)',
      'Target reached: 35 PDUs.',
    ]);
  });

  it('the same reminder shown again replaces itself', async () => {
    const n = webNotifications();
    await n.show('Ascent reminder', 'PMP exam — in 3 days (12 Jun 2025)');
    await n.show('Ascent reminder', 'Risk workshop — tomorrow (10 Jun 2025)');
    await n.show('Ascent reminder', 'PMP exam — in 3 days (12 Jun 2025)');
    expect(api.shown).toHaveLength(3);
    expect(api.visible.size).toBe(2);
    expect(api.shown[0]?.tag).toBe(api.shown[2]?.tag);
  });

  it('permission not granted: nothing is shown', async () => {
    api.FakeNotification.permission = 'denied';
    expect(await webNotifications().show('Ascent reminder', 'x')).toBe(false);
    expect(api.shown).toEqual([]);
  });
});
