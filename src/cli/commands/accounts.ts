import type { Command } from 'commander';
import { emailSchema, passwordSchema } from '../../contract/auth.js';
import { tokenRoleSchema, workspaceNameSchema } from '../../contract/workspaces.js';
import { hashPassword } from '../../server/modules/auth/auth.crypto.js';
import { findUserByEmail, insertUser, presentUser } from '../../server/modules/auth/users.repository.js';
import { createToken } from '../../server/modules/workspaces/tokens.service.js';
import { createWorkspace, getWorkspace, presentWorkspace } from '../../server/modules/workspaces/workspaces.service.js';
import { CliError, output, withDatabase } from '../context.js';
import type { z } from 'zod';

function check<T extends z.ZodType>(schema: T, value: unknown, option: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`${option}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

export function registerAccounts(program: Command): void {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user (the first one is how a fresh install gets its administrator)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', 'at least 12 characters')
    .option('--name <name>', 'display name (defaults to the part of the email before @)')
    .option('--admin', 'make this user an instance administrator', false)
    .action(async (opts: { email: string; password: string; name?: string; admin: boolean }, command: Command) => {
      const email = check(emailSchema, opts.email, '--email');
      const password = check(passwordSchema, opts.password, '--password');
      await withDatabase(command, async ({ db }) => {
        if (await findUserByEmail(db, email)) throw new CliError(`A user with email ${email} already exists`);
        const row = await insertUser(db, {
          email,
          name: opts.name ?? email.split('@')[0] ?? email,
          passwordHash: await hashPassword(password),
          isAdmin: opts.admin,
          now: new Date().toISOString(),
        });
        output(
          command,
          presentUser(row),
          `Created user ${row.email} (${row.id})${opts.admin ? ' as administrator' : ''}`,
        );
      });
    });

  const workspace = program.command('workspace').description('Manage workspaces');
  workspace
    .command('create')
    .description('Create a workspace owned by an existing user')
    .requiredOption('--name <name>', 'workspace name (a company or an agency client)')
    .requiredOption('--owner <email>', 'email of the owner')
    .action(async (opts: { name: string; owner: string }, command: Command) => {
      const name = check(workspaceNameSchema, opts.name, '--name');
      await withDatabase(command, async ({ db }) => {
        const owner = await findUserByEmail(db, opts.owner);
        if (!owner) throw new CliError(`No user with email ${opts.owner}; create it first with: jalon user create`);
        const row = await createWorkspace(db, null, { name, ownerId: owner.id }, new Date());
        output(
          command,
          presentWorkspace(row, 'owner'),
          `Created workspace "${row.name}" (${row.id}) owned by ${owner.email}`,
        );
      });
    });

  const token = program.command('token').description('Manage API tokens');
  token
    .command('create')
    .description('Create an API token scoped to a workspace and a role (printed once)')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--role <role>', 'admin, editor or viewer')
    .requiredOption('--name <name>', 'what the token is for, e.g. "GA4 sync"')
    .action(async (opts: { workspace: string; role: string; name: string }, command: Command) => {
      const role = check(tokenRoleSchema, opts.role, '--role');
      await withDatabase(command, async ({ db }) => {
        await getWorkspace(db, opts.workspace).catch(() => {
          throw new CliError(`No workspace with id ${opts.workspace}`);
        });
        const created = await createToken(
          db,
          null,
          { workspaceId: opts.workspace, name: opts.name, role, createdBy: null },
          new Date(),
        );
        output(command, created, created.token);
      });
    });
}
