import { ConfigError } from '../../server/config.ts';
import { AppError } from '../../server/errors.ts';

/** Prints a message a person can act on and exits non-zero. */
export function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof AppError) {
    const fields = error instanceof AppError ? error.fields.map((f) => `\n  ${f.path}: ${f.message}`).join('') : '';
    process.stderr.write(`accord: ${error.message}${fields}\n`);
  } else if (error instanceof Error) {
    process.stderr.write(`accord: ${error.message}\n`);
  } else {
    process.stderr.write(`accord: ${String(error)}\n`);
  }
  process.exit(1);
}
