/**
 * The audit pack's bytes (issue 8 part 3), zipped with fflate: the claim CSV, index.csv,
 * a short read-me with the keep-until date, and every evidence file (and course certificate)
 * exactly as stored.
 */
import { zipSync, type Zippable } from 'fflate';
import { HOW_COUNTED_HEADER } from '../../../../shared/domain/claims';
import { COURSE_CERTIFICATE_PREFIX, type AuditPackPlan } from '../../../../shared/domain/report';
import { plural } from '../../components/format';
import type { EvidenceRow } from '../../db/repositories/activities';
import { toCsvText } from '../credit-log/csv-text';

/** Zip entries carry this time, so the same records always give the same file. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The read-me's record-keeping line: the period of the credential's rule, and whose it is. */
function keepLine(credential: { acronym: string; body: string }, plan: AuditPackPlan): string {
  const r = plan.retention;
  if (!r) return 'Ask your certifying body how long these records must be kept.';
  const months = `${r.months} ${r.months === 1 ? 'month' : 'months'}`;
  const keep = `Keep these records until at least ${r.until}`;
  if (r.basis === 'yours')
    return `${keep}: ${months} after the cycle ends, the period you set for ${credential.acronym} in Ascent.`;
  if (r.basis === 'assumed')
    return `${keep}: ${months} after the cycle ends. ${credential.body} publishes no period for ${credential.acronym}; Ascent assumes the one of its other credentials, so check with ${credential.body}.`;
  return `${keep}: ${credential.body} asks for the records of a cycle to be kept ${months} after it ends.`;
}

/**
 * The read-me's first line in sample-data mode, as the printed report's notice says it: a pack
 * travels without the app around it, so it says itself that nothing in it is a real record.
 */
export const SAMPLE_README_LINE =
  'Sample data, not a real person’s records: this audit pack is made from the invented records that come with Ascent for trying it out.';

/** The pack's file name; made from sample data, it says so, as the printed report's does. */
export const auditPackFileName = (plan: AuditPackPlan, sample: boolean): string =>
  sample ? plan.zipName.replace(/\.zip$/, '-sample-data.zip') : plan.zipName;

/** What the evidence folder holds, or that there is none: a folder never in the zip is not described. */
function evidenceLines(plan: AuditPackPlan): string[] {
  if (plan.files.length === 0) return ['No evidence files are attached to these activities.'];
  const lines = [
    'evidence/: one folder per claimed activity, with its files exactly as stored in Ascent.',
  ];
  if (plan.files.some((f) => f.path.includes(`/${COURSE_CERTIFICATE_PREFIX}`)))
    lines.push(
      `Files named "${COURSE_CERTIFICATE_PREFIX}..." are the certificate kept with the course the activity came from.`,
    );
  return lines;
}

export function readMeText(
  credential: { acronym: string; body: string },
  plan: AuditPackPlan,
  cycle: { start: string; end: string },
  sample = false,
): string {
  const keep = keepLine(credential, plan);
  const missing =
    plan.files.length === 0
      ? []
      : plan.withoutEvidence.length === 0
        ? ['Every claimed activity has at least one evidence file.']
        : [
            `${plural(plan.withoutEvidence.length, 'claimed activity has', 'claimed activities have')} no evidence file yet (see index.csv).`,
          ];
  // planAuditPack adds the claim CSV's "How counted" column only where a course counted by
  // its semester credits; the read-me names it only then.
  const howCounted = plan.index.header.includes(HOW_COUNTED_HEADER)
    ? [
        `Both CSV files end with a "${HOW_COUNTED_HEADER}" column: how a course's semester credits were counted.`,
      ]
    : [];
  return [
    ...(sample ? [SAMPLE_README_LINE, ''] : []),
    `Audit pack: ${credential.acronym}, cycle ${cycle.start} to ${cycle.end}.`,
    '',
    `${plan.csvPath}: the claimed activities, in the shape of the claim form.`,
    `${plan.indexPath}: each claimed activity with the paths of its evidence files.`,
    ...howCounted,
    ...evidenceLines(plan),
    '',
    ...missing,
    keep,
    '',
  ].join('\r\n');
}

export function zipAuditPack(
  plan: AuditPackPlan,
  csvText: string,
  readMe: string,
  evidence: readonly EvidenceRow[],
): Uint8Array {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const enc = new TextEncoder();
  const entries: Zippable = {
    'README.txt': [enc.encode(readMe), { level: 6, mtime: FIXED_TIME }],
    [plan.csvPath]: [enc.encode(csvText), { level: 6, mtime: FIXED_TIME }],
    [plan.indexPath]: [enc.encode(toCsvText(plan.index)), { level: 6, mtime: FIXED_TIME }],
  };
  for (const f of plan.files) {
    const row = byId.get(f.evidenceId);
    // Evidence (PDF, images) hardly compresses: stored as it is.
    if (row) entries[f.path] = [row.data, { level: 0, mtime: FIXED_TIME }];
  }
  return zipSync(entries, { mtime: FIXED_TIME });
}
