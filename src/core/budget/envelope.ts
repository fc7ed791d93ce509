import type { BudgetSettings, Localized } from '../plan.js';
import { allocatableAmount, contingencyReserve, formatPercent, localizedMoney } from './money.js';

/** The budget's total, split into the contingency reserve and what lines may share. */
export interface BudgetEnvelope {
  totalAmount: number;
  contingencyPercent: number;
  reserve: number;
  allocatable: number;
  /** Allocatable minus what the lines plan to spend; negative when over-allocated. */
  unallocated: number;
}

/** Lines plan more than the allocatable amount: by how much, and the sentence to show. */
export interface OverAllocation {
  excess: number;
  message: Localized;
}

export function budgetEnvelope(settings: BudgetSettings, allocated: number): BudgetEnvelope {
  const allocatable = allocatableAmount(settings);
  return {
    totalAmount: settings.totalAmount,
    contingencyPercent: settings.contingencyPercent,
    reserve: contingencyReserve(settings),
    allocatable,
    unallocated: allocatable - allocated,
  };
}

/**
 * Null when the lines fit in the allocatable amount. The reserve is not counted as room: the
 * method keeps it for the unexpected, so spending into it is an over-allocation.
 */
export function overAllocation(envelope: BudgetEnvelope, currency: string): OverAllocation | null {
  const excess = -envelope.unallocated;
  if (excess <= 0) return null;
  const excessText = localizedMoney(excess, currency);
  const allocatableText = localizedMoney(envelope.allocatable, currency);
  const percent = envelope.contingencyPercent;
  return {
    excess,
    message: {
      fr:
        `Le budget prévu dépasse de ${excessText.fr} le montant allouable ` +
        `(${allocatableText.fr} après une réserve de ${formatPercent(percent, 'fr')})`,
      en:
        `The planned budget exceeds the allocatable amount by ${excessText.en} ` +
        `(${allocatableText.en} after a ${formatPercent(percent, 'en')} reserve)`,
    },
  };
}
