// One HTTP GET for the poller: conditional (If-None-Match / If-Modified-Since), with a timeout and a
// size limit so that a slow or huge response cannot stall or exhaust the process.
export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
}

export type Fetched =
  | { status: 'not_modified' }
  | { status: 'ok'; body: string; contentType: string; etag: string | null; lastModified: string | null };

export class FetchError extends Error {}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers: Record<string, string> = { 'user-agent': 'Accord feed poller', accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  } catch (e) {
    const err = e as Error;
    throw new FetchError(err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : `cannot reach ${url}: ${(err.cause as Error | undefined)?.message ?? err.message}`);
  }
  if (res.status === 304) return { status: 'not_modified' };
  if (!res.ok) {
    await res.body?.cancel();
    throw new FetchError(`HTTP ${res.status} from ${url}`);
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new FetchError(`the response is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new FetchError(`the response is over the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  }
  const body = Buffer.concat(chunks).toString('utf8');
  return { status: 'ok', body, contentType: res.headers.get('content-type') ?? '', etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
}
