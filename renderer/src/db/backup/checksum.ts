/**
 * The backup's checksum (FORMAT.md, "Checksum"): SHA-256 over the manifest without its
 * checksum (keys sorted) followed by one line per entry, "<sha-256 of the entry>  <name>", in
 * name order. Hashing entry by entry keeps memory flat and lets progress move per file.
 */
import type { ManifestCore } from './format';

const hex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export async function computeChecksum(
  core: ManifestCore,
  entries: ReadonlyMap<string, Uint8Array>,
  onEntry?: (name: string) => void,
): Promise<string> {
  const lines = [canonicalJson(core)];
  for (const name of [...entries.keys()].sort()) {
    lines.push(`${await sha256Hex(entries.get(name)!)}  ${name}`);
    onEntry?.(name);
  }
  return sha256Hex(new TextEncoder().encode(`${lines.join('\n')}\n`));
}
