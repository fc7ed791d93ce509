import type { Kysely } from 'kysely';
import { roleAtLeast, type Role } from '../../../contract/common.js';
import type { Database } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, forbidden, notFound, validationError } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/auth.crypto.js';
import { findUserByEmail, insertUser } from '../auth/users.repository.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';

export function findMembers(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.user_id as userId',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.version',
      'memberships.created_at as createdAt',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

async function getMember(db: Kysely<Database>, workspaceId: string, memberId: string) {
  const member = (await findMembers(db, workspaceId)).find((m) => m.id === memberId);
  if (!member) throw notFound('Member');
  return member;
}

/** Only an owner may hand out or take away the owner role. */
function assertCanGrant(callerRole: Role, role: Role): void {
  if (role === 'owner' && callerRole !== 'owner') throw forbidden('Only an owner can make someone an owner');
}

async function countOwners(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function addMember(
  db: Kysely<Database>,
  principal: Principal,
  callerRole: Role,
  workspaceId: string,
  input: { email: string; role: Role; name?: string; password?: string },
  now: Date,
) {
  assertCanGrant(callerRole, input.role);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    let user = await findUserByEmail(trx, input.email);
    if (!user) {
      if (!input.name || !passwordHash) {
        throw validationError('No account uses this email yet: give a name and an initial password to create it', [
          ...(input.name ? [] : [{ path: 'name', message: 'Required to create the account' }]),
          ...(passwordHash ? [] : [{ path: 'password', message: 'Required to create the account' }]),
        ]);
      }
      user = await insertUser(trx, {
        email: input.email,
        name: input.name,
        passwordHash,
        isAdmin: false,
        now: now.toISOString(),
      });
    }
    const existing = await trx
      .selectFrom('memberships')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (existing)
      throw new AppError('conflict', `${input.email} is already a member`, [
        { path: 'email', message: 'Already a member' },
      ]);
    const id = newId();
    const at = now.toISOString();
    await trx
      .insertInto('memberships')
      .values({
        id,
        workspace_id: workspaceId,
        user_id: user.id,
        role: input.role,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId,
        action: 'create',
        entity: 'member',
        entityId: id,
        summary: { after: { email: user.email, role: input.role } },
      },
      now,
    );
    return getMember(trx, workspaceId, id);
  });
}

export async function changeMemberRole(
  db: Kysely<Database>,
  principal: Principal,
  callerRole: Role,
  workspaceId: string,
  memberId: string,
  input: { role: Role; version: number },
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const member = await getMember(trx, workspaceId, memberId);
    assertVersion({ label: 'membership' }, member, input.version);
    assertCanGrant(callerRole, input.role);
    if (member.role === 'owner') {
      assertCanGrant(callerRole, 'owner');
      if (input.role !== 'owner' && (await countOwners(trx, workspaceId)) <= 1) {
        throw new AppError('conflict', 'A workspace keeps at least one owner', [
          { path: 'role', message: 'Last owner' },
        ]);
      }
    }
    const result = await trx
      .updateTable('memberships')
      .set({ role: input.role, version: member.version + 1, updated_at: now.toISOString() })
      .where('id', '=', memberId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw concurrentChange('membership', await currentVersionOf(trx, 'memberships', 'id', memberId));
    await writeAudit(
      trx,
      principal,
      {
        workspaceId,
        action: 'update',
        entity: 'member',
        entityId: memberId,
        summary: { before: { role: member.role }, after: { role: input.role } },
      },
      now,
    );
    return getMember(trx, workspaceId, memberId);
  });
}

export async function removeMember(
  db: Kysely<Database>,
  principal: Principal,
  callerRole: Role,
  workspaceId: string,
  memberId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const member = await getMember(trx, workspaceId, memberId);
    if (member.role === 'owner') {
      assertCanGrant(callerRole, 'owner');
      if ((await countOwners(trx, workspaceId)) <= 1)
        throw new AppError('conflict', 'A workspace keeps at least one owner');
    }
    if (!roleAtLeast(callerRole, 'admin')) throw forbidden();
    await trx.deleteFrom('memberships').where('id', '=', memberId).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId,
        action: 'delete',
        entity: 'member',
        entityId: memberId,
        summary: { before: { email: member.email, role: member.role } },
      },
      now,
    );
  });
}
