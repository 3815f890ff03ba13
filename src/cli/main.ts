// The `accord` command line. Each command lives in ./commands/ and registers itself on the program.
import { Command } from 'commander';
import { registerExtractCommands } from './commands/extract.ts';

const program = new Command('accord')
  .description('Accord: the record of what heads of state and intergovernmental bodies agree, and whether they did.')
  .showHelpAfterError();

registerExtractCommands(program);

await program.parseAsync(process.argv);
