// Who is signed in, and the registry every page names things from (parties, bodies), loaded once.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onUnauthenticated, request } from './api.ts';
import { getEarly } from './hooks.ts';
import type { Body, Me, Page, Party } from './types.ts';

export interface Session {
  me: Me | null;
  /** true until /auth/me has answered once */
  checking: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);
  useEffect(() => {
    getEarly<Me>('/auth/me', undefined, new AbortController().signal).then(setMe, () => setMe(null)).finally(() => setChecking(false));
    return onUnauthenticated(() => setMe(null));
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    setMe((await request<Me>('POST', '/auth/login', { body: { email, password } })).data);
  }, []);
  const signOut = useCallback(async () => {
    try {
      await request<null>('POST', '/auth/logout', { body: {} });
    } finally {
      setMe(null);
    }
  }, []);
  const value = useMemo(() => ({ me, checking, signIn, signOut }), [me, checking, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const s = use(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new ApiError(401, null);
  return me;
}

export interface Registry { parties: Party[]; bodies: Map<number, Body>; bodyList: Body[]; bodyName(id: number | null | undefined): string }
const RegistryContext = createContext<Registry>({ parties: [], bodies: new Map(), bodyList: [], bodyName: (id) => (id ? `#${id}` : '—') });

/** Parties and bodies are a few hundred rows: read once after sign-in, keyset page by page. */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const [registry, setRegistry] = useState<Registry>(use(RegistryContext));
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const parties = (await api.get<{ items: Party[] }>('/parties')).items;
      const bodyList: Body[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page: Page<Body> = await api.get<Page<Body>>('/bodies', { limit: 500, cursor });
        bodyList.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      const bodies = new Map(bodyList.map((b) => [b.id, b]));
      if (!cancelled) setRegistry({ parties, bodies, bodyList, bodyName: (id) => (id ? (bodies.get(id)?.shortName ?? bodies.get(id)?.name ?? `#${id}`) : '—') });
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

export function useRegistry(): Registry {
  return use(RegistryContext);
}

export function can(me: Me, action: 'issue' | 'review' | 'decide' | 'report' | 'plan'): boolean {
  switch (action) {
    case 'issue':
    case 'review':
    case 'decide':
    case 'plan':
      return me.role === 'controller' || me.role === 'admin';
    case 'report':
      return me.role === 'executor' || me.role === 'admin';
  }
}
