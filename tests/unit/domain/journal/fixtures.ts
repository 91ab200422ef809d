import type { HeldCredential } from '../../../../shared/domain/credentials';
import type {
  Contact,
  Course,
  EventSession,
  Interaction,
  JournalEvent,
  MediaEntry,
  Membership,
} from '../../../../shared/domain/journal';

export const pmpEarned: HeldCredential = {
  id: 'held-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2025-01-15',
};
export const acpTarget: HeldCredential = {
  id: 'held-acp',
  credentialId: 'pmi-acp',
  stage: 'target',
};

export function course(over: Partial<Course> = {}): Course {
  return {
    id: 'c1',
    title: 'Leading agile teams',
    provider: 'Acme Training',
    format: 'virtual',
    status: 'completed',
    start: '2026-03-01',
    end: '2026-03-04',
    contactHours: 21,
    cost: { amount: 900, currency: 'EUR' },
    link: 'https://example.com/course',
    topic: 'agile',
    split: null,
    notes: '',
    ...over,
  };
}

export function event(over: Partial<JournalEvent> = {}): JournalEvent {
  return {
    id: 'e1',
    name: 'PMO Summit',
    kind: 'conference',
    organiser: 'PMI Netherlands',
    start: '2026-10-05',
    end: '2026-10-06',
    place: 'Utrecht',
    virtual: false,
    cost: null,
    link: '',
    notes: '',
    contactIds: [],
    ...over,
  };
}

export function session(over: Partial<EventSession> = {}): EventSession {
  return {
    id: 's1',
    eventId: 'e1',
    title: 'Benefits realisation',
    speaker: 'R. Diaz',
    hours: 1.5,
    area: 'businessAcumen',
    givenByMe: false,
    ...over,
  };
}

export function media(over: Partial<MediaEntry> = {}): MediaEntry {
  return {
    id: 'm1',
    kind: 'reading',
    title: 'The PMO Handbook',
    author: 'J. Smith',
    date: '2026-06-01',
    hours: 6,
    area: 'waysOfWorking',
    link: '',
    notes: '',
    ...over,
  };
}

export function interaction(over: Partial<Interaction> = {}): Interaction {
  return {
    id: 'i1',
    contactId: 'p1',
    date: '2026-09-01',
    kind: 'mentoring-received',
    notes: '',
    hours: 1,
    area: 'powerSkills',
    followUp: null,
    ...over,
  };
}

export function contact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'p1',
    name: 'Ana Lima',
    organisation: 'Contoso',
    role: 'PMO Director',
    howMet: 'Conference',
    tags: [],
    relation: 'contact',
    since: null,
    until: null,
    notes: '',
    ...over,
  };
}

export function membership(over: Partial<Membership> = {}): Membership {
  return {
    id: 'ms1',
    organisation: 'PMI Netherlands Chapter',
    since: '2024-02-01',
    renewal: '2027-02-01',
    endedOn: null,
    cost: null,
    notes: '',
    ...over,
  };
}
