import { searchFold } from '../../../../shared/text/search';
import { areas as allAreas, type AreaId } from '../routes';

export type CommandGroup = 'Go to' | 'Create' | 'Help' | 'Open';

export interface Command {
  id: string;
  group: CommandGroup;
  label: string;
  /** Other words a person may type for it. */
  keywords?: string;
  /** The area it needs: shown only once that area is ready in routes.ts. */
  area?: AreaId;
  /** Where it goes (a hash route), or a help action run by the palette's owner. */
  href?: string;
  action?: 'shortcuts' | 'about';
  /** A section to bring into view after the move (the id of its heading). */
  focusId?: string;
}

/** Places inside an area that have their own address or section. */
const places: Command[] = [
  {
    id: 'go-experience',
    group: 'Go to',
    label: 'Experience',
    area: 'ladder',
    href: '#/ladder/experience',
    keywords: 'roles jobs',
  },
  {
    id: 'go-education',
    group: 'Go to',
    // The Ladder tab's and the page's own name; its contact hours are found by their words.
    label: 'Education',
    area: 'ladder',
    href: '#/ladder/education',
    keywords: 'degree contact hours',
  },
  {
    id: 'go-eligibility',
    group: 'Go to',
    label: 'Exam eligibility',
    area: 'ladder',
    href: '#/ladder/eligibility',
    keywords: 'pmp capm pgmp',
  },
  {
    id: 'go-skills',
    group: 'Go to',
    label: 'Skills',
    area: 'ladder',
    href: '#/ladder/skills',
    keywords: 'chart assessment',
  },
  {
    id: 'go-report',
    group: 'Go to',
    label: 'Progress report: print or save as PDF',
    area: 'reports',
    href: '#/reports',
    keywords: 'print pdf audit pack',
  },
  {
    id: 'go-import',
    group: 'Go to',
    label: 'Import activities from a spreadsheet',
    area: 'credit-log',
    href: '#/credit-log/import',
    keywords: 'csv',
  },
  {
    id: 'go-settings-profile',
    group: 'Go to',
    label: 'Settings: profile',
    area: 'settings',
    href: '#/settings',
    focusId: 'profile-title',
    keywords: 'rung hours',
  },
  {
    id: 'go-settings-appearance',
    group: 'Go to',
    label: 'Settings: appearance',
    area: 'settings',
    href: '#/settings',
    focusId: 'appearance-title',
    keywords: 'theme dark light',
  },
  {
    id: 'go-settings-backup',
    group: 'Go to',
    label: 'Settings: backups',
    area: 'settings',
    href: '#/settings',
    focusId: 'backup-title',
    keywords: 'export restore',
  },
];

/**
 * "Create anything": each create command with the hash route its screen answers. Commands for
 * areas still being built appear by themselves once the area is marked ready in routes.ts.
 */
export const createCommands: Command[] = [
  {
    id: 'new-activity',
    group: 'Create',
    label: 'New activity',
    area: 'credit-log',
    href: '#/credit-log/new',
    keywords: 'log pdu credit',
  },
  {
    id: 'new-goal',
    group: 'Create',
    label: 'New goal',
    area: 'goals',
    href: '#/goals/new',
    keywords: 'target',
  },
  {
    id: 'new-course',
    group: 'Create',
    label: 'New course',
    area: 'learning',
    href: '#/learning/courses/new',
    focusId: 'course-form-title',
    keywords: 'training class',
  },
  {
    id: 'new-event',
    group: 'Create',
    label: 'New event',
    area: 'learning',
    href: '#/learning/events/new',
    focusId: 'event-form-title',
    keywords: 'conference meetup summit',
  },
  {
    id: 'new-reading',
    group: 'Create',
    label: 'New reading, webinar or podcast',
    area: 'learning',
    href: '#/learning/reading/new',
    focusId: 'media-form-title',
    keywords: 'book article video listening media',
  },
  {
    id: 'new-credential',
    group: 'Create',
    label: 'New credential',
    area: 'credentials',
    href: '#/credentials/new',
    focusId: 'add-credential-title',
    keywords: 'certification certificate earned pmp',
  },
  {
    id: 'new-study-plan',
    group: 'Create',
    label: 'New study plan',
    area: 'study',
    href: '#/study/new',
    keywords: 'exam schedule',
  },
  {
    id: 'new-study-session',
    group: 'Create',
    label: 'New study session',
    area: 'study',
    href: '#/study/sessions/new',
    keywords: 'exam plan',
    focusId: 'log-title',
  },
  {
    id: 'new-contact',
    group: 'Create',
    label: 'New contact',
    area: 'network',
    href: '#/network/contacts/new',
    focusId: 'contact-form-title',
    keywords: 'person mentor mentee network',
  },
  {
    id: 'new-interaction',
    group: 'Create',
    label: 'New interaction',
    area: 'network',
    href: '#/network/interactions/new',
    focusId: 'interaction-form-title',
    keywords: 'meeting call mentoring follow-up network',
  },
  {
    id: 'new-membership',
    group: 'Create',
    label: 'New membership',
    area: 'network',
    href: '#/network/memberships/new',
    focusId: 'membership-form-title',
    keywords: 'association chapter renewal network',
  },
];

const help: Command[] = [
  {
    id: 'help-shortcuts',
    group: 'Help',
    label: 'Keyboard shortcuts',
    action: 'shortcuts',
    keywords: 'keys help',
  },
  {
    id: 'help-about',
    group: 'Help',
    label: 'About Ascent',
    action: 'about',
    keywords: 'version help',
  },
];

interface AreaInfo {
  readonly id: AreaId;
  readonly label: string;
  readonly ready: boolean;
}

/** Every command the palette offers today: all areas, then places and creates in ready areas. */
export function paletteCommands(areas: readonly AreaInfo[] = allAreas): Command[] {
  const ready = new Set(areas.filter((a) => a.ready).map((a) => a.id));
  const goTo: Command[] = areas.map((a) => ({
    id: `go-${a.id}`,
    group: 'Go to',
    label: a.label,
    area: a.id,
    href: `#/${a.id}`,
  }));
  const usable = (c: Command) => c.area === undefined || ready.has(c.area);
  return [...goTo, ...places.filter(usable), ...createCommands.filter(usable), ...help];
}

/**
 * Words of a text, the punctuation of labels ("Settings: backups") not part of them; case and
 * accents aside (searchFold).
 */
const words = (text: string) => searchFold(text).replace(/[:,]/g, ' ').split(/\s+/).filter(Boolean);

/** The commands matching what was typed: every typed word starts a word of the command. */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const typed = words(query);
  if (typed.length === 0) return [...commands];
  return commands.filter((c) => {
    const own = words(`${c.group} ${c.label} ${c.keywords ?? ''}`);
    return typed.every((t) => own.some((w) => w.startsWith(t)));
  });
}

/**
 * Commands by group, each group where its first command is and keeping the commands' order:
 * the palette shows one list per group under the group's name.
 */
export function groupCommands(
  commands: readonly Command[],
): { group: CommandGroup; commands: Command[] }[] {
  const groups = new Map<CommandGroup, Command[]>();
  for (const c of commands) {
    const inGroup = groups.get(c.group);
    if (inGroup) inGroup.push(c);
    else groups.set(c.group, [c]);
  }
  return [...groups].map(([group, inGroup]) => ({ group, commands: inGroup }));
}
