// `accord extract` and `accord eval`: readouts to extraction documents, and their score against gold documents.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { extract } from '../../extraction/extract.ts';
import { CliError, fail, readStdin, readText } from './extract-io.ts';
import { registerEvalCommand } from './eval.ts';

export function registerExtractCommands(program: Command): void {
  program
    .command('extract')
    .description('Read press readouts and write one extraction document (JSON) per file; "-" reads stdin and writes stdout.')
    .argument('<files...>', 'readout files (.txt), or - for stdin')
    .option('-o, --out <dir>', 'directory for <name>.json files')
    .option('--reference <date>', 'ISO date to resolve relative dates against, overriding the published header')
    .action(async (files: string[], opts: { out?: string; reference?: string }) => {
      try {
        await runExtract(files, opts);
      } catch (e) {
        fail(e);
      }
    });
  registerEvalCommand(program);
}

async function runExtract(files: string[], opts: { out?: string; reference?: string }): Promise<void> {
  if (opts.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) throw new CliError(`--reference must be an ISO date (YYYY-MM-DD), got "${opts.reference}"`);
  const options = opts.reference ? { reference: opts.reference } : {};
  if (files.length === 1 && files[0] === '-') {
    const doc = extract(await readStdin(), options);
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  if (files.includes('-')) throw new CliError('"-" (stdin) cannot be combined with files');
  if (!opts.out) throw new CliError('--out <dir> is required when extracting files');
  await mkdir(opts.out, { recursive: true });
  let failures = 0;
  for (const file of files) {
    try {
      const doc = extract(await readText(file), options);
      const name = basename(file, extname(file));
      await writeFile(join(opts.out, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
    } catch (e) {
      failures++;
      fail(e);
    }
  }
  if (failures > 0) process.exitCode = 1;
}

/** Files of a directory with the extension, by base name. */
export async function listByName(dir: string, ext: string): Promise<Map<string, string>> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    throw new CliError(`${dir}: cannot read directory`);
  }
  const out = new Map<string, string>();
  for (const e of entries.sort()) if (e.endsWith(ext)) out.set(e.slice(0, -ext.length), join(dir, e));
  return out;
}
