// The file kinds a document version may be, and a check that the bytes are what the type says.
import { assertNever } from '../../../domain/assert-never.ts';

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
} as const;

export type MediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

export const ACCEPTED_MEDIA_TYPES: readonly MediaType[] = Object.values(MEDIA_TYPES);

export function isMediaType(value: string): value is MediaType {
  return (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(value);
}

/** The media type without parameters, lower-cased ("text/plain; charset=utf-8" → "text/plain"). */
export function baseMediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Why these bytes are not a file of this type, or null when they may be. A cheap sniff, not a parser:
 * it catches the usual mistakes (a Word file sent as PDF, Latin-1 text, an empty upload).
 */
export function contentProblem(mediaType: MediaType, content: Uint8Array): string | null {
  if (content.length === 0) return 'the file is empty';
  switch (mediaType) {
    case 'application/pdf':
      return startsWith(content, '%PDF-') ? null : 'the file does not start with %PDF-, so it is not a PDF';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      // A .docx is a ZIP archive.
      return startsWith(content, 'PK\u0003\u0004') ? null : 'the file is not a ZIP archive, so it is not a .docx';
    case 'text/plain':
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(content);
        return null;
      } catch {
        return 'the text is not valid UTF-8';
      }
    default:
      return assertNever(mediaType);
  }
}

function startsWith(content: Uint8Array, prefix: string): boolean {
  if (content.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (content[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

export function extensionOf(mediaType: MediaType): string {
  switch (mediaType) {
    case 'application/pdf':
      return 'pdf';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'docx';
    case 'text/plain':
      return 'txt';
    default:
      return assertNever(mediaType);
  }
}
