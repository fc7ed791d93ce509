import { collectionByName } from '../../../contract/collections.js';
import type { BudgetScenario } from '../../../core/plan.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.repository.js';
import { insertEntity, type AnyDb } from '../collections/collection.repository.js';
import type { CollectionTarget } from '../collections/collection.service.js';

const scenarios = collectionByName('budget-scenarios')!;
const allocations = collectionByName('scenario-allocations')!;

/** Stores a new scenario and its allocations (budget lines named by key) in one transaction. */
export async function storeScenario(
  t: CollectionTarget,
  scenario: BudgetScenario,
  amounts: { budgetLine: string; amount: number }[],
): Promise<{ id: string; key: string }> {
  const at = t.now.toISOString();
  try {
    return await t.db.transaction().execute(async (trx) => {
      const db = trx as unknown as AnyDb;
      const lines = (await db
        .selectFrom('budget_lines')
        .select(['id', 'key'])
        .where('plan_id', '=', t.scope.id)
        .execute()) as { id: string; key: string }[];
      const lineIds = new Map(lines.map((l) => [l.key, l.id]));
      const scenarioId = await insertEntity(db, scenarios, t.scope, { ...scenario }, at);
      for (const { budgetLine, amount } of amounts) {
        const budgetLineId = lineIds.get(budgetLine);
        if (budgetLineId) await insertEntity(db, allocations, t.scope, { scenarioId, budgetLineId, amount }, at);
      }
      await writeAudit(
        trx,
        t.principal,
        {
          workspaceId: t.workspaceId,
          planId: t.planId,
          action: 'create',
          entity: scenarios.name,
          entityId: scenarioId,
          summary: { after: { key: scenario.key, name: scenario.name, allocations: amounts.length } },
        },
        t.now,
      );
      return { id: scenarioId, key: scenario.key };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', `A scenario already has the key "${scenario.key}"`, [
        { path: 'key', message: 'Already used in this plan' },
      ]);
    }
    throw error;
  }
}
