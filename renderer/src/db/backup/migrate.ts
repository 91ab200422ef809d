/**
 * Older backup formats are lifted to the current one before anything else is checked. Each
 * step takes a container of format version n and returns one of version n + 1; it checks the
 * old version's own integrity first and returns the new layout with its checksum recomputed,
 * so everything after this point deals with the current format only.
 */
import type { RawContainer } from './container';
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import { refuse, type Checked } from './problems';

export type FormatMigration = (raw: RawContainer) => Promise<RawContainer>;

/**
 * Steps by the version they start from. Empty: version 1 is the first released format. When
 * version 2 comes, its step is `1: liftV1ToV2` and FORMAT_VERSION becomes 2.
 */
export const formatMigrations: Readonly<Record<number, FormatMigration>> = {};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export async function toCurrentFormat(
  raw: RawContainer,
  migrations: Readonly<Record<number, FormatMigration>> = formatMigrations,
): Promise<Checked<RawContainer>> {
  const m = raw.manifest;
  if (!isRecord(m) || m.format !== FORMAT_NAME) return refuse({ code: 'NOT_A_BACKUP' });
  const version = m.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse({ code: 'MANIFEST_INVALID', field: 'formatVersion' });
  }
  if (version > FORMAT_VERSION) return refuse({ code: 'NEWER_FORMAT', detail: String(version) });
  let current = raw;
  for (let v = version; v < FORMAT_VERSION; v += 1) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return refuse({ code: 'UNSUPPORTED_FORMAT', detail: String(version) });
    try {
      current = await step(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(version);
      return refuse({ code: 'UNSUPPORTED_FORMAT', detail });
    }
  }
  return { ok: true, value: current };
}
