/**
 * The sample career's learning and network journal: a completed course, last month's regional
 * conference (with its confirmed credit entry), an upcoming conference, a book, a mentor with
 * a follow-up and a chapter membership. Written through the journal repositories, so every
 * row passes the same checks as the user's own.
 */
import { addDays, addMonths, type LocalDate } from '../../../../shared/dates';
import type { Store } from '../../db/database';
import { confirmCredits, saveCourse, saveEvent, saveMedia } from '../../db/repositories/journal';
import {
  saveContact,
  saveInteraction,
  saveMembership,
} from '../../db/repositories/journal-network';

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`The sample ${what} could not be saved.`);
  return result;
}

/**
 * The regional PMO conference attended on `date`: a past event in the journal, as the ladder's
 * "conferences a year" reads them, and its credit entry confirmed from it the way the journal's
 * "Confirm credit" does (confirmCredits: linked by `sourceId`). One entry for the whole day, as
 * a person may make of the sessions' suggestions before confirming; its hours and split are
 * the sessions'.
 */
export async function seedPastConference(
  store: Store,
  today: LocalDate,
  date: LocalDate,
): Promise<void> {
  const event = must(
    await saveEvent(
      store,
      {
        cost: null,
        link: '',
        notes: 'Good ideas for a lighter portfolio report.',
        name: 'Regional PMO conference',
        kind: 'conference',
        organiser: 'PMO forum',
        start: date,
        end: date,
        place: 'Leeds',
        virtual: false,
        contactIds: [],
      },
      [
        {
          title: 'Agile ways of working in the PMO',
          speaker: 'R. Okoye',
          hours: 3,
          area: 'waysOfWorking',
          givenByMe: false,
        },
        {
          title: 'Influencing without authority',
          speaker: 'M. Jansen',
          hours: 3,
          area: 'powerSkills',
          givenByMe: false,
        },
        {
          title: 'Portfolio reports leaders read',
          speaker: 'S. Varga',
          hours: 3,
          area: 'businessAcumen',
          givenByMe: false,
        },
      ],
      { asOf: today },
    ),
    'conference',
  );
  if (!event.ok) return;
  const credit = {
    date,
    title: 'Regional PMO conference',
    provider: 'PMO forum',
    type: 'course-or-training' as const,
    amount: 9,
    unit: 'hours' as const,
    split: { waysOfWorking: 3, powerSkills: 3, businessAcumen: 3 },
    status: 'earned' as const,
  };
  must(await confirmCredits(store, 'events', event.value.id, [credit], today), 'conference credit');
}

export async function seedJournal(store: Store, today: LocalDate): Promise<void> {
  const asOf = today;
  const common = { cost: null, link: '', notes: '' };
  must(
    await saveCourse(
      store,
      {
        ...common,
        title: 'PMO set-up and operations',
        provider: 'Training provider',
        format: 'virtual',
        status: 'completed',
        start: addMonths(today, -3),
        end: addDays(addMonths(today, -3), 4),
        contactHours: 16,
        topic: 'pmo',
        split: null,
        reflection: {
          learned: 'How to size a PMO to the portfolio it serves.',
          apply: 'Propose a lighter reporting cycle for the small projects.',
        },
      },
      { asOf },
    ),
    'course',
  );
  const conference = addDays(today, 21);
  must(
    await saveEvent(
      store,
      {
        ...common,
        name: 'PMO Forum',
        kind: 'conference',
        organiser: 'PMO forum',
        start: conference,
        end: addDays(conference, 1),
        place: 'Manchester',
        virtual: false,
        contactIds: [],
      },
      [
        {
          title: 'Value cases for the PMO',
          speaker: 'A. Patel',
          hours: 1.5,
          area: 'businessAcumen',
          givenByMe: false,
        },
        {
          title: 'Coaching project managers',
          speaker: 'L. Moreau',
          hours: 1,
          area: 'powerSkills',
          givenByMe: false,
        },
      ],
      { asOf },
    ),
    'event',
  );
  must(
    await saveMedia(
      store,
      {
        ...common,
        kind: 'reading',
        title: 'The Lean PMO',
        author: 'J. Smith',
        date: addDays(today, -20),
        hours: 6,
        area: 'waysOfWorking',
      },
      { asOf },
    ),
    'book',
  );
  const mentor = must(
    await saveContact(
      store,
      {
        name: 'Morgan Ellis',
        organisation: 'Brightline Energy',
        role: 'Head of PMO',
        howMet: 'Chapter meeting',
        tags: ['mentor', 'pmo'],
        relation: 'mentor',
        since: addMonths(today, -8),
        until: null,
        notes: '',
      },
      asOf,
    ),
    'contact',
  );
  if (!mentor.ok) return;
  must(
    await saveInteraction(
      store,
      {
        contactId: mentor.value.id,
        date: addDays(today, -9),
        kind: 'mentoring-received',
        notes: 'Talked through the PMI-PMOCP study plan.',
        hours: 1,
        area: 'powerSkills',
        followUp: addDays(today, 5),
      },
      { asOf },
    ),
    'mentoring session',
  );
  must(
    await saveMembership(
      store,
      {
        organisation: 'PMI UK Chapter',
        since: addMonths(today, -20),
        renewal: addMonths(today, 4),
        endedOn: null,
        cost: null,
        notes: '',
      },
      asOf,
    ),
    'membership',
  );
}
