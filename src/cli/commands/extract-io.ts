// Reading readouts for the extract and eval commands: UTF-8 text only, with a clear error otherwise.
import { readFile } from 'node:fs/promises';

export class CliError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text; binary content (NUL bytes, invalid UTF-8) is refused. */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.includes(0)) throw new CliError(`${label}: not a text file (binary content)`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(`${label}: not a text file (invalid UTF-8)`);
  }
}

export async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot read (${code ?? String(e)})`);
  }
  return decodeText(bytes, path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks), 'stdin');
}

/** Prints the message and sets a failing exit code; unexpected errors keep their stack. */
export function fail(e: unknown): void {
  process.stderr.write(`accord: ${e instanceof Error ? e.message : String(e)}\n`);
  if (!(e instanceof CliError) && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
}
