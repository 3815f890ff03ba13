// Errors found in the browser itself (no request made), told to the user by a translation key.
// Kept apart from api.ts (which needs the DOM) so that code shared with Node tests can throw it.

/** A problem found in the browser before or without a request, told by a translation key. */
export class LocalError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'LocalError';
  }
}
