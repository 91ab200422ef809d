/**
 * A whole career as the app stores it, table by table, deterministic from a seed (issue 9
 * part 1). `generateCareer('career', 1)` is the 25-year career of the benchmark.
 */
import type { LocalDate } from '../../../shared/dates';
import type { TableRows } from '../../../renderer/src/db/backup/format';
import { latestTables } from '../../../renderer/src/db/schema';
import { activityRows, careerStart, credentialRows } from './credits';
import { assessmentRows, educationRows, goalRows, profileRows, roleRows } from './career';
import { contactRows, courseRows, eventRows, studyRows } from './journal';
import { presets, type Preset } from './presets';
import { createRandom } from './random';

export { presets, presetNames, type Preset } from './presets';
export { BENCH_NAME } from './career';

/** The day the generated career ends: the e2e tests' fixed today. */
export const BENCH_TODAY: LocalDate = '2026-11-22';

/** Journal entries link to the credit entries they produced through `sourceId`. */
function linkSources(activities: Record<string, unknown>[], sources: Record<string, unknown>[]) {
  const every = Math.max(1, Math.floor(activities.length / Math.max(1, sources.length)));
  sources.forEach((s, i) => {
    const a = activities[i * every];
    if (a && a.status !== 'planned') a.sourceId = s.id;
  });
}

export function generateCareer(
  name: Preset['name'],
  seed: number,
  today: LocalDate = BENCH_TODAY,
): TableRows {
  const preset = presets[name];
  const r = createRandom(seed);
  const first = careerStart(preset, today);
  const { activities, evidence } = activityRows(r, preset, first, today);
  const courses = courseRows(r, preset, first, today);
  linkSources(activities, courses);
  const empty = Object.fromEntries(latestTables().map((t) => [t, []]));
  return {
    ...empty,
    ...profileRows(first),
    ...educationRows(first),
    credentials: credentialRows(preset, first, today),
    activities,
    evidence,
    roles: roleRows(r, preset, first, today),
    skillAssessments: assessmentRows(r, preset, first),
    goals: goalRows(r, preset, first, today),
    courses,
    ...eventRows(r, preset, first, today),
    contacts: contactRows(r, preset, first, today),
    ...studyRows(r, preset, first, today),
  };
}

/** Rows per table, for reports. */
export function rowCounts(tables: TableRows): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
}
