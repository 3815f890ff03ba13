// Calendar days. At the edges a day is an ISO string `YYYY-MM-DD`; inside,
// an integer count of days since 1970-01-01 (the "epoch day"), which makes
// comparison and distance plain arithmetic. No Date objects: they carry a
// time zone and a clock, and a day is neither.
//
// The conversions are Howard Hinnant's civil-calendar algorithms
// (proleptic Gregorian), exact for every 4-digit year.

/** Days since 1970-01-01 (day 0). */
export type EpochDay = number;

export interface YearMonthDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

export function isValidYmd({ year, month, day }: YearMonthDay): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function epochDayFromYmd({ year, month, day }: YearMonthDay): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day falls last
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromEpochDay(epochDay: EpochDay): YearMonthDay {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The epoch day of an ISO day, or null when the string is not a real calendar day (2023-02-30). */
export function parseIsoDay(iso: string): EpochDay | null {
  const m = ISO_DAY.exec(iso);
  if (m === null) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? epochDayFromYmd(ymd) : null;
}

export function isIsoDay(iso: string): boolean {
  return parseIsoDay(iso) !== null;
}

/**
 * The epoch day of an ISO day that is already known to be valid (from the
 * database or a validated request). Throws otherwise: a bad day here is a
 * programming error, not user input; use `parseIsoDay` for user input.
 */
export function toEpochDay(iso: string): EpochDay {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`Not an ISO calendar day: ${JSON.stringify(iso)}`);
  return day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatYmd({ year, month, day }: YearMonthDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function toIsoDay(epochDay: EpochDay): string {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Not an epoch day: ${epochDay}`);
  return formatYmd(ymdFromEpochDay(epochDay));
}

export function addDays(iso: string, days: number): string {
  return toIsoDay(toEpochDay(iso) + days);
}

/**
 * Moves by whole calendar months, keeping the day of month where it exists
 * and otherwise taking the month's last day (31 January + 1 month = 28 or
 * 29 February), as people mean it when they say "a month later".
 */
export function addMonthsToEpochDay(epochDay: EpochDay, months: number): EpochDay {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return epochDayFromYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addMonths(iso: string, months: number): string {
  return toIsoDay(addMonthsToEpochDay(toEpochDay(iso), months));
}

export function startOfMonth(year: number, month: number): EpochDay {
  return epochDayFromYmd({ year, month, day: 1 });
}

export function endOfMonth(year: number, month: number): EpochDay {
  return epochDayFromYmd({ year, month, day: daysInMonth(year, month) });
}

/** The last day of the month that `iso` falls in, as an ISO day. */
export function endOfMonthOf(iso: string): string {
  const { year, month } = ymdFromEpochDay(toEpochDay(iso));
  return toIsoDay(endOfMonth(year, month));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function weekday(iso: string): number {
  return weekdayOfEpochDay(toEpochDay(iso));
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English name of a month, 1 = January. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`Not a month: ${month}`);
  return name;
}

/** "17 February 2023": the form explanations for people use. */
export function formatDayForPeople(epochDay: EpochDay): string {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  return `${day} ${monthName(month)} ${year}`;
}
