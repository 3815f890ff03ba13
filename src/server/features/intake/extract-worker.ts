// A worker thread that prepares readouts for bulk intake: the same text reduction, hash and
// extraction ingestSource would do, off the main thread, so extraction runs beside the database work.
import { parentPort } from 'node:worker_threads';
import { extract } from '../../../extraction/extract.ts';
import { articleFromHtml, canonicalText, headerFacts, sha256Hex, type SourceMediaType } from './text.ts';

export interface PrepareRequest {
  id: number;
  text: string;
  mediaType: SourceMediaType;
}

export type PrepareResponse = { id: number; sha256: string; reference: string | null; doc: ReturnType<typeof extract> } | { id: number; error: string };

export function prepare(req: PrepareRequest): PrepareResponse {
  try {
    let raw = req.text;
    let fromPage: string | null = null;
    if (req.mediaType === 'text/html') {
      const article = articleFromHtml(raw);
      if (!article) return { id: req.id, error: 'the page has no readable article text' };
      raw = article.text;
      fromPage = article.publishedOn;
    }
    const text = canonicalText(raw);
    const reference = headerFacts(text).publishedOn ?? fromPage;
    return { id: req.id, sha256: sha256Hex(text), reference, doc: extract(text, reference ? { reference } : {}) };
  } catch (e) {
    return { id: req.id, error: (e as Error).message };
  }
}

parentPort?.on('message', (req: PrepareRequest) => {
  parentPort?.postMessage(prepare(req));
});
