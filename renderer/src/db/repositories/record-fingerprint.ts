/**
 * A short fingerprint of what a stored record says, for telling a record that really changed
 * from one saved again as it was (sample-loaded.ts). Its `updatedAt` is left out: an undo that
 * puts a record back stamps it anew (restorePlan does, so a calendar export re-sends the
 * event), and that is not a change the user made. Keys are read in sorted order, so the same
 * content always gives the same fingerprint whatever order its fields were written in.
 */

/** Field of a record that says when it was written, not what it says. */
const STAMP = 'updatedAt';

function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (value instanceof Date) return `D${value.toISOString()}`;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `B${value.size}:${value.type}`;
  if (value instanceof ArrayBuffer) return `A${[...new Uint8Array(value)].join(',')}`;
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return `A${[...bytes].join(',')}`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`);
  return `{${fields.join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash; collisions among a few hundred records are not a worry. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of a record's content, its `updatedAt` left out. */
export function recordFingerprint(record: Readonly<Record<string, unknown>>): string {
  const { [STAMP]: _stamp, ...content } = record;
  return hash(canonical(content));
}
