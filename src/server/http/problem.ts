// The one place that maps error codes to HTTP statuses and writes RFC 9457 problem documents.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertNever } from '../../domain/assert-never.ts';
import { AppError, type ErrorCode, type FieldProblem } from '../errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'precondition_failed':
      return 412;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'precondition_required':
      return 428;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    default:
      return assertNever(code);
  }
}

const TITLES: Record<ErrorCode, string> = {
  validation: 'Invalid request',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  precondition_failed: 'Changed by someone else',
  precondition_required: 'If-Match required',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
};

/** The problem document as published in OpenAPI (every error response uses it). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), detail: z.string() })).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem document' });

export type Problem = z.infer<typeof ProblemSchema>;

function problemOf(code: ErrorCode, detail: string, fields: readonly FieldProblem[], extra: Record<string, unknown> = {}): Problem {
  return {
    type: `https://accord.example/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[code],
    status: statusFor(code),
    detail,
    ...(fields.length > 0 && { errors: fields.map((f) => ({ field: f.path, detail: f.message })) }),
    ...extra,
  };
}

function fieldPath(context: string | undefined, instancePath: string): string {
  const inner = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const prefix = context === 'querystring' ? 'query' : context === 'params' ? 'path' : context === 'headers' ? 'header' : '';
  return [prefix, inner].filter((s) => s !== '').join('.') || (prefix === '' ? 'body' : prefix);
}

export function toProblem(error: unknown): Problem {
  if (error instanceof AppError) return problemOf(error.code, error.message, error.fields, { ...error.details });
  const fe = error as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const fields = fe.validation.map((v) => ({ path: fieldPath(fe.validationContext, v.instancePath), message: v.message ?? 'invalid' }));
    return problemOf('validation', `The request is invalid: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
  }
  if (fe && typeof fe === 'object' && 'statusCode' in fe && typeof fe.statusCode === 'number' && fe.statusCode < 500) {
    const code: ErrorCode =
      fe.statusCode === 413 ? 'payload_too_large' : fe.statusCode === 415 ? 'unsupported_media_type' : fe.statusCode === 404 ? 'not_found' : fe.statusCode === 429 ? 'rate_limited' : 'validation';
    // Fastify's own 4xx (malformed JSON, body too large, bad content type) say which part failed.
    const field = code === 'validation' ? [{ path: fe.code === 'FST_ERR_BAD_URL' ? 'path' : 'body', message: fe.message }] : [];
    return problemOf(code, fe.message, field);
  }
  return problemOf('internal', 'Something went wrong on our side; it has been logged.', []);
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: unknown): FastifyReply {
  const problem = toProblem(error);
  if (problem.status >= 500) {
    request.log.error({ err: error, serialization: isResponseSerializationError(error as FastifyError) }, 'request failed');
  }
  return reply
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.url }));
}
