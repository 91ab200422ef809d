export type ElectronBinary = { path: string } | { missing: string };

export function findElectronBinary(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  platform?: string;
}): ElectronBinary;
