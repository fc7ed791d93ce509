/**
 * Row types of the account tables, for typed queries. The plan's collections are described by
 * `contract/collections.ts` and reached through the generic repository instead.
 */
import type { Generated } from 'kysely';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  locale: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface WorkspaceRow {
  id: string;
  name: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The stored row also counts the writes in the workspace (see writeAudit): it tells when a cached plan is stale. */
export interface WorkspaceTable extends WorkspaceRow {
  content_version: Generated<number>;
}

export interface MembershipRow {
  id: string;
  workspace_id: string;
  user_id: string;
  role: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  expires_at: string;
  created_at: string;
}

export interface ApiTokenRow {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

export interface LoginAttemptRow {
  key: string;
  window_start: string;
  failures: number;
}

export interface PlanRow {
  id: string;
  workspace_id: string;
  key: string;
  name: string;
  description: string | null;
  status: string;
  currency: string;
  locale: string;
  start_date: string | null;
  end_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanRevisionRow {
  id: string;
  plan_id: string;
  number: number;
  message: string;
  document: string;
  created_by: string | null;
  created_at: string;
}

export interface AuditLogRow {
  id: string;
  workspace_id: string | null;
  plan_id: string | null;
  actor_type: string;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  created_at: string;
}

export interface ImportMappingRow {
  id: string;
  plan_id: string;
  name: string;
  mapping: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CalendarFeedRow {
  id: string;
  plan_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface Database {
  users: UserRow;
  workspaces: WorkspaceTable;
  memberships: MembershipRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  login_attempts: LoginAttemptRow;
  plans: PlanRow;
  plan_revisions: PlanRevisionRow;
  audit_log: AuditLogRow;
  import_mappings: ImportMappingRow;
  calendar_feeds: CalendarFeedRow;
}
