import type { Command } from 'commander';
import { isoDate } from '../../contract/fields.js';
import { generatePlanDocument, type PlanSize } from '../../io/plan-generator/index.js';
import { importPlanDocument } from '../../server/modules/documents/document.import.js';
import { presentPlan } from '../../server/modules/plans/plans.service.js';
import { getWorkspace } from '../../server/modules/workspaces/workspaces.service.js';
import { CliError, output, withDatabase } from '../context.js';

interface GenerateOpts {
  size: string;
  workspace: string;
  seed: string;
  start?: string;
}

function checkOptions(opts: GenerateOpts): { size: PlanSize; seed: number; startDate?: string } {
  if (opts.size !== 'small' && opts.size !== 'large') throw new CliError('--size must be small or large');
  if (!/^\d+$/.test(opts.seed) || Number(opts.seed) > 0xffffffff) {
    throw new CliError('--seed must be an integer between 0 and 4294967295');
  }
  if (opts.start !== undefined && !isoDate.safeParse(opts.start).success) {
    throw new CliError('--start must be an existing date as YYYY-MM-DD');
  }
  return { size: opts.size, seed: Number(opts.seed), startDate: opts.start };
}

/** `jalon plan generate`: a realistic demo plan, or the large performance reference, in one transaction. */
export function registerGenerate(program: Command): void {
  const plan = program.commands.find((c) => c.name() === 'plan');
  if (!plan) throw new Error('registerGenerate needs the "plan" command: call registerPlans first');

  plan
    .command('generate')
    .description('Create a generated demo plan (small) or the performance reference plan (large)')
    .requiredOption('--size <size>', 'small (a few of each) or large (2,000 actions, 200 KPIs × 3 years)')
    .requiredOption('--workspace <id>', 'workspace id')
    .option('--seed <n>', 'random seed: the same seed gives the same plan', '1')
    .option('--start <date>', 'first day of the plan, YYYY-MM-DD', '2025-01-01')
    .action(async (opts: GenerateOpts, command: Command) => {
      const options = checkOptions(opts);
      await withDatabase(command, async (database) => {
        await getWorkspace(database.db, opts.workspace).catch(() => {
          throw new CliError(`No workspace with id ${opts.workspace}`);
        });
        // The generator's output is valid by construction (its tests parse it with the document schema).
        const document = generatePlanDocument(options);
        const row = await importPlanDocument(database.db, database.dialect, null, opts.workspace, document, new Date());
        const count = (docKey: string) =>
          ((document as unknown as Record<string, unknown>)[docKey] as unknown[]).length;
        output(
          command,
          presentPlan(row),
          `Generated plan "${row.name}" (${row.id}): ${count('actions')} actions, ${count('kpis')} KPIs, ` +
            `${count('measurements')} measurements`,
        );
      });
    });
}
