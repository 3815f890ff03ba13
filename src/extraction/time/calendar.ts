// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on the machine's zone.

const DAY_MS = 86_400_000;

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && toDayNumber(s) !== null;
}

/** Days since 1970-01-01, or null for an impossible date. */
export function toDayNumber(iso: string): number | null {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Days since 1970-01-01 to an ISO date, by civil-calendar arithmetic (H. Hinnant's algorithm): no Date objects. */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 31;
}

export function addDays(iso: string, n: number): string {
  const d = toDayNumber(iso);
  return d === null ? iso : fromDayNumber(d + n);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(iso: string): number {
  const d = toDayNumber(iso) ?? 0;
  // 1970-01-01 was a Thursday (3).
  return (((d + 3) % 7) + 7) % 7;
}

export function mondayOf(iso: string): string {
  return addDays(iso, -weekdayOf(iso));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/** The year and month `n` months after R's month (n may be negative). */
export function monthFrom(iso: string, n: number): [number, number] {
  const total = yearOf(iso) * 12 + monthOf(iso) - 1 + n;
  return [Math.floor(total / 12), (((total % 12) + 12) % 12) + 1];
}

/** The day `n` months after iso, on the same day of the month or the month's last. */
export function addMonths(iso: string, n: number): string {
  const [y, m] = monthFrom(iso, n);
  return isoDate(y, m, Math.min(Number(iso.slice(8, 10)), lastDayOfMonth(y, m)));
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
