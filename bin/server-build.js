// The compiled CLI and server: src/cli/main.ts bundled by esbuild into one JavaScript file, built when
// missing or older than the sources, so that `npm start` and `npx accord …` run plain JavaScript.
// Running TypeScript through tsx at run time costs the server about 60 MB of resident memory (tsx's
// loader, the transpiled sources and their source maps; bench/README.md, "What the figures say").
//
// Plain JavaScript on purpose: it runs before anything can load TypeScript. esbuild comes with tsx (a
// dependency); when it cannot be loaded or the build fails, the caller falls back to tsx.
//
// The bundle keeps every module's own location: `import.meta.url` in a source file is replaced by that
// file's URL, so paths made relative to a module (the front end's dist, the intake worker, createRequire)
// resolve exactly as under tsx. Packages stay external and load from node_modules as usual.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const ENTRY = join(ROOT, 'src/cli/main.ts');
export const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/accord-server');
// Named after the checkout it was built from: two checkouts sharing one node_modules (a symlink) must
// not run each other's sources, which the bundle names by absolute path.
export const BUNDLE = join(BUNDLE_DIR, `accord-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.mjs`);

/** Newest modification time under `dir`, skipping the front end (built separately) and dot entries. */
function newest(dir, skip) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (skip.has(path)) continue;
    time = Math.max(time, entry.isDirectory() ? newest(path, skip) : statSync(path).mtimeMs);
  }
  return time;
}

/** True when the bundle is missing or older than any server source, this file, or the installed packages. */
export function serverBuildIsStale(root = ROOT, bundle = BUNDLE) {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const inputs = [join(root, 'package-lock.json'), join(root, 'package.json'), fileURLToPath(import.meta.url)].filter((f) => existsSync(f));
  if (inputs.some((f) => statSync(f).mtimeMs > built)) return true;
  return newest(join(root, 'src'), new Set([join(root, 'src/web')])) > built;
}

/** esbuild plugin: each source file's `import.meta.url` becomes the URL of that file (see the note above). */
function keepModuleUrls(root) {
  const src = join(root, 'src');
  return {
    name: 'accord-module-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(src)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds the bundle when stale and returns its path; null when esbuild is not available or the build
 * failed (`log` says why). The bundle is written beside its final name and renamed into place, so a
 * second process starting at the same moment never runs half a file.
 */
export async function buildServerIfNeeded(options = {}) {
  const { root = ROOT, bundle = BUNDLE, force = false, log = () => undefined } = options;
  if (!force && !serverBuildIsStale(root, bundle)) return bundle;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    log('esbuild is not installed; running the TypeScript sources through tsx.');
    return null;
  }
  const staging = `${bundle}.${process.pid}-${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(bundle), { recursive: true });
    await esbuild.build({
      entryPoints: [join(root, 'src/cli/main.ts')],
      outfile: staging,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // Stack traces point into the bundle; `node --enable-source-maps` maps them back to the sources.
      sourcemap: 'linked',
      logLevel: 'silent',
      plugins: [keepModuleUrls(root)],
    });
    renameSync(`${staging}.map`, `${bundle}.map`);
    renameSync(staging, bundle);
    return bundle;
  } catch (error) {
    rmSync(staging, { force: true });
    rmSync(`${staging}.map`, { force: true });
    log(`The server did not build (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); running the TypeScript sources through tsx.`);
    return null;
  } finally {
    // esbuild's service is a child process; the server has no further use for it
    await esbuild.stop();
  }
}

/** Runs the CLI in this process: the bundle when it can be built, otherwise the sources through tsx. */
export async function runCli() {
  const bundle = process.env.ACCORD_TSX === '1' ? null : await buildServerIfNeeded({ log: (line) => process.stderr.write(`${line}\n`) });
  if (bundle !== null) {
    await import(pathToFileURL(bundle).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
