/** Plan health: every rule of the method run on a plan, as findings and a score. */
export { planHealth, healthScore, PENALTY, type PlanHealth } from './health.js';
export type { Finding, Severity } from './findings.js';
export { STALE_AFTER_DAYS } from './method-rules.js';
