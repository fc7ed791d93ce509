import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { forecastFromSeries } from '../../core/kpi/index.js';
import { isoDate } from '../../contract/fields.js';
import {
  importMappingSchema,
  type ImportMapping,
  type ImportPreview,
  type ImportReport,
} from '../../contract/imports.js';
import { issuesOf, pathText } from '../../contract/issues.js';
import type { DatabaseHandle } from '../../server/db/dialect.js';
import type { PlanRow } from '../../server/db/schema.js';
import { AppError } from '../../server/http/errors.js';
import {
  planKpis,
  previewImport,
  refusedForInvalidRows,
  runImport,
} from '../../server/modules/imports/import.service.js';
import { findMapping } from '../../server/modules/imports/mappings.service.js';
import { CliError, describeError, globalOptions, withDatabase } from '../context.js';
import { readJsonInput } from '../json-input.js';

/** `{"startDate","values":[…],"deadline","target","cumulativeTarget"?}`; null marks a day without data. */
const forecastInput = z
  .object({
    startDate: isoDate,
    values: z.array(z.number().finite().nullable()).max(100_000),
    deadline: isoDate,
    target: z.number().finite(),
    cumulativeTarget: z.number().finite().optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
  })
  .strict();

export function registerKpi(program: Command): void {
  const kpi = program.command('kpi').description('KPI calculations and measurement imports');
  registerKpiImport(kpi);
  kpi
    .command('forecast')
    .description('Forecast a daily series to its deadline (least squares, 95 % prediction interval)')
    .argument('<file>', 'JSON input, or - for standard input')
    .option('--format <format>', 'json', 'json')
    .action((source: string, opts: { format: string }) => {
      if (opts.format !== 'json') throw new CliError('--format must be json');
      const input = readJsonInput(source, forecastInput, 'forecast input');
      const forecast = forecastFromSeries({ ...input, values: input.values.map((v) => v ?? Number.NaN) });
      if (forecast.reason) process.stderr.write(`${forecast.reason.en}\n`);
      const { slopePerDay, interceptAtDay0, projection, pi95, probMeetTarget, cumulative } = forecast;
      const out = { slopePerDay, interceptAtDay0, projection, pi95, probMeetTarget, cumulative };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}

/* ---------- kpi import ---------- */

type Lang = 'fr' | 'en';

/** A usage problem: printed, exit code 2, nothing done. */
class UsageProblem extends Error {}

async function findPlan(database: DatabaseHandle, keyOrId: string, workspace?: string): Promise<PlanRow> {
  let query = database.db
    .selectFrom('plans')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', keyOrId), eb('key', '=', keyOrId)]));
  if (workspace) query = query.where('workspace_id', '=', workspace);
  const plans = await query.execute();
  const byId = plans.find((p) => p.id === keyOrId);
  if (byId) return byId;
  if (plans.length === 0)
    throw new UsageProblem(`No plan with id or key "${keyOrId}"${workspace ? ` in workspace ${workspace}` : ''}`);
  if (plans.length > 1) {
    throw new UsageProblem(
      `Several plans have the key "${keyOrId}" (workspaces ${plans.map((p) => p.workspace_id).join(', ')}): add --workspace <id>`,
    );
  }
  return plans[0]!;
}

async function loadMapping(database: DatabaseHandle, planId: string, value: string): Promise<ImportMapping> {
  if (fs.existsSync(value) && fs.statSync(value).isFile()) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(value, 'utf8'));
    } catch {
      throw new UsageProblem(`${value} is not valid JSON`);
    }
    const parsed = importMappingSchema.safeParse(json);
    if (!parsed.success) {
      const lines = issuesOf(parsed.error).map((i) => `  - ${pathText(i.path)}: ${i.message}`);
      throw new UsageProblem([`Invalid mapping in ${value}:`, ...lines].join('\n'));
    }
    return parsed.data;
  }
  try {
    return (await findMapping(database.db, planId, value)).mapping;
  } catch {
    throw new UsageProblem(`--mapping ${value}: no such file, and no mapping saved under that name in the plan`);
  }
}

/** What to write in a mapping for this file, from its preview. */
function mappingHelp(preview: ImportPreview, lang: Lang, kpis: { key: string; unit: string | null }[]): string {
  const table = preview.tables.find((t) => t.id === preview.defaultTable) ?? preview.tables[0];
  const fr = lang === 'fr';
  const lines: string[] = [
    fr
      ? `Format reconnu : ${preview.formatLabel.fr}${preview.encoding ? ` (${preview.encoding}` : ''}${preview.delimiter ? `, séparateur ${JSON.stringify(preview.delimiter)})` : preview.encoding ? ')' : ''}`
      : `Format: ${preview.formatLabel.en}${preview.encoding ? ` (${preview.encoding}` : ''}${preview.delimiter ? `, delimiter ${JSON.stringify(preview.delimiter)})` : preview.encoding ? ')' : ''}`,
  ];
  if (preview.period)
    lines.push(
      fr
        ? `Période : ${preview.period.start} → ${preview.period.end}`
        : `Period: ${preview.period.start} → ${preview.period.end}`,
    );
  lines.push(fr ? 'Tableaux :' : 'Tables:');
  for (const t of preview.tables) {
    const mark = t.id === preview.defaultTable ? '*' : ' ';
    const title = t.title ? ` ${t.title}` : '';
    lines.push(`${mark} [${t.id}]${title} — ${t.rowCount} ${fr ? 'ligne(s)' : 'row(s)'}`);
    if (t.rowCount === 0) continue;
    for (const col of t.columns) {
      const detail = [col.kind, col.dateFormat, col.dateAmbiguous ? (fr ? 'ambigu' : 'ambiguous') : null, col.currency]
        .filter(Boolean)
        .join(', ');
      lines.push(`      ${col.name.padEnd(36)} ${detail.padEnd(24)} ${col.samples.slice(0, 3).join(' | ')}`);
    }
  }
  for (const note of preview.notes) lines.push(`- ${note[lang]}`);
  if (table) {
    const values = table.columns.filter((c) => ['number', 'percent', 'currency'].includes(c.kind)).slice(0, 2);
    const example: Record<string, unknown> = {
      ...(preview.tables.length > 1 ? { table: table.id } : {}),
      ...(table.suggestedDateColumn
        ? { dateColumn: table.suggestedDateColumn, dateFormat: table.suggestedDateFormat ?? undefined }
        : { fixedDate: table.suggestedFixedDate ?? 'YYYY-MM-DD' }),
      columns: (values.length > 0 ? values : table.columns.slice(1, 2)).map((c, i) => ({
        column: c.name,
        kpiKey: kpis[i]?.key ?? (fr ? `cle-indicateur-${i + 1}` : `kpi-key-${i + 1}`),
      })),
      source: preview.suggestedSource,
    };
    const known = kpis.map((k) => (k.unit ? `${k.key} (${k.unit})` : k.key)).join(', ');
    lines.push(
      '',
      fr ? `Indicateurs de ce plan : ${known || 'aucun'}` : `KPIs of this plan: ${known || 'none'}`,
      fr
        ? 'Écrivez une correspondance (JSON) et relancez avec --mapping <fichier.json>, par exemple :'
        : 'Write a mapping (JSON) and run again with --mapping <file.json>, for example:',
      JSON.stringify(example, null, 2),
      fr
        ? 'Champs : table, dateColumn ou fixedDate, dateFormat (iso, ymd-compact, dmy, mdy, month-name, excel-serial, day-offset), decimalSeparator ("." ou ","), columns [{column, kpiKey}], source, filters [{column, equals}], aggregate ("sum"). Voir le README, « Importing KPI measurements ».'
        : 'Fields: table, dateColumn or fixedDate, dateFormat (iso, ymd-compact, dmy, mdy, month-name, excel-serial, day-offset), decimalSeparator ("." or ","), columns [{column, kpiKey}], source, filters [{column, equals}], aggregate ("sum"). See the README, "Importing KPI measurements".',
    );
  }
  return lines.join('\n');
}

function reportText(report: ImportReport, lang: Lang): string {
  const fr = lang === 'fr';
  const lines = [report.summary[lang]];
  if (report.kpis.length > 0 && (report.written || report.dryRun)) {
    lines.push(
      ...report.kpis.map((k) => `  ${k.kpiKey}: ${k.measurements}`),
      report.firstDate
        ? fr
          ? `  du ${report.firstDate} au ${report.lastDate}`
          : `  from ${report.firstDate} to ${report.lastDate}`
        : '',
    );
  }
  const skipped = report.skipped;
  const others = [
    skipped.totalRows > 0
      ? fr
        ? `${skipped.totalRows} ligne(s) de total`
        : `${skipped.totalRows} total row(s)`
      : null,
    skipped.filteredRows > 0
      ? fr
        ? `${skipped.filteredRows} ligne(s) filtrée(s)`
        : `${skipped.filteredRows} filtered row(s)`
      : null,
    skipped.emptyCells > 0
      ? fr
        ? `${skipped.emptyCells} cellule(s) vide(s)`
        : `${skipped.emptyCells} empty cell(s)`
      : null,
    skipped.noteRows > 0 ? (fr ? `${skipped.noteRows} ligne(s) de note` : `${skipped.noteRows} note row(s)`) : null,
  ].filter(Boolean);
  if (others.length > 0) lines.push(fr ? `Laissé de côté : ${others.join(', ')}` : `Left out: ${others.join(', ')}`);
  for (const w of report.warnings) lines.push(`${fr ? 'Attention' : 'Warning'}: ${w[lang]}`);
  if (report.errors.length > 0) {
    lines.push(fr ? 'Lignes invalides :' : 'Invalid rows:');
    const shown = report.errors.slice(0, 50);
    for (const e of shown) lines.push(`  ${fr ? 'ligne' : 'line'} ${e.line}, ${e.column}: ${e.reason[lang]}`);
    const rest = report.errorCount - shown.length;
    if (rest > 0)
      lines.push(fr ? `  … et ${rest} autre(s) (--json pour les voir)` : `  … and ${rest} more (--json to see them)`);
  }
  return lines.filter((l) => l !== '').join('\n');
}

function registerKpiImport(kpi: Command): void {
  kpi
    .command('import')
    .description(
      'Import KPI measurements from a file (CSV/TSV, XLSX, exports of Google Analytics 4, Google Ads, Meta Ads, Search Console, Business Profile); all or nothing',
    )
    .argument('<file>', 'the file to import')
    .requiredOption('--plan <plan>', 'plan key or id')
    .option('--workspace <id>', 'workspace of the plan (when its key is used in several)')
    .option(
      '--mapping <mapping>',
      'mapping: a JSON file, or the name of a mapping saved in the plan (without it: the preview)',
    )
    .option(
      '--skip-invalid',
      'write the valid rows and report the invalid ones (default: any invalid row and nothing is written)',
      false,
    )
    .option('--dry-run', 'read and check only; write nothing', false)
    .option('--lang <lang>', 'fr or en (default: the plan’s language)')
    .action(
      async (
        file: string,
        opts: {
          plan: string;
          workspace?: string;
          mapping?: string;
          skipInvalid: boolean;
          dryRun: boolean;
          lang?: string;
        },
        command: Command,
      ) => {
        const json = globalOptions(command).json ?? false;
        const usage = (message: string) => {
          process.stderr.write(`${message}\n`);
          process.exitCode = 2;
        };
        if (opts.lang !== undefined && opts.lang !== 'fr' && opts.lang !== 'en')
          return usage('--lang must be fr or en');
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return usage(`No such file: ${file}`);
        const fileName = file.split(/[\\/]/).pop() ?? file;
        try {
          await withDatabase(command, async (database) => {
            const plan = await findPlan(database, opts.plan, opts.workspace);
            const lang: Lang = (opts.lang as Lang | undefined) ?? (plan.locale === 'en' ? 'en' : 'fr');
            if (!opts.mapping) {
              const preview = await previewImport(file, fileName);
              const kpis = [...(await planKpis(database.db, plan.id)).values()];
              if (json) process.stdout.write(`${JSON.stringify(preview, null, 2)}\n`);
              else process.stderr.write(`${mappingHelp(preview, lang, kpis)}\n`);
              process.exitCode = 2;
              return;
            }
            const mapping = await loadMapping(database, plan.id, opts.mapping);
            const size = fs.statSync(file).size;
            const bar =
              process.stderr.isTTY && !json
                ? new cliProgress.SingleBar(
                    {
                      stream: process.stderr,
                      format: `${lang === 'fr' ? 'Import' : 'Import'} [{bar}] {percentage}% | {rows} ${lang === 'fr' ? 'lignes' : 'rows'}`,
                      hideCursor: true,
                      clearOnComplete: true,
                    },
                    cliProgress.Presets.shades_classic,
                  )
                : null;
            bar?.start(size, 0, { rows: 0 });
            let report: ImportReport;
            try {
              report = await runImport({
                database,
                planId: plan.id,
                workspaceId: plan.workspace_id,
                path: file,
                mapping,
                skipInvalid: opts.skipInvalid,
                dryRun: opts.dryRun,
                principal: null,
                now: new Date(),
                fileName,
                onProgress: (p) => bar?.update(Math.min(p.bytes, size), { rows: p.rowsRead }),
              });
            } finally {
              bar?.stop();
            }
            process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${reportText(report, lang)}\n`);
            if (refusedForInvalidRows(report) || (report.dryRun && report.invalidRowCount > 0)) process.exitCode = 1;
          });
        } catch (error) {
          if (error instanceof UsageProblem) return usage(error.message);
          // A mapping that does not fit the plan or the file is a usage error too.
          if (error instanceof AppError && error.errors.some((e) => e.code === 'mapping' || e.code === 'unknown_kpi')) {
            return usage(describeError(error));
          }
          if (error instanceof AppError) throw new CliError(describeError(error));
          throw error;
        }
      },
    );
}
