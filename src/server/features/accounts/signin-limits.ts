// Sign-in limits, counted from `login_attempts` so that every server process agrees:
// - an account (any e-mail typed, whether or not such a user exists, so the answer tells nothing) is
//   locked for 15 minutes once 5 failures fall within 15 minutes; attempts while locked are refused
//   unchecked and not counted, so retrying does not extend the lock;
// - an address with 20 failures in the last 15 minutes is refused until the oldest of them is 15
//   minutes old (a password-spraying client tries many accounts from one address).
// Both answer 429 with Retry-After. See docs/permissions.md.
import { AppError } from '../../errors.ts';

export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

/** When the account's lock ends (ms since epoch), or null when it is not locked at `now`. */
export function accountLockedUntil(failures: readonly string[], now: number): number | null {
  let until: number | null = null;
  const times = failures.map((t) => Date.parse(t));
  for (let i = ACCOUNT_FAILURES - 1; i < times.length; i += 1) {
    const first = times[i - (ACCOUNT_FAILURES - 1)];
    const last = times[i];
    if (first !== undefined && last !== undefined && last - first <= WINDOW_MS) until = Math.max(until ?? 0, last + LOCK_MS);
  }
  return until !== null && until > now ? until : null;
}

/** When the address may try again (ms since epoch), or null when it may now. */
export function addressBlockedUntil(failures: readonly string[], now: number): number | null {
  const recent = failures.map((t) => Date.parse(t)).filter((t) => t > now - WINDOW_MS);
  if (recent.length < ADDRESS_FAILURES) return null;
  // The address may try again once enough of these have aged out of the window.
  const oldest = recent[recent.length - ADDRESS_FAILURES];
  return oldest === undefined ? null : oldest + WINDOW_MS;
}

export function tooManyAttempts(message: string, until: number, now: number): AppError {
  const retryAfter = Math.max(1, Math.ceil((until - now) / 1000));
  return new AppError('rate_limited', `${message} Try again in ${Math.ceil(retryAfter / 60)} minute${retryAfter > 60 ? 's' : ''}.`, { details: { retryAfter } });
}
