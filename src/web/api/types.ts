// Response shapes of the API endpoints the web app reads, taken from the shared contract so the
// two cannot drift apart (type-only imports: nothing of zod reaches the bundle).
import type { z } from 'zod';
import type { meSchema, userSchema } from '../../contract/auth.js';
import type { Role as ContractRole } from '../../contract/common.js';
import type { planSchema } from '../../contract/plans.js';

export type Locale = 'fr' | 'en';
export type Role = ContractRole;
export type User = z.infer<typeof userSchema>;

/** The web app signs in with a session, so `/auth/me` always has a user here. */
export type Me = Omit<z.infer<typeof meSchema>, 'user'> & { user: User };
export type Membership = Me['memberships'][number];
export type WorkspaceRef = Membership['workspace'];

export interface SetupStatus {
  needsSetup: boolean;
}

export type Plan = z.infer<typeof planSchema>;
export type PlanStatus = Plan['status'];

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Localized {
  fr: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface HealthFinding {
  rule: string;
  severity: Severity;
  message: Localized;
  entity: { collection: string; key: string } | null;
}

export interface PlanHealth {
  score: number;
  counts: Record<Severity, number>;
  findings: HealthFinding[];
}

/** The parts of `/budget-summary` the overview shows; amounts are in cents. */
export interface BudgetSummary {
  currency: string;
  envelope: { totalAmount: number; allocatable: number; reserve: number; unallocated: number } | null;
  totals: { planned: number; committed: number; actual: number };
}

export type KpiStatusValue = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';

export interface KpiStatusReport {
  items: { kpi: string; status: KpiStatusValue }[];
}
