import { Command, CommanderError } from 'commander';
import { registerAbtest } from './commands/abtest.js';
import { registerAccounts } from './commands/accounts.js';
import { registerGenerate } from './commands/generate.js';
import { registerKpi } from './commands/kpi.js';
import { registerPlans } from './commands/plans.js';
import { registerServe } from './commands/serve.js';
import { registerTemplates } from './commands/templates.js';
import { describeError } from './context.js';

/** Exit codes: 0 success, 1 failure, 2 usage error. */
const program = new Command('jalon')
  .description('Jalon — plans d’action commerciale: objectives, OKRs, actions, budget and KPIs')
  .option(
    '--db <url>',
    'database: postgres://… or a SQLite file (default: DATABASE_URL, else $JALON_DATA_DIR/jalon.sqlite)',
  )
  .option('--json', 'print machine-readable JSON', false)
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerAccounts(program);
registerPlans(program);
registerGenerate(program);
registerKpi(program);
registerAbtest(program);
registerTemplates(program);

// Every sub-command reports usage errors with exit code 2 instead of commander's default 1.
for (const command of program.commands) {
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode =
      error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`Error: ${describeError(error)}\n`);
    process.exitCode = 1;
  }
}
