/** The budget module of the method: summary by ROI, what-if scenarios, and the optimiser. */
export { summariseBudget, type BudgetLineSummary, type BudgetSummary, type MonthTotals } from './summary.js';
export type { BudgetGroup } from './summary-groups.js';
export type { SpendTotals } from './totals.js';
export type { BudgetEnvelope, OverAllocation } from './envelope.js';
export {
  buildScenarioAllocation,
  compareScenarios,
  copyScenario,
  type CopyScenarioResult,
  type ScenarioCell,
  type ScenarioColumn,
  type ScenarioComparison,
  type ScenarioComparisonLine,
  type ScenarioLineAmount,
  type ScenarioTotals,
} from './scenarios.js';
export {
  optimiseBudget,
  type LpSolver,
  type ModelledReturn,
  type OptimisedLine,
  type OptimiserInput,
  type OptimiserOptions,
  type OptimiserResult,
} from './optimiser.js';
export type { ResponseModel } from './response-curve.js';
export { expectedReturn, rankByExpectedRoi } from './roi.js';
export {
  allocatableAmount,
  contingencyReserve,
  formatMoney,
  formatPercent,
  formatRoi,
  localizedMoney,
  type Language,
} from './money.js';
