import type { Command } from 'commander';
import { planHealth, type Finding } from '../../core/health/index.js';
import { CliError } from '../context.js';
import { loadPlan } from '../load-plan.js';

const severityLabel = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'information' },
  en: { error: 'error', warning: 'warning', info: 'note' },
} as const;

function where(f: Finding): string {
  return f.entity ? `${f.entity.collection}.${f.entity.key}` : 'plan';
}

export function registerCheck(plan: Command): void {
  plan
    .command('check')
    .description('Run every rule of the method on a plan; exit 1 when there are errors (usable in CI)')
    .argument('<plan>', 'a plan document (YAML or JSON), the id of a stored plan, or PLAN_ID@N for its revision N')
    .option('--format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'fr or en', 'fr')
    .option('--today <date>', 'judge the plan as of this date (YYYY-MM-DD)', new Date().toISOString().slice(0, 10))
    .action(async (source: string, opts: { format: string; lang: string; today: string }, command: Command) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new CliError('--format must be text or json');
      if (opts.lang !== 'fr' && opts.lang !== 'en') throw new CliError('--lang must be fr or en');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new CliError('--today must be a date YYYY-MM-DD');
      const lang = opts.lang;
      const health = planHealth(await loadPlan(command, source), opts.today);
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify(health, null, 2)}\n`);
      } else {
        const { error, warning, info } = health.counts;
        const title = lang === 'fr' ? 'Santé du plan' : 'Plan health';
        const counts =
          lang === 'fr'
            ? `${error} erreur(s), ${warning} avertissement(s), ${info} information(s)`
            : `${error} error(s), ${warning} warning(s), ${info} note(s)`;
        const lines = health.findings.map(
          (f) => `${severityLabel[lang][f.severity].padEnd(13)} ${where(f)} — ${f.message[lang]}`,
        );
        process.stdout.write([`${title}: ${health.score}/100 — ${counts}`, ...lines].join('\n') + '\n');
      }
      if (health.counts.error > 0) process.exitCode = 1;
    });
}
