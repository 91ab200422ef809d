/**
 * Every schema version the app has ever released, oldest first. A released version is
 * never edited: a change adds a version with an upgrade whose per-row work is a pure,
 * unit-tested function. The database name and the app:// origin are fixed forever.
 */
import type { Transaction } from 'dexie';

export const DATABASE_NAME = 'ascent';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v1 (0.1.0): the profile and app settings, one row each. */
const v1: SchemaVersion = {
  version: 1,
  stores: {
    profile: 'id',
    settings: 'id',
  },
};

/**
 * v2 (0.2.0): the continuing-education engine. Held or targeted credentials (with the
 * user's rule overrides), user-defined credentials, the credit log, and evidence files kept
 * as blobs beside the activity they prove. New tables only: no row of v1 changes.
 */
const v2: SchemaVersion = {
  version: 2,
  stores: {
    credentials: 'id, credentialId, stage',
    customCredentials: 'id',
    activities: 'id, date, type, status',
    evidence: 'id, activityId',
  },
};

/**
 * v3 (0.3.0): the career ladder. Work history, degrees, PM education contact hours, skill
 * self-assessments, goals, and the user's edited copy of the ladder (absent = the default).
 * New tables only: no row of v1 or v2 changes.
 */
const v3: SchemaVersion = {
  version: 3,
  stores: {
    roles: 'id, start',
    degrees: 'id',
    contactHours: 'id',
    skillAssessments: 'id, skill, date',
    goals: 'id, status, targetDate',
    ladderPlan: 'id',
  },
};

/**
 * v4 (0.4.0): the learning and network journal and the study planner. New tables, and an
 * index on the credit log's `sourceId` (the journal entry an activity came from) so an
 * entry's credit entries are found without reading the whole log. No row changes.
 * Indexed fields: courses.status/start, events.start, eventSessions.eventId, media.date,
 * contacts.name, interactions.contactId/date/followUp, memberships.renewal,
 * attachments.ownerId, studyPlans.status, studyBlocks.planId/date,
 * studySessions.planId/date.
 */
const v4: SchemaVersion = {
  version: 4,
  stores: {
    activities: 'id, date, type, status, sourceId',
    courses: 'id, status, start',
    events: 'id, start',
    eventSessions: 'id, eventId',
    media: 'id, date',
    contacts: 'id, name',
    interactions: 'id, contactId, date, followUp',
    memberships: 'id, renewal',
    attachments: 'id, ownerId',
    studyPlans: 'id, status',
    studyBlocks: 'id, planId, date',
    studySessions: 'id, planId, date',
    timer: 'id',
    notified: 'id',
  },
};

/**
 * v5 (0.5.0): the cycle ledger (issue 9), a derived table: for each closed cycle of a
 * credential with carry-over, whether it met its rule and what it carried over, so start-up
 * reads only the current windows of the credit log. The key starts with the last day of the
 * cycle's counting window (`${countTo}|${heldId}|${cycleIndex}`), so every row an activity
 * dated on a day can change is one key range. Not a record of the user's: never backed up,
 * cleared with the credit log, rebuilt on demand. No row of earlier tables changes.
 */
const v5: SchemaVersion = {
  version: 5,
  stores: {
    cycleLedger: 'id',
  },
};

/**
 * v6 (0.6.0), issue 9: the credit log's `status` index dropped — nothing reads activities by
 * status (a claim status is read from each row, and per credential from its claims), while
 * every save and every restore of a 20,000-entry log wrote it — and an index on contacts'
 * `relation`, so readiness reads the mentors, not every contact of a career. No row changes.
 */
const v6: SchemaVersion = {
  version: 6,
  stores: {
    activities: 'id, date, type, sourceId',
    contacts: 'id, name, relation',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6];

/** Tables worked out from the others: not in backups, not counted as the user's records. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['cycleLedger']);

export const LATEST_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/** Table names at the latest version, derived tables left out: what a backup contains. */
export function latestTables(): string[] {
  const names = new Set<string>();
  for (const v of schemaVersions) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) names.delete(name);
      else names.add(name);
    }
  }
  return [...names].filter((n) => !DERIVED_TABLES.has(n)).sort();
}
