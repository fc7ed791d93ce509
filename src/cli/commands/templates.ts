import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { emailSchema, passwordSchema } from '../../contract/auth.js';
import { isoDate } from '../../contract/fields.js';
import { currencySchema } from '../../contract/plans.js';
import { planFromTemplate, templateCatalog, TemplateNotFound } from '../../io/templates/templates.js';
import { loadConfig } from '../../server/config.js';
import { hashPassword } from '../../server/modules/auth/auth.crypto.js';
import { countUsers, insertUser } from '../../server/modules/auth/users.repository.js';
import { importPlanDocument } from '../../server/modules/documents/document.import.js';
import { presentPlan } from '../../server/modules/plans/plans.service.js';
import { createDemoPlan } from '../../server/modules/templates/demo.js';
import { createWorkspace, getWorkspace } from '../../server/modules/workspaces/workspaces.service.js';
import { CliError, output, withDatabase } from '../context.js';

type Lang = 'fr' | 'en';

function languageOf(value: string): Lang {
  if (value !== 'fr' && value !== 'en') throw new CliError('--lang must be fr or en');
  return value;
}

function checked<T>(result: { success: true; data: T } | { success: false }, option: string): T {
  if (!result.success) throw new CliError(`${option} is not valid`);
  return result.data;
}

const templatesDir = () => loadConfig().templatesDir;

export function registerTemplates(program: Command): void {
  program
    .command('template')
    .description('The plan templates and case studies')
    .command('list')
    .description('List the templates (id, name, whether it is a case study with history)')
    .option('--lang <lang>', 'fr or en', 'fr')
    .action((opts: { lang: string }, command: Command) => {
      const lang = languageOf(opts.lang);
      const items = templateCatalog(templatesDir());
      const lines = items.map(
        (t) => `${t.id}\t${t.name[lang]}${t.caseStudy ? (lang === 'fr' ? ' (cas pratique)' : ' (case study)') : ''}`,
      );
      output(command, items, lines.join('\n'));
    });

  program
    .command('demo')
    .description(
      'Load the demo plan (a case study with six months of history). On an empty database, also create ' +
        'the first administrator and a workspace, and print how to sign in.',
    )
    .option('--workspace <id>', 'the workspace to load it into (required once users exist)')
    .option('--email <email>', 'first administrator, on an empty database', 'demo@example.com')
    .option('--password <password>', 'their password (default: a random one, printed)')
    .option('--lang <lang>', 'fr or en', 'fr')
    .action(async (opts: { workspace?: string; email: string; password?: string; lang: string }, command: Command) => {
      const lang = languageOf(opts.lang);
      const email = checked(emailSchema.safeParse(opts.email), '--email');
      const password = checked(
        passwordSchema.safeParse(opts.password ?? randomBytes(12).toString('base64url')),
        '--password',
      );
      await withDatabase(command, async (database) => {
        const now = new Date();
        let workspaceId = opts.workspace;
        let signIn: { email: string; password: string } | null = null;
        if (workspaceId) {
          await getWorkspace(database.db, workspaceId).catch(() => {
            throw new CliError(`No workspace with id ${workspaceId}`);
          });
        } else {
          if ((await countUsers(database.db)) > 0) {
            throw new CliError('This database already has users: say which workspace with --workspace <id>');
          }
          const user = await insertUser(database.db, {
            email,
            name: lang === 'fr' ? 'Démo' : 'Demo',
            passwordHash: await hashPassword(password),
            isAdmin: true,
            now: now.toISOString(),
          });
          const workspace = await createWorkspace(
            database.db,
            null,
            { name: lang === 'fr' ? 'Démo' : 'Demo', ownerId: user.id },
            now,
          );
          workspaceId = workspace.id;
          signIn = { email, password };
        }
        const plan = await createDemoPlan(database, null, workspaceId, lang, templatesDir(), now);
        const howToSignIn = signIn ? `\nSign in as ${signIn.email} with the password ${signIn.password}` : '';
        output(
          command,
          { plan: presentPlan(plan), signIn },
          `Loaded the demo plan "${plan.name}" (${plan.id})${howToSignIn}`,
        );
      });
    });
}

/** `jalon plan create --template ID --workspace ID --start DATE`. */
export function registerPlanFromTemplate(plan: Command): void {
  plan
    .command('create')
    .description('Create a plan from a template (see jalon template list): its dates move to --start')
    .requiredOption('--template <id>', 'template id')
    .requiredOption('--workspace <id>', 'workspace id')
    .option('--start <date>', 'the plan’s first day, YYYY-MM-DD (default: today)')
    .option('--lang <lang>', 'fr or en: the language of its names and texts', 'fr')
    .option('--currency <code>', 'ISO 4217 currency, e.g. EUR')
    .option('--name <name>', 'the plan’s name (default: the template’s)')
    .action(
      async (
        opts: { template: string; workspace: string; start?: string; lang: string; currency?: string; name?: string },
        command: Command,
      ) => {
        const language = languageOf(opts.lang);
        const startDate = checked(isoDate.safeParse(opts.start ?? new Date().toISOString().slice(0, 10)), '--start');
        const currency =
          opts.currency === undefined ? undefined : checked(currencySchema.safeParse(opts.currency), '--currency');
        let document;
        try {
          document = planFromTemplate(templatesDir(), {
            id: opts.template,
            language,
            startDate,
            currency,
            name: opts.name,
          });
        } catch (error) {
          if (error instanceof TemplateNotFound) throw new CliError(`${error.message}; see jalon template list`);
          throw error;
        }
        await withDatabase(command, async (database) => {
          await getWorkspace(database.db, opts.workspace).catch(() => {
            throw new CliError(`No workspace with id ${opts.workspace}`);
          });
          const row = await importPlanDocument(
            database.db,
            database.dialect,
            null,
            opts.workspace,
            document,
            new Date(),
          );
          output(
            command,
            presentPlan(row),
            `Created plan "${row.name}" (${row.id}) from the template ${opts.template}`,
          );
        });
      },
    );
}
