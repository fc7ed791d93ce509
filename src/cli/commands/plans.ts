import fs from 'node:fs';
import type { Command } from 'commander';
import { formatPlanDocument, parsePlanDocument } from '../../io/plan-document-text.js';
import { AppError } from '../../server/http/errors.js';
import { exportPlanDocument } from '../../server/modules/documents/document.export.js';
import { importPlanDocument } from '../../server/modules/documents/document.import.js';
import { findPlans, presentPlan } from '../../server/modules/plans/plans.service.js';
import { getWorkspace } from '../../server/modules/workspaces/workspaces.service.js';
import { CliError, output, withDatabase } from '../context.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import type { DatabaseHandle } from '../../server/db/dialect.js';

async function requireWorkspace(database: DatabaseHandle, id: string): Promise<void> {
  await getWorkspace(database.db, id).catch(() => {
    throw new CliError(`No workspace with id ${id}`);
  });
}

export function registerPlans(program: Command): void {
  const plan = program.command('plan').description('List, export, import, check and generate plans');
  registerCheck(plan);
  registerDiff(plan);

  plan
    .command('list')
    .description('List the plans of a workspace')
    .requiredOption('--workspace <id>', 'workspace id')
    .action(async (opts: { workspace: string }, command: Command) => {
      await withDatabase(command, async (database) => {
        await requireWorkspace(database, opts.workspace);
        const page = await findPlans(database.db, opts.workspace, { limit: 1000, offset: 0 });
        const lines = page.items.map((p) => `${p.id}  ${p.key}  ${p.status}  ${p.name}`);
        output(command, page.items, lines.length > 0 ? lines.join('\n') : 'No plans in this workspace yet');
      });
    });

  plan
    .command('export')
    .description('Write a plan as a jalon/plan@1 document')
    .argument('<plan>', 'plan id')
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .action(async (planId: string, opts: { format: string; output?: string }, command: Command) => {
      if (opts.format !== 'yaml' && opts.format !== 'json') throw new CliError('--format must be yaml or json');
      const format = opts.format;
      await withDatabase(command, async (database) => {
        const text = formatPlanDocument(await exportPlanDocument(database.db, planId), format);
        if (opts.output) fs.writeFileSync(opts.output, text);
        else process.stdout.write(text);
      });
    });

  plan
    .command('import')
    .description('Create a plan from a jalon/plan@1 document (YAML or JSON); all or nothing')
    .argument('<file>', 'document to import')
    .requiredOption('--workspace <id>', 'workspace id')
    .action(async (file: string, opts: { workspace: string }, command: Command) => {
      if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
      const parsed = parsePlanDocument(fs.readFileSync(file, 'utf8'));
      if (!parsed.ok) {
        throw new AppError(
          'validation',
          `${file} has ${parsed.problems.length} problem(s); nothing was imported`,
          parsed.problems,
        );
      }
      await withDatabase(command, async (database) => {
        await requireWorkspace(database, opts.workspace);
        const row = await importPlanDocument(
          database.db,
          database.dialect,
          null,
          opts.workspace,
          parsed.document,
          new Date(),
        );
        output(command, presentPlan(row), `Imported plan "${row.name}" (${row.id}) as ${row.key}`);
      });
    });
}
