import fs from 'node:fs';
import { registerPlanFromTemplate } from './templates.js';
import { Option, type Command } from 'commander';
import { isoDate } from '../../contract/fields.js';
import { exportFormats, exportPlan, type ExportFormat } from '../../io/export/registry.js';
import { formatPlanDocument, parsePlanDocument } from '../../io/plan-document-text.js';
import { AppError } from '../../server/http/errors.js';
import { exportPlanDocument } from '../../server/modules/documents/document.export.js';
import { planFactsOf } from '../../server/modules/documents/plan-facts.js';
import { importPlanDocument } from '../../server/modules/documents/document.import.js';
import { findPlans, presentPlan } from '../../server/modules/plans/plans.service.js';
import { getWorkspace } from '../../server/modules/workspaces/workspaces.service.js';
import { CliError, output, withDatabase } from '../context.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import type { DatabaseHandle } from '../../server/db/dialect.js';

/** Formats that are not text: never written to a terminal. */
const binaryFormats = new Set<ExportFormat>(['pdf', 'xlsx', 'pptx']);

async function requireWorkspace(database: DatabaseHandle, id: string): Promise<void> {
  await getWorkspace(database.db, id).catch(() => {
    throw new CliError(`No workspace with id ${id}`);
  });
}

export function registerPlans(program: Command): void {
  const plan = program.command('plan').description('List, export, import, check and generate plans');
  registerCheck(plan);
  registerPlanFromTemplate(plan);
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
    .description(
      'Write a plan as a jalon/plan@1 document (yaml, json) or as a file to read and share: pdf, xlsx, ics, pptx, md',
    )
    .argument('<plan>', 'plan id')
    .addOption(
      new Option('--format <format>', 'yaml or json (the plan document), pdf, xlsx, ics, pptx or md')
        .choices(['yaml', 'json', ...exportFormats])
        .default('yaml'),
    )
    .option(
      '-o, --output <file>',
      'file to write (default: standard output; required for pdf, xlsx and pptx on a terminal)',
    )
    .addOption(new Option('--lang <lang>', 'language of the file (default: the plan’s)').choices(['fr', 'en']))
    .option('--today <date>', 'YYYY-MM-DD: the day statuses are computed for (default: today)')
    .action(
      async (
        planId: string,
        opts: { format: string; output?: string; lang?: 'fr' | 'en'; today?: string },
        command: Command,
      ) => {
        if (opts.today !== undefined && !isoDate.safeParse(opts.today).success) {
          command.error(`--today must be a date as YYYY-MM-DD, not "${opts.today}"`, { exitCode: 2 });
        }
        const format = opts.format;
        if (format === 'yaml' || format === 'json') {
          await withDatabase(command, async (database) => {
            const text = formatPlanDocument(await exportPlanDocument(database.db, planId), format);
            if (opts.output) fs.writeFileSync(opts.output, text);
            else process.stdout.write(text);
          });
          return;
        }
        const fileFormat = format as ExportFormat;
        if (!opts.output && binaryFormats.has(fileFormat) && process.stdout.isTTY) {
          throw new CliError(
            `A ${fileFormat} file is binary: not written to the terminal. Use -o FILE, or redirect the output.`,
          );
        }
        await withDatabase(command, async (database) => {
          const facts = planFactsOf(await exportPlanDocument(database.db, planId));
          const file = await exportPlan(fileFormat, {
            facts,
            language: opts.lang ?? facts.plan.locale,
            today: opts.today ?? new Date().toISOString().slice(0, 10),
            planId,
          });
          const bytes = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
          if (!opts.output) {
            process.stdout.write(bytes);
            return;
          }
          fs.writeFileSync(opts.output, bytes);
          output(
            command,
            { file: opts.output, format: fileFormat, bytes: bytes.length },
            `Wrote ${opts.output} (${fileFormat}, ${bytes.length} bytes)`,
          );
        });
      },
    );

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
