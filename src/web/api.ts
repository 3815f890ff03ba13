// The one fetch wrapper: every call to /api/v1 goes through here, so the CSRF token the trust issue
// will add is one change. Cookie sessions; JSON bodies; problem documents become ApiError.
import type { Problem } from './types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem | null) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
  /** The message for a field path such as "body.title", when the server named it. */
  field(path: string): string | undefined {
    return this.problem?.errors?.find((e) => e.path === path || e.path.endsWith(`.${path}`))?.message;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;
/** `body` is sent as JSON; `file` as the raw bytes with its own media type (document uploads). */
export interface RequestOptions { query?: Query; body?: unknown; file?: { content: Blob; mediaType: string }; ifMatch?: string | null; signal?: AbortSignal }
export interface Response<T> { data: T; etag: string | null }

const listeners = new Set<() => void>();
/** Called when the server says the session is gone (401), so the shell can send the user to sign in. */
export function onUnauthenticated(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

function csrfToken(): string | null {
  const match = /(?:^|;\s*)accord_csrf=([^;]*)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<Response<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.file) headers['content-type'] = options.file.mediaType;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  // CSRF (docs/permissions.md): changes made with the session cookie send back the accord_csrf cookie.
  if (method !== 'GET') {
    const csrf = csrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const res = await fetch(apiUrl(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.file ? { body: options.file.content } : options.body !== undefined && { body: JSON.stringify(options.body) }),
    ...(options.signal && { signal: options.signal }),
  });
  if (!res.ok) throw await failure(res, path);
  const data = res.status === 204 ? (null as T) : ((await res.json()) as T);
  return { data, etag: res.headers.get('etag') };
}

/** The problem document of a refused request as an ApiError; a 401 also tells the shell the session is gone. */
async function failure(res: globalThis.Response, path: string): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    problem = (await res.json()) as Problem;
  } catch {
    problem = null;
  }
  if (res.status === 401 && path !== '/auth/login') for (const l of listeners) l();
  return new ApiError(res.status, problem);
}

/** A file as the server stores it (a document version's bytes), with its ETag. */
export async function download(path: string, signal?: AbortSignal): Promise<{ bytes: ArrayBuffer; etag: string | null }> {
  const res = await fetch(apiUrl(path), { credentials: 'same-origin', ...(signal && { signal }) });
  if (!res.ok) throw await failure(res, path);
  return { bytes: await res.arrayBuffer(), etag: res.headers.get('etag') };
}

export const api = {
  get: async <T>(path: string, query?: Query, signal?: AbortSignal) => (await request<T>('GET', path, { ...(query && { query }), ...(signal && { signal }) })).data,
  post: async <T>(path: string, body?: unknown) => (await request<T>('POST', path, { body: body ?? {} })).data,
};
