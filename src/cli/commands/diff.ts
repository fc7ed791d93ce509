import type { Command } from 'commander';
import { diffPlans, summariseDiff } from '../../core/diff/index.js';
import { CliError } from '../context.js';
import { loadPlan } from '../load-plan.js';

export function registerDiff(plan: Command): void {
  plan
    .command('diff')
    .description('What changed between two plans, in words (FR or EN)')
    .argument('<a>', 'before: a plan document, a stored plan id, or PLAN_ID@N for its revision N')
    .argument('<b>', 'after: same forms')
    .option('--format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'fr or en', 'fr')
    .action(async (a: string, b: string, opts: { format: string; lang: string }, command: Command) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new CliError('--format must be text or json');
      if (opts.lang !== 'fr' && opts.lang !== 'en') throw new CliError('--lang must be fr or en');
      const diff = diffPlans(await loadPlan(command, a), await loadPlan(command, b));
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
        return;
      }
      const lines = summariseDiff(diff, opts.lang);
      const none = opts.lang === 'fr' ? 'Aucune différence.' : 'No difference.';
      process.stdout.write(`${lines.length > 0 ? lines.join('\n') : none}\n`);
    });
}
