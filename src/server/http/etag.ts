// ETags are the record's version number; If-Match carries it back. A PATCH without If-Match is refused
// (428) so that no client can overwrite a change it has not seen.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

export function etagOf(kind: string, id: number | string, version: number): string {
  return `"${kind}-${id}-v${version}"`;
}

export function setEtag(reply: FastifyReply, kind: string, id: number | string, version: number): void {
  void reply.header('etag', etagOf(kind, id, version));
}

/** The version the client expects, from If-Match; throws 428 when missing and 412 when it names another record. */
export function expectedVersion(request: FastifyRequest, kind: string, id: number | string): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError('precondition_required', 'Send the ETag you last read in an If-Match header, so that you do not overwrite a change you have not seen.');
  }
  const match = /^(?:W\/)?"([a-z_]+)-([^"]+)-v(\d+)"$/.exec(header.trim());
  if (!match || match[1] !== kind || match[2] !== String(id)) {
    throw new AppError('precondition_failed', `If-Match ${header} does not match the current version of this ${kind}.`);
  }
  const version = Number(match[3]);
  // Versions are 32-bit integer columns: a larger number cannot be the current version.
  if (version > 2_147_483_647) throw new AppError('precondition_failed', `If-Match ${header} does not match the current version of this ${kind}.`);
  return version;
}
