const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** `1234567` → `1.2 MB`: enough to tell a worker how much room the extension takes. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${UNITS[unit]}`;
}

/** Past this share of the quota, a write may soon be refused for lack of room. */
export const NEARLY_FULL_SHARE = 0.9;

export function isNearlyFull(usage: number | undefined, quota: number | undefined): boolean {
  return (
    usage !== undefined && quota !== undefined && quota > 0 && usage / quota >= NEARLY_FULL_SHARE
  );
}
