/**
 * Repositories of the learning journal (issue 6 parts 1–3): courses with their certificate
 * file, events with their sessions, and reading, webinars and podcasts.
 */
import {
  type CreditSuggestion,
  validateCourse,
  validateEvent,
  validateMedia,
  type Course,
  type EventSession,
  type JournalEvent,
  type MediaEntry,
} from '../../../../shared/domain/journal';
import { EVIDENCE_BUDGET_BYTES, exceedsEvidenceBudget } from '../../../../shared/backup-limits';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import type { Store } from '../database';
import { StorageError } from '../errors';
import { budgetBytesUsed } from './activities';
import {
  deleteEntry,
  saveEntry,
  type DeletedEntry,
  type Input,
  type SaveOptions,
  type Stamped,
} from './journal-entries';

/**
 * The credit suggestions of an entry (courseCredits and friends with the held credentials):
 * given, a save that changes nothing they come from leaves the credit entries as they are and
 * needs no answer.
 */
export type Derive<T> = (entry: T) => readonly CreditSuggestion[];
import type { JournalSaved } from './journal-links';

export type CourseRow = Course & Stamped;
export type EventRow = JournalEvent & Stamped;
export type SessionRow = EventSession & Stamped;
export type MediaRow = MediaEntry & Stamped;

/** A file kept with an entry (a course's certificate), as bytes like the credit log's evidence. */
export interface AttachmentRow {
  id: string;
  ownerId: string;
  name: string;
  mimeType: string;
  size: number;
  data: Uint8Array;
  addedAt: string;
}

export interface AttachmentInput {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

/** Certificates are kept inside the database; a larger file is refused with a clear message. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const rows = <T>(store: Store, name: string) => store.db.table<T, string>(name);

/**
 * A course's or a reading's title as it is kept: without the spaces typed or pasted around it
 * (they would show in the lists, the search and the credit entry's title). Trimmed here, at the
 * save, so every caller keeps the same; a title of spaces only is then empty, which the domain
 * refuses as REQUIRED like an empty one.
 */
function trimmedTitle<T extends { title: string }>(input: T): T {
  return typeof input.title === 'string' ? { ...input, title: input.title.trim() } : input;
}

export const listCourses = (store: Store) => rows<CourseRow>(store, 'courses').toArray();
export const listEvents = (store: Store) => rows<EventRow>(store, 'events').toArray();
/** Completed courses (the `status` index), in the order listCourses gives them. */
export const listCompletedCourses = (store: Store) =>
  rows<CourseRow>(store, 'courses').where('status').equals('completed').sortBy('id');
export const listSessions = (store: Store) => rows<SessionRow>(store, 'eventSessions').toArray();
export const listMedia = (store: Store) => rows<MediaRow>(store, 'media').toArray();

/** Attachments of every owner, without their bytes' copies beyond what IndexedDB returns. */
export async function listAttachments(store: Store, ownerId: string): Promise<AttachmentRow[]> {
  return rows<AttachmentRow>(store, 'attachments').where('ownerId').equals(ownerId).toArray();
}

/**
 * The owners that have a file kept with them (the courses with a certificate), read from the
 * `ownerId` index alone: a list of hundreds of courses never loads a certificate's bytes.
 */
export async function attachmentOwners(store: Store): Promise<Set<string>> {
  const keys = await rows<AttachmentRow>(store, 'attachments').orderBy('ownerId').keys();
  return new Set(keys.map(String));
}

/** A course's certificate with its bytes, read only when the user asks for a copy. */
export async function readCertificate(
  store: Store,
  courseId: string,
): Promise<AttachmentRow | undefined> {
  return rows<AttachmentRow>(store, 'attachments').where('ownerId').equals(courseId).first();
}

function attachmentErrors(file: AttachmentInput | undefined) {
  if (!file) return [];
  if (file.data.byteLength === 0) return [{ field: 'certificate', code: 'FILE_EMPTY' }];
  if (file.data.byteLength > ATTACHMENT_MAX_BYTES)
    return [{ field: 'certificate', code: 'FILE_TOO_LARGE' }];
  return [];
}

/** Thrown inside the save's transaction to undo it: the certificate is past the budget. */
class OverBudget extends Error {
  constructor(readonly error: FieldError) {
    super('The certificate would take the files kept past the budget');
  }
}

/**
 * Throws OverBudget when `file`, replacing the course's certificate, would take the files kept
 * (evidence and certificates, budgetBytesUsed) past the budget. Read in the save's transaction,
 * so a save in another window cannot slip in between. `actual`: the bytes stored, less the
 * certificate it replaces (`freed`); `expected`: the budget.
 */
async function checkBudget(store: Store, ownerId: string, file: AttachmentInput, budget: number) {
  let freed = 0;
  await rows<AttachmentRow>(store, 'attachments')
    .where('ownerId')
    .equals(ownerId)
    .each((r) => {
      freed += r.size;
    });
  const stored = (await budgetBytesUsed(store)) - freed;
  if (exceedsEvidenceBudget(stored, file.data.byteLength, budget))
    throw new OverBudget({
      field: 'certificate',
      code: 'TOTAL_TOO_LARGE',
      actual: stored,
      expected: budget,
    });
}

/**
 * Saves a course; `certificate` replaces its certificate file, `removeCertificate` drops it.
 * The file is checked before anything is written, and against the budget of the files kept
 * in the save's transaction: past it, the save is refused and nothing of it is kept (the
 * transaction is undone). `budgetBytes`: for tests.
 */
export async function saveCourse(
  store: Store,
  input: Input<Course>,
  options: SaveOptions & {
    certificate?: AttachmentInput;
    removeCertificate?: boolean;
    creditsOf?: Derive<Course>;
    budgetBytes?: number;
  },
): Promise<JournalSaved<CourseRow>> {
  const file = options.certificate;
  const replace = !!file || !!options.removeCertificate;
  const { budgetBytes = EVIDENCE_BUDGET_BYTES, ...rest } = options;
  try {
    return await saveCourseEntry(store, trimmedTitle(input), rest, file, replace, budgetBytes);
  } catch (e) {
    const refused = e instanceof StorageError ? e.cause : e;
    if (refused instanceof OverBudget) return { ok: false, errors: [refused.error] };
    throw e;
  }
}

async function saveCourseEntry(
  store: Store,
  input: Input<Course>,
  options: SaveOptions & { creditsOf?: Derive<Course> },
  file: AttachmentInput | undefined,
  replace: boolean,
  budgetBytes: number,
): Promise<JournalSaved<CourseRow>> {
  return saveEntry<Course>(
    store,
    'courses',
    input,
    (c) => [...validateCourse(c, options.asOf), ...attachmentErrors(file)],
    {
      ...options,
      tables: ['attachments'],
      writeChildren: async (id) => {
        if (!replace) return;
        if (file) await checkBudget(store, id, file, budgetBytes);
        await rows(store, 'attachments').where('ownerId').equals(id).delete();
        if (!file) return;
        await rows<AttachmentRow>(store, 'attachments').add({
          id: crypto.randomUUID(),
          ownerId: id,
          name: file.name,
          mimeType: file.mimeType || 'application/octet-stream',
          size: file.data.byteLength,
          data: file.data,
          addedAt: new Date().toISOString(),
        });
      },
    },
  );
}

export type SessionInput = Omit<EventSession, 'id' | 'eventId'> & { id?: string };

/** Saves an event with exactly the given sessions (sessions left out are removed). */
export async function saveEvent(
  store: Store,
  input: Input<JournalEvent>,
  sessions: readonly SessionInput[],
  options: SaveOptions & {
    creditsOf?: (event: JournalEvent, sessions: readonly EventSession[]) => CreditSuggestion[];
  },
): Promise<JournalSaved<EventRow>> {
  const now = new Date().toISOString();
  const given = (eventId: string) => sessions.map((s) => ({ ...s, id: s.id ?? '', eventId }));
  const { creditsOf: derive, ...rest } = options;
  // An event's name is kept without the spaces around it, as a course's title is (trimmedTitle).
  const trimmed = typeof input.name === 'string' ? { ...input, name: input.name.trim() } : input;
  return saveEntry<JournalEvent>(store, 'events', trimmed, (e) => validateEvent(e, given(e.id)), {
    ...rest,
    // The stored event with its stored sessions (read before they are replaced), or the new.
    creditsOf: derive
      ? async (e, which) =>
          derive(
            e,
            which === 'saved'
              ? given(e.id)
              : await rows<SessionRow>(store, 'eventSessions')
                  .where('eventId')
                  .equals(e.id)
                  .toArray(),
          )
      : undefined,
    tables: ['eventSessions'],
    writeChildren: async (eventId) => {
      const table = rows<SessionRow>(store, 'eventSessions');
      const old = await table.where('eventId').equals(eventId).toArray();
      await table.bulkDelete(old.map((s) => s.id));
      const created = new Map(old.map((s) => [s.id, s.createdAt]));
      await table.bulkPut(
        sessions.map((s) => {
          const id = s.id ?? crypto.randomUUID();
          return { ...s, id, eventId, createdAt: created.get(id) ?? now, updatedAt: now };
        }),
      );
    },
  });
}

export async function saveMedia(
  store: Store,
  input: Input<MediaEntry>,
  options: SaveOptions & { creditsOf?: Derive<MediaEntry> },
): Promise<JournalSaved<MediaRow>> {
  return saveEntry<MediaEntry>(
    store,
    'media',
    trimmedTitle(input),
    (m) => validateMedia(m, options.asOf),
    options,
  );
}

export type DeleteAction = 'unlink' | 'delete';

export const deleteCourse = (store: Store, id: string, action: DeleteAction) =>
  deleteEntry(store, 'courses', id, action, [{ table: 'attachments', key: 'ownerId' }]);

export const deleteEvent = (store: Store, id: string, action: DeleteAction) =>
  deleteEntry(store, 'events', id, action, [{ table: 'eventSessions', key: 'eventId' }]);

export const deleteMedia = (store: Store, id: string, action: DeleteAction) =>
  deleteEntry(store, 'media', id, action);

export type { DeletedEntry };
export { restoreEntry } from './journal-entries';
export {
  confirmCredits,
  linkCreditEntry,
  linkedActivities,
  restoreLinkedCredits,
  unlinkCreditEntry,
} from './journal-links';
