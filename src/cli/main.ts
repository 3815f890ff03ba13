// The `accord` command line. Each command lives in ./commands/ and registers itself on the program.
import { Command } from 'commander';
import { registerAccountCommands } from './commands/accounts.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDocumentCommands } from './commands/documents.ts';
import { registerExtractCommands } from './commands/extract.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerIntakeCommands } from './commands/intake.ts';
import { registerAuditCommands } from './commands/audit.ts';

const program = new Command('accord')
  .description('Accord: the record of what heads of state and intergovernmental bodies agree, and whether they did.')
  .showHelpAfterError();

registerServeCommands(program);
registerAccountCommands(program);
registerExtractCommands(program);
registerIntakeCommands(program);
registerDocumentCommands(program);
registerBackupCommands(program);
registerAuditCommands(program);

await program.parseAsync(process.argv);
