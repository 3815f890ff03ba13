/** The calendar day (UTC) of an instant: what "today" means for states, defaults and date checks. */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}
