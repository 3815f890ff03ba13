// A readout as `accord extract` reads it, made from a publication day and a body: the one way the tests invent
// readouts (header line, separator, body).
import { extract } from './extract.ts';
import type { ExtractionDocument } from './types.ts';

export const readout = (published: string, body: string): string => `published: ${published}\n---\n${body}\n`;

/** The extraction of an invented readout published on `published`. */
export const extractReadout = (published: string, body: string): ExtractionDocument => extract(readout(published, body));
