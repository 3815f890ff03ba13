// `accord users add` and `accord tokens create`: the operator's way in, run with the database's own
// rights (the system actor), like a shell on the server.
import type { Command } from 'commander';
import { z } from 'zod';
import type { Db } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { invalid } from '../../server/errors.ts';
import { ROLES, SYSTEM_ACTOR } from '../../server/features/accounts/actor.ts';
import { generatePassword } from '../../server/features/accounts/passwords.ts';
import { findUserByEmail } from '../../server/features/accounts/repository.ts';
import { createToken, createUser } from '../../server/features/accounts/service.ts';
import { fail } from './common.ts';
import { configFromFlags } from './serve.ts';

async function withDb<T>(database: string | undefined, run: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(configFromFlags({ database }).database);
  try {
    await migrateToLatest(db);
    return await run(db);
  } finally {
    await db.close();
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(String(issue?.path.join('.') ?? ''), issue?.message ?? 'invalid');
  }
  return result.data;
}

const UserFlags = z.object({
  email: z.email(),
  name: z.string().min(1),
  role: z.enum(ROLES),
  party: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO code such as BY').optional(),
  body: z.coerce.number().int().positive().optional(),
  password: z.string().min(12, 'must be at least 12 characters').optional(),
  database: z.string().optional(),
});

const TokenFlags = z.object({
  user: z.email(),
  name: z.string().min(1),
  role: z.enum(ROLES).optional(),
  expires: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  database: z.string().optional(),
});

export function registerAccountCommands(program: Command): void {
  const users = program.command('users').description('manage user accounts');
  users
    .command('add')
    .description('create a user; prints the password when it is generated')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--party <code>', 'ISO code of the party the user acts for')
    .option('--body <id>', 'body id (executors)')
    .option('--password <password>', 'at least 12 characters (generated when omitted)')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://…')
    .action(async (raw: unknown) => {
      try {
        const flags = parse(UserFlags, raw);
        const password = flags.password ?? generatePassword();
        const user = await withDb(flags.database, (db) =>
          createUser(db.kysely, SYSTEM_ACTOR, { email: flags.email, name: flags.name, role: flags.role, party: flags.party ?? null, bodyId: flags.body ?? null, password }),
        );
        process.stdout.write(`Created user ${user.id} ${user.email} (${user.role}${user.party ? `, ${user.party}` : ''}).\n`);
        if (!flags.password) process.stdout.write(`Password: ${password}\n`);
      } catch (error) {
        fail(error);
      }
    });

  program
    .command('tokens')
    .description('manage API tokens')
    .command('create')
    .description('create an API token for a user; prints the secret once')
    .requiredOption('--user <email>')
    .requiredOption('--name <name>')
    .option('--role <role>', 'narrow the token to a lesser role')
    .option('--expires <when>', 'ISO date or date-time')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://…')
    .action(async (raw: unknown) => {
      try {
        const flags = parse(TokenFlags, raw);
        const secret = await withDb(flags.database, async (db) => {
          const user = await findUserByEmail(db.kysely, flags.user.toLowerCase());
          if (!user) throw invalid('user', `no user with e-mail ${flags.user}`);
          const created = await createToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: flags.name, role: flags.role ?? null, expiresAt: flags.expires ?? null });
          return created.secret;
        });
        process.stdout.write(`${secret}\n`);
      } catch (error) {
        fail(error);
      }
    });
}
