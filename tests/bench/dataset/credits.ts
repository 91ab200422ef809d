/**
 * The credit side of the career: held credentials, credit-log activities and their evidence
 * files, in the row shapes the repositories store (ActivityRow, EvidenceRow, HeldRow).
 */
import {
  activityTypes,
  isGivingBack,
  type ActivityType,
} from '../../../shared/catalog/credentials';
import { credentialCatalog } from '../../../shared/catalog/credentials';
import { addDays, addMonths, addYears, daysBetween, type LocalDate } from '../../../shared/dates';
import { countedQuarters, toHours, type ClaimStatus } from '../../../shared/domain/credits';
import type { Preset } from './presets';
import { idOf, stamp, type Random } from './random';
import { formats, providers, topics } from './words';

type Row = Record<string, unknown>;

/** A renewal a month before each cycle ends, up to today: a holder who keeps it current. */
function renewalsOf(months: number | null | undefined, earned: LocalDate, today: LocalDate) {
  const out: { date: LocalDate; method: 'credits' }[] = [];
  if (!months) return out;
  for (let k = 1; ; k++) {
    const date = addMonths(addMonths(earned, k * months), -1);
    if (date >= today) return out;
    out.push({ date, method: 'credits' });
  }
}

/** The first `count` catalogue credentials, earned at steps across the career. */
export function credentialRows(preset: Preset, first: LocalDate, today: LocalDate): Row[] {
  const span = daysBetween(first, today);
  return credentialCatalog.slice(0, preset.credentials).map((rule, i) => {
    // The last one is still being prepared for: a target with an exam date ahead.
    const preparing = i === preset.credentials - 1;
    const earned = addDays(first, Math.floor(((i + 1) * span) / (preset.credentials + 2)));
    return {
      id: idOf('held', i),
      credentialId: rule.id,
      stage: preparing ? 'exam-booked' : 'earned',
      examDate: preparing ? addDays(today, 60) : earned,
      earnedDate: preparing ? null : earned,
      renewals: preparing ? [] : renewalsOf(rule.cycleMonths?.value, earned, today),
      createdAt: stamp(preparing ? today : earned),
      updatedAt: stamp(preparing ? today : earned),
    };
  });
}

function split(r: Random, hours: number) {
  const q = Math.round(hours * 4);
  const ways = r.int(0, q);
  const power = r.int(0, q - ways);
  return {
    waysOfWorking: ways / 4,
    powerSkills: power / 4,
    businessAcumen: (q - ways - power) / 4,
  };
}

function status(r: Random, date: LocalDate, today: LocalDate): ClaimStatus {
  if (date > today) return 'planned';
  const age = daysBetween(date, today);
  if (age < 120) return r.pick(['earned', 'earned', 'reported'] as const);
  return r.pick(['accepted', 'accepted', 'reported', 'audited'] as const);
}

/** Mostly education, about a fifth giving back, as a real log looks. */
const typeWeights: ActivityType[] = [
  ...activityTypes.filter((t) => !isGivingBack(t)),
  'course-or-training',
  'course-or-training',
  'online-or-digital-media',
  'read',
  'share-knowledge',
  'give-presentation',
  'volunteer',
  'create-content',
];

export function activityRow(r: Random, n: number, date: LocalDate, today: LocalDate): Row {
  const type = r.pick(typeWeights);
  const amount = r.quarters(0.5, type === 'course-or-training' ? 24 : 6);
  const relevantPercent = r.chance(0.1) ? 50 : 100;
  const counted = toHours(countedQuarters({ amount, unit: 'hours', relevantPercent }));
  const row: Row = {
    id: idOf('act', n),
    date,
    title: `${r.pick(topics)} ${r.pick(formats)}${r.chance(0.3) ? ` ${r.int(1, 9)}` : ''}`,
    provider: r.pick(providers),
    type,
    amount,
    unit: 'hours',
    status: status(r, date, today),
    createdAt: stamp(date > today ? today : date, n % 600),
    updatedAt: stamp(date > today ? today : date, n % 600),
  };
  if (relevantPercent !== 100) row.relevantPercent = relevantPercent;
  if (!isGivingBack(type)) row.split = split(r, counted);
  if (r.chance(0.3)) row.claimCode = `C-${r.int(10000, 99999)}`;
  if (r.chance(0.15)) row.notes = 'Took notes on what to try with my own team next quarter.';
  return row;
}

/** A small PDF-like file: what an evidence row carries, at a size that keeps runs quick. */
function evidenceBytes(r: Random, n: number): Uint8Array {
  const text = `%PDF-1.4\n% Certificate of attendance ${n}\n`;
  const bytes = new Uint8Array(r.int(600, 2400));
  bytes.set(new TextEncoder().encode(text));
  for (let i = text.length; i < bytes.length; i++) bytes[i] = r.int(32, 126);
  return bytes;
}

export function evidenceRow(r: Random, n: number, activity: Row): Row {
  const data = evidenceBytes(r, n);
  const pdf = r.chance(0.7);
  return {
    id: idOf('ev', n),
    activityId: activity.id,
    name: pdf ? `certificate-${n}.pdf` : `photo-${n}.jpg`,
    mimeType: pdf ? 'application/pdf' : 'image/jpeg',
    size: data.byteLength,
    data,
    addedAt: activity.createdAt,
  };
}

/** Activities spread evenly over the career, a few planned ahead of today. */
export function activityRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate) {
  const span = daysBetween(first, addDays(today, 90));
  const activities: Row[] = [];
  const evidence: Row[] = [];
  for (let n = 0; n < preset.activities; n++) {
    const date = addDays(first, Math.floor((n * span) / preset.activities) + r.int(0, 2));
    const a = activityRow(r, n, date, today);
    activities.push(a);
    if (n % preset.evidenceEvery === 0 && a.status !== 'planned') {
      evidence.push(evidenceRow(r, evidence.length, a));
    }
  }
  return { activities, evidence };
}

/** The first day of a career that ends on `today`. */
export const careerStart = (preset: Preset, today: LocalDate) => addYears(today, -preset.years);
