// `accord audit …`: verify the audit trail's hash chain (in the database, or an export file with no
// database at all) and export it for an outside auditor. See docs/audit.md.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { z } from 'zod';
import { verifyExportFile, type FileVerification } from '../../server/audit/offline.ts';
import { exportAudit, verifyAudit, type AuditVerification } from '../../server/audit/service.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { invalid } from '../../server/errors.ts';
import { SYSTEM_ACTOR } from '../../server/features/accounts/actor.ts';
import { fail } from './common.ts';
import { configFromFlags } from './serve.ts';

const VerifyArgs = z.object({ file: z.string().min(1).optional(), database: z.string().optional(), json: z.boolean().optional() }).strict();
const ExportArgs = z.object({ file: z.string().min(1), database: z.string().optional() }).strict();

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(String(issue?.path.join('.') ?? ''), issue?.message ?? 'invalid');
  }
  return result.data;
}

export function formatAuditVerification(v: AuditVerification | FileVerification): string {
  const lines: string[] = [];
  if ('badLine' in v && v.badLine) lines.push(`BAD: line ${v.badLine.line} of the file: ${v.badLine.reason}`);
  if (v.firstBad) lines.push(`BAD: entry ${v.firstBad.seq}: ${v.firstBad.reason}`);
  if (v.ok) lines.push(`OK: ${v.entries} entries, chain intact up to entry ${v.lastSeq} (head ${v.lastHash})`);
  else lines.push(`The chain is intact up to entry ${v.lastSeq}${v.lastSeq > 0 ? ` (hash ${v.lastHash})` : ''}.`);
  return lines.join('\n');
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail: verify its hash chain, export it for an outside auditor');

  audit
    .command('verify')
    .description('check the hash chain (in the database, or in an export file with --file, no database needed); exit 1 naming the first bad entry')
    .option('-f, --file <export.ndjson>', 'verify an export file instead of the database')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--json', 'print the verification as JSON')
    .action(async (raw: Record<string, unknown>) => {
      let ok = false;
      try {
        const args = parse(VerifyArgs, raw);
        let verification: AuditVerification | FileVerification;
        if (args.file !== undefined) {
          verification = await verifyExportFile(args.file);
        } else {
          const db = openDatabase(configFromFlags({ database: args.database }).database);
          try {
            await migrateToLatest(db);
            verification = await verifyAudit(db.kysely, SYSTEM_ACTOR);
          } finally {
            await db.close();
          }
        }
        process.stdout.write(`${args.json ? JSON.stringify(verification, null, 2) : formatAuditVerification(verification)}\n`);
        ok = verification.ok;
      } catch (error) {
        fail(error);
      }
      if (!ok) process.exitCode = 1;
    });

  audit
    .command('export')
    .description('write the whole chain as NDJSON (header, entries, head) for an outside auditor')
    .argument('<file>', 'where to write (refuses to overwrite)')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .action(async (file: string, raw: Record<string, unknown>) => {
      try {
        const args = parse(ExportArgs, { ...raw, file });
        const db = openDatabase(configFromFlags({ database: args.database }).database);
        try {
          await migrateToLatest(db);
          const out = createWriteStream(args.file, { flags: 'wx' });
          await once(out, 'open');
          let entries = 0;
          for await (const line of exportAudit(db.kysely, SYSTEM_ACTOR)) {
            if (line.startsWith('{"entry"')) entries += 1;
            if (!out.write(line)) await once(out, 'drain');
          }
          out.end();
          await once(out, 'finish');
          process.stderr.write(`Wrote ${entries} entries to ${args.file}; check it with: accord audit verify --file ${args.file}\n`);
        } finally {
          await db.close();
        }
      } catch (error) {
        fail(error);
      }
    });
}
