import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { forecastFromSeries } from '../../core/kpi/index.js';
import { isoDate } from '../../contract/fields.js';
import { issuesOf, pathText } from '../../contract/issues.js';
import { CliError } from '../context.js';

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

function readInput(source: string): string {
  if (source === '-') return fs.readFileSync(0, 'utf8');
  if (!fs.existsSync(source)) throw new CliError(`No such file: ${source}`);
  return fs.readFileSync(source, 'utf8');
}

export function registerKpi(program: Command): void {
  const kpi = program.command('kpi').description('KPI calculations');
  kpi
    .command('forecast')
    .description('Forecast a daily series to its deadline (least squares, 95 % prediction interval)')
    .argument('<file>', 'JSON input, or - for standard input')
    .option('--format <format>', 'json', 'json')
    .action((source: string, opts: { format: string }) => {
      if (opts.format !== 'json') throw new CliError('--format must be json');
      let data: unknown;
      try {
        data = JSON.parse(readInput(source));
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError('The input is not valid JSON');
      }
      const parsed = forecastInput.safeParse(data);
      if (!parsed.success) {
        const lines = issuesOf(parsed.error).map((i) => `  - ${pathText(i.path)}: ${i.message}`);
        throw new CliError(['Invalid forecast input:', ...lines].join('\n'));
      }
      const input = parsed.data;
      const forecast = forecastFromSeries({ ...input, values: input.values.map((v) => v ?? Number.NaN) });
      if (forecast.reason) process.stderr.write(`${forecast.reason.en}\n`);
      const { slopePerDay, interceptAtDay0, projection, pi95, probMeetTarget, cumulative } = forecast;
      const out = { slopePerDay, interceptAtDay0, projection, pi95, probMeetTarget, cumulative };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}
