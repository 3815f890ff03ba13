// Builds the front end (src/web) into src/web/dist with Vite's JS API when the build is missing or
// older than its sources, so that `npm start` in a fresh checkout serves the pages without a separate
// step. Vite is a development dependency: an installation without it serves whatever dist holds.
import type * as Vite from 'vite';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type ViteModule = typeof Vite;

export const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
/** Builds in progress: ignored by git and ESLint, and on the same file system as dist for the rename. */
const STAGING_ROOT = fileURLToPath(new URL('../../node_modules/.cache/accord-web/', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/index.html is missing or older than any source file of the front end. */
export function webBuildIsStale(root: string = WEB_ROOT): boolean {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  return newestSource(root) > statSync(index).mtimeMs;
}

export interface WebBuildResult {
  built: boolean;
  reason: 'fresh' | 'built' | 'no-sources' | 'no-vite';
  ms: number;
}

/** Builds the front end when needed. Never throws for a missing Vite; a failing build throws. */
export async function buildWebIfNeeded(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<WebBuildResult> {
  const started = performance.now();
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return { built: false, reason: 'no-sources', ms: 0 };
  if (!options.force && !webBuildIsStale()) return { built: false, reason: 'fresh', ms: 0 };
  let vite: ViteModule;
  try {
    vite = await import('vite');
  } catch {
    options.log?.('The front end is not built and Vite is not installed (npm install without --omit=dev builds it); serving the API only.');
    return { built: false, reason: 'no-vite', ms: 0 };
  }
  options.log?.('Building the front end (src/web -> src/web/dist)…');
  // Always the production build: under vitest NODE_ENV is `test`, which makes Vite bundle React's
  // development build (50 % larger), and a later `npm start` would serve that as fresh.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Build beside dist and swap it in, so a server (or a second test worker) never serves half a build.
    const staging = join(STAGING_ROOT, `web-${process.pid}-${Date.now()}`);
    try {
      await vite.build({ configFile: join(WEB_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
      const old = `${staging}-old`;
      if (existsSync(WEB_DIST)) renameSync(WEB_DIST, old);
      renameSync(staging, WEB_DIST);
      rmSync(old, { recursive: true, force: true });
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const ms = Math.round(performance.now() - started);
  options.log?.(`Built the front end in ${(ms / 1000).toFixed(1)} s.`);
  return { built: true, reason: 'built', ms };
}
