// Builds the front end (src/web) into src/web/dist with Vite's JS API when the build is missing or
// older than its sources, so that `npm start` in a fresh checkout serves the pages without a separate
// step. Vite is a development dependency: an installation without it serves whatever dist holds.
//
// Vite runs in a child process: loaded into the server it stayed resident for the server's lifetime
// (a server that built the front end at start-up idled at about 640 MB instead of 140; bench/README.md).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  let vite: string;
  try {
    vite = pathToFileURL(createRequire(import.meta.url).resolve('vite')).href;
  } catch {
    options.log?.('The front end is not built and Vite is not installed (npm install without --omit=dev builds it); serving the API only.');
    return { built: false, reason: 'no-vite', ms: 0 };
  }
  options.log?.('Building the front end (src/web -> src/web/dist)…');
  // Build beside dist and swap it in, so a server (or a second test worker) never serves half a build.
  const staging = join(STAGING_ROOT, `web-${process.pid}-${Date.now()}`);
  try {
    await viteBuild(vite, staging);
    const old = `${staging}-old`;
    if (existsSync(WEB_DIST)) renameSync(WEB_DIST, old);
    renameSync(staging, WEB_DIST);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const ms = Math.round(performance.now() - started);
  options.log?.(`Built the front end in ${(ms / 1000).toFixed(1)} s.`);
  return { built: true, reason: 'built', ms };
}

/**
 * `vite build` of src/web into `outDir`, in a child process (see the note at the top). Always the
 * production build: under vitest NODE_ENV is `test`, which makes Vite bundle React's development build
 * (50 % larger), and a later `npm start` would serve that as fresh.
 */
function viteBuild(viteUrl: string, outDir: string): Promise<void> {
  const script = `const vite = await import(process.argv[1]);
await vite.build({ configFile: process.argv[2], mode: 'production', logLevel: 'warn', build: { outDir: process.argv[3], emptyOutDir: true } });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, viteUrl, join(WEB_ROOT, 'vite.config.ts'), outDir], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => {
      errors = (errors + d.toString()).slice(-4000);
      process.stderr.write(d);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited with ${signal ?? code}: ${errors.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}
