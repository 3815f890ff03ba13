// `accord documents …`: verify a document's hashes, signatures and trail against the database, and the
// party's side of signing (make a key pair, sign a statement) without the server ever seeing a
// private key. See docs/documents.md.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { invalid } from '../../server/errors.ts';
import { SYSTEM_ACTOR } from '../../server/features/accounts/actor.ts';
import { generatePartyKeyPair, signedStatement, signStatement } from '../../server/features/documents/crypto.ts';
import { formatVerification, verifyDocument } from '../../server/features/documents/verify.ts';
import { fail } from './common.ts';
import { configFromFlags } from './serve.ts';

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(String(issue?.path.join('.') ?? ''), issue?.message ?? 'invalid');
  }
  return result.data;
}

const VerifyArgs = z.object({ id: z.coerce.number().int().positive(), database: z.string().optional(), json: z.boolean().optional() });
const KeygenArgs = z.object({ out: z.string().min(1) });
const StatementArgs = z.object({
  act: z.enum(['approve', 'sign']),
  document: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  party: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be a party code such as BY'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the version’s SHA-256 in lower-case hex'),
  key: z.string().min(1),
});

export function registerDocumentCommands(program: Command): void {
  const documents = program.command('documents').description('documents: verify hashes, signatures and the trail; party keys and signatures');

  documents
    .command('verify')
    .description("recompute every stored file's SHA-256, check every approval's and signing's signature and the trail; exit 1 on any discrepancy")
    .argument('<id>', 'document id')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--json', 'print the verification as JSON')
    .action(async (id: string, raw: Record<string, unknown>) => {
      let ok = false;
      try {
        const args = parse(VerifyArgs, { ...raw, id });
        const db = openDatabase(configFromFlags({ database: args.database }).database);
        try {
          await migrateToLatest(db);
          const verification = await verifyDocument(db.kysely, SYSTEM_ACTOR, args.id);
          process.stdout.write(`${args.json ? JSON.stringify(verification, null, 2) : formatVerification(verification)}\n`);
          ok = verification.ok;
        } finally {
          await db.close();
        }
      } catch (error) {
        fail(error);
      }
      if (!ok) process.exitCode = 1;
    });

  documents
    .command('keygen')
    .description("make an Ed25519 key pair for a party: the private key goes to --out (mode 600), the public key to standard output for POST /api/v1/documents/keys")
    .requiredOption('--out <file>', 'where to write the private key (PEM); keep it off the server')
    .action((raw: unknown) => {
      try {
        const args = parse(KeygenArgs, raw);
        const pair = generatePartyKeyPair();
        writeFileSync(args.out, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
        process.stdout.write(pair.publicKeyPem);
      } catch (error) {
        fail(error);
      }
    });

  documents
    .command('statement')
    .description('sign the statement for approving or signing a version with a private key; prints the base64 signature')
    .requiredOption('--act <act>', 'approve or sign')
    .requiredOption('--document <id>', 'document id')
    .requiredOption('--version <n>', 'version number')
    .requiredOption('--party <code>', 'the party you act for')
    .requiredOption('--sha256 <hex>', "the version's SHA-256: compute it yourself from the file you read (sha256sum)")
    .requiredOption('--key <file>', 'your private key (PEM)')
    .action((raw: unknown) => {
      try {
        const args = parse(StatementArgs, raw);
        const statement = signedStatement({ act: args.act, documentId: args.document, version: args.version, party: args.party, sha256: args.sha256 });
        process.stderr.write(`Signing: ${statement}\n`);
        process.stdout.write(`${signStatement(readFileSync(args.key, 'utf8'), statement)}\n`);
      } catch (error) {
        fail(error);
      }
    });
}
