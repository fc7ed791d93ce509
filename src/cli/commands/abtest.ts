import type { Command } from 'commander';
import { analyzeAbTest, describeAnalysis, sampleSize, testDurationDays } from '../../core/abtest/index.js';
import type { AbTestInput } from '../../core/abtest/types.js';
import { groupThousands } from '../../core/shared/format.js';
import { abTestInputSchema, sampleSizeBody } from '../../contract/experiments.js';
import { issuesOf, pathText } from '../../contract/issues.js';
import { CliError } from '../context.js';
import { readJsonInput } from '../json-input.js';

type Lang = 'fr' | 'en';

function checkFormat(format: string, lang: string): Lang {
  if (format !== 'text' && format !== 'json') throw new CliError('--format must be text or json');
  if (lang !== 'fr' && lang !== 'en') throw new CliError('--lang must be fr or en');
  return lang;
}

/** "0.05", "5%" and "5 %" all mean 5 %. */
function rate(value: string): number {
  const percent = /^\s*(-?[\d.]+)\s*%\s*$/.exec(value);
  const number = percent ? Number(percent[1]) / 100 : Number(value);
  if (!Number.isFinite(number)) throw new CliError(`Not a number: ${value}`);
  return number;
}

const grouped = (n: number, lang: Lang) => groupThousands(String(n), lang === 'fr' ? ' ' : ',');

export function registerAbtest(program: Command): void {
  const abtest = program.command('abtest').description('A/B test statistics: analysis of results, sample size');

  abtest
    .command('analyze')
    .description(
      'Analyse an A/B test from {"metric":"proportion"|"mean","arms":[…],"alpha"?,"sequential"?,"prior"?} (arm 0 is the control)',
    )
    .argument('<file>', 'JSON input, or - for standard input')
    .option('--format <format>', 'text (the verdict) or json (every figure)', 'text')
    .option('--lang <lang>', 'fr or en, for text', 'fr')
    .action((source: string, opts: { format: string; lang: string }) => {
      const lang = checkFormat(opts.format, opts.lang);
      const input = readJsonInput(source, abTestInputSchema, 'A/B test input') as AbTestInput;
      const analysis = analyzeAbTest(input);
      process.stdout.write(
        opts.format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : `${describeAnalysis(analysis)[lang]}\n`,
      );
    });

  abtest
    .command('size')
    .description('Sample size per arm of a conversion test (Evan Miller’s formula)')
    .requiredOption('--baseline <rate>', 'the control’s conversion rate: 0.05 or 5%')
    .requiredOption(
      '--mde <effect>',
      'minimum detectable effect, relative to the baseline (0.1 or 10%) unless --absolute',
    )
    .option('--absolute', 'the effect is in percentage points of conversion (0.01 = one point)', false)
    .option('--alpha <alpha>', 'two-sided significance level', '0.05')
    .option('--power <power>', 'chance of detecting the effect when it is there', '0.8')
    .option('--arms <arms>', 'number of arms, the control included', '2')
    .option('--daily-traffic <units>', 'units entering the test per day, for the duration')
    .option('--format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'fr or en, for text', 'fr')
    .action(
      (opts: {
        baseline: string;
        mde: string;
        absolute: boolean;
        alpha: string;
        power: string;
        arms: string;
        dailyTraffic?: string;
        format: string;
        lang: string;
      }) => {
        const lang = checkFormat(opts.format, opts.lang);
        const parsed = sampleSizeBody.safeParse({
          baseline: rate(opts.baseline),
          mde: rate(opts.mde),
          absolute: opts.absolute,
          alpha: rate(opts.alpha),
          power: rate(opts.power),
          arms: Number(opts.arms),
          ...(opts.dailyTraffic === undefined ? {} : { dailyTraffic: Number(opts.dailyTraffic) }),
        });
        if (!parsed.success) {
          const lines = issuesOf(parsed.error).map((i) => `  - --${pathText(i.path)}: ${i.message}`);
          throw new CliError(['Invalid sample-size input:', ...lines].join('\n'));
        }
        const body = parsed.data;
        const size = sampleSize(body);
        if (!size.defined) throw new CliError(size.explanation[lang]);
        const weights = Array.from({ length: body.arms ?? 2 }, () => 1);
        const days =
          body.dailyTraffic === undefined
            ? null
            : testDurationDays({ perArm: size.perArm, weights, dailyTraffic: body.dailyTraffic });
        const out = { perArm: size.perArm, total: size.total, ...(days === null ? {} : { days }) };
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const perArm = grouped(size.perArm, lang);
        const total = grouped(size.total, lang);
        const line =
          lang === 'fr'
            ? `${perArm} par bras, ${total} en tout${days === null ? '' : ` ; environ ${days} jours`}`
            : `${perArm} per arm, ${total} in all${days === null ? '' : `; about ${days} days`}`;
        process.stdout.write(`${line}\n`);
      },
    );
}
