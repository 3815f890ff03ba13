// Loading data for a page: one request per change of its inputs, the previous one aborted.
import { useCallback, useEffect, useState } from 'react';
import { api, apiUrl, type Query } from './api.ts';

export interface Loaded<T> { data: T | undefined; error: Error | undefined; loading: boolean; reload(): void }

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

export interface Action { busy: boolean; error: unknown; setError(error: unknown): void; run(action: () => Promise<void>): Promise<void> }

/** A form's submission: busy while it runs (the button is disabled), its failure kept for an ErrorBox. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async (action: () => Promise<void>) => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}

const early = new Map<string, { at: number; value: Promise<unknown> }>();
const EARLY_MS = 10_000;

/**
 * Starts a GET before the page that needs it renders: the control summary's requests go out together
 * with the session check instead of after it (one round trip less before the first page is usable).
 */
export function prefetch(path: string, query?: Query): void {
  const key = apiUrl(path, query);
  const value = api.get(path, query);
  // Refused (signed out, say): forgotten, so the page asks afresh once the user has signed in.
  value.catch(() => {
    if (early.get(key)?.value === value) early.delete(key);
  });
  early.set(key, { at: performance.now(), value });
}

/** The GET prefetched for exactly this path and query, taken once and only while fresh; else a new one. */
export function getEarly<T>(path: string, query: Query | undefined, signal: AbortSignal): Promise<T> {
  const key = apiUrl(path, query);
  const hit = early.get(key);
  early.delete(key);
  return hit && performance.now() - hit.at < EARLY_MS ? (hit.value as Promise<T>) : api.get<T>(path, query, signal);
}
