// `accord backup FILE` and `accord restore FILE`: an online snapshot of the running database and its
// way back, into either engine. See docs/operations.md.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { backupDatabase } from '../../server/backup/backup.ts';
import { restoreDatabase } from '../../server/backup/restore.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { AppError } from '../../server/errors.ts';
import { fail } from './common.ts';
import { configFromFlags } from './serve.ts';

interface BackupFlags {
  database?: string;
  json?: boolean;
  force?: boolean;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('write a consistent snapshot of the database while it serves (SQLite: a database file; PostgreSQL: portable JSON Lines)')
    .argument('<file>', 'where to write the backup')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--json', 'on SQLite too, write the portable JSON Lines export instead of a database file')
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, flags: BackupFlags) => {
      try {
        if (existsSync(file) && !flags.force) throw new AppError('conflict', `${file} exists; choose another name or pass --force to overwrite it.`);
        // No migration here: a backup records the database as it is.
        const db = openDatabase(configFromFlags({ database: flags.database }).database);
        try {
          const made = await backupDatabase(db, file, { json: flags.json === true });
          const rows = made.rows ? `, ${Object.values(made.rows).reduce((a, b) => a + b, 0)} rows in ${Object.keys(made.rows).length} tables` : '';
          process.stdout.write(`Backed up to ${made.file} (${made.kind === 'sqlite' ? 'SQLite database file' : 'JSON Lines'}, ${mb(made.bytes)}${rows}).\n`);
        } finally {
          await db.close();
        }
      } catch (error) {
        fail(error);
      }
    });

  program
    .command('restore')
    .description('load a backup (either kind) into an empty database of either engine, in one transaction')
    .argument('<file>', 'a file written by accord backup')
    .option('-d, --database <url>', 'sqlite:PATH or postgres://… (DATABASE_URL)')
    .option('--force', 'delete everything in the target database first (in the same transaction)')
    .action(async (file: string, flags: BackupFlags) => {
      try {
        const db = openDatabase(configFromFlags({ database: flags.database }).database);
        try {
          await migrateToLatest(db);
          const done = await restoreDatabase(db, file, { force: flags.force === true });
          const total = Object.values(done.rows).reduce((a, b) => a + b, 0);
          const replaced = done.replaced > 0 ? ` (replacing ${done.replaced} rows)` : '';
          process.stdout.write(`Restored ${total} rows in ${Object.keys(done.rows).length} tables from a ${done.dialect} backup into ${db.dialect}${replaced}.\n`);
        } finally {
          await db.close();
        }
      } catch (error) {
        fail(error);
      }
    });
}
