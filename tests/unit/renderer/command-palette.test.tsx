import { describe, expect, it } from 'vitest';
import {
  createCommands,
  groupCommands,
  matchCommands,
  paletteCommands,
  type Command,
} from '../../../renderer/src/app/command-palette/commands';
import {
  isTyping,
  modifierKey,
  shortcutGroups,
} from '../../../renderer/src/app/command-palette/shortcuts';
import type { AreaId } from '../../../renderer/src/app/routes';

const area = (id: AreaId, ready: boolean) => ({ id, label: id, ready });
const allReady = (
  [
    'dashboard',
    'credentials',
    'credit-log',
    'learning',
    'study',
    'goals',
    'network',
    'ladder',
    'reports',
    'settings',
  ] as const
).map((id) => area(id, true));

describe('paletteCommands', () => {
  it('lists every area, ready or not, to go to', () => {
    const ids = paletteCommands([area('dashboard', true), area('study', false)]).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['go-dashboard', 'go-study']));
  });

  it.each([
    ['learning', ['new-course', 'new-event']],
    ['study', ['new-study-plan', 'new-study-session']],
    ['network', ['new-contact', 'new-interaction', 'new-membership']],
    ['credit-log', ['new-activity']],
    ['goals', ['new-goal']],
    ['credentials', ['new-credential']],
  ] as const)('offers the create commands of %s only once the area is ready', (id, creates) => {
    const others = allReady.filter((a) => a.id !== id);
    const without = paletteCommands([...others, area(id, false)]).map((c) => c.id);
    const withIt = paletteCommands(allReady).map((c) => c.id);
    for (const c of creates) {
      expect(without).not.toContain(c);
      expect(withIt).toContain(c);
    }
  });

  it('gives every create command a hash route inside its own area', () => {
    for (const c of createCommands)
      expect(c.href).toMatch(new RegExp(`^#/${c.area}/[a-z/-]+/?new$|^#/${c.area}/new$`));
  });

  it('has no two commands with the same id', () => {
    const ids = paletteCommands(allReady).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('matchCommands', () => {
  const commands = paletteCommands(allReady);
  it.each([
    ['', commands.length],
    ['new act', 1],
    ['NEW ACT', 1],
    ['credit', 2],
    ['csv', 1],
    ['theme', 1],
    ['zzz', 0],
    // Typed as listed, punctuation and all.
    ['Settings: backups', 1],
    ['print', 1],
    ['pdf', 1],
  ])('“%s” matches %i command(s)', (query, count) => {
    expect(matchCommands(commands, query)).toHaveLength(count);
  });

  it.each([
    ['new study plan', '#/study/new'],
    ['new contact', '#/network/contacts/new'],
    ['mentor', '#/network/contacts/new'],
    ['new interaction', '#/network/interactions/new'],
    ['follow', '#/network/interactions/new'],
    ['new membership', '#/network/memberships/new'],
    ['webinar', '#/learning/reading/new'],
    ['podcast', '#/learning/reading/new'],
    ['conference', '#/learning/events/new'],
  ])('“%s” chooses the create command going to %s first', (query, href) => {
    expect(matchCommands(commands, query)[0]?.href).toBe(href);
  });

  it('matches the start of words, not the middle', () => {
    expect(matchCommands(commands, 'ctivity')).toHaveLength(0);
    expect(matchCommands(commands, 'new act')[0]!.href).toBe('#/credit-log/new');
  });
});

describe('groupCommands', () => {
  const c = (id: string, group: Command['group']): Command => ({ id, group, label: id });

  it('keeps each group where its first command is, and the commands’ order inside it', () => {
    const grouped = groupCommands([
      c('a', 'Go to'),
      c('b', 'Create'),
      c('c', 'Go to'),
      c('d', 'Open'),
      c('e', 'Create'),
    ]);
    expect(grouped.map((g) => [g.group, g.commands.map((x) => x.id)])).toEqual([
      ['Go to', ['a', 'c']],
      ['Create', ['b', 'e']],
      ['Open', ['d']],
    ]);
  });

  it('gives the palette’s commands their groups in the order Go to, Create, Help', () => {
    expect(groupCommands(paletteCommands(allReady)).map((g) => g.group)).toEqual([
      'Go to',
      'Create',
      'Help',
    ]);
  });
});

describe('shortcuts', () => {
  it('names the platform modifier', () => {
    expect(modifierKey('MacIntel')).toBe('⌘');
    expect(modifierKey('Win32')).toBe('Ctrl');
    expect(modifierKey('Linux x86_64')).toBe('Ctrl');
  });

  it('lists the palette and help shortcuts with the modifier', () => {
    const keys = shortcutGroups('Ctrl').flatMap((g) => g.shortcuts.map((s) => s.keys));
    expect(keys).toEqual(expect.arrayContaining(['Ctrl+K', '?', 'Escape']));
  });

  it.each([
    ['input', 'text', true],
    ['input', 'search', true],
    ['input', 'checkbox', false],
    ['textarea', '', true],
    ['select', '', true],
    ['button', '', false],
  ])('a key in a %s (%s) is typing: %s', (tag, type, typing) => {
    const el = document.createElement(tag);
    if (type) el.setAttribute('type', type);
    expect(isTyping(el)).toBe(typing);
  });
});
