// One error type for the whole server. Services throw it; the HTTP layer alone maps codes to statuses
// (http/problem.ts) and the CLI to exit messages.

export type ErrorCode =
  | 'validation' // the input is malformed or breaks a rule about its own fields
  | 'not_found'
  | 'conflict' // the input is well-formed but clashes with the stored record (duplicate, impossible schedule)
  | 'precondition_failed' // If-Match did not match the current version
  | 'precondition_required' // a change that needs If-Match came without it
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal';

/** A problem with one input field; `path` is the JSON path of the field ("deadline.latest", "query.cursor"). */
export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];
  /** Extra members for the problem document (e.g. a schedule conflict's explanation). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: readonly FieldProblem[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }
}

export function notFound(what: string, id: string | number): AppError {
  return new AppError('not_found', `${what} ${id} does not exist.`);
}

export function invalid(path: string, message: string): AppError {
  return new AppError('validation', message, { fields: [{ path, message }] });
}

export function forbidden(message = 'You are not allowed to do this.'): AppError {
  return new AppError('forbidden', message);
}
