// The compiled server (bin/server-build.js): rebuilt when a server source is newer than the bundle, not
// for the front end; the bundle runs the CLI and keeps each module's own import.meta.url.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServerIfNeeded, ROOT, serverBuildIsStale } from '../bin/server-build.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-server-build-'));
  dirs.push(dir);
  return dir;
}

describe('server build', () => {
  it('is stale when missing or older than a server source, and not for a change to the front end', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src/server'), { recursive: true });
    mkdirSync(join(root, 'src/web'), { recursive: true });
    writeFileSync(join(root, 'src/server/a.ts'), 'export {};');
    writeFileSync(join(root, 'src/web/page.tsx'), 'export {};');
    const bundle = join(root, 'bundle.mjs');
    expect(serverBuildIsStale(root, bundle)).toBe(true);
    writeFileSync(bundle, '');
    // in the future, so that bin/server-build.js itself (an input too) is older than the bundle
    const t = Date.now() / 1000 + 1000;
    utimesSync(join(root, 'src/server/a.ts'), t - 100, t - 100);
    utimesSync(bundle, t - 50, t - 50);
    utimesSync(join(root, 'src/web/page.tsx'), t, t);
    expect(serverBuildIsStale(root, bundle)).toBe(false);
    utimesSync(join(root, 'src/server/a.ts'), t, t);
    expect(serverBuildIsStale(root, bundle)).toBe(true);
  });

  it('bundles the CLI, which runs as plain JavaScript and resolves module-relative paths from the sources', async () => {
    // inside the checkout, where the bundle's packages resolve from node_modules
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/accord-server-test-'));
    dirs.push(dir);
    const bundle = join(dir, 'accord.mjs');
    expect(await buildServerIfNeeded({ bundle, force: true })).toBe(bundle);
    const help = execFileSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
    expect(help).toContain('serve');
    const text = readFileSync(bundle, 'utf8');
    expect(text).not.toContain('import.meta.url');
    expect(text).toContain(JSON.stringify(pathToFileURL(join(ROOT, 'src/server/web-build.ts')).href));
    expect(serverBuildIsStale(ROOT, bundle)).toBe(false);
  });
});
