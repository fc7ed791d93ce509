// Response shapes of the API endpoints the web app reads. They mirror the server contract.

export type Locale = 'fr' | 'en';
export type Role = 'owner' | 'admin' | 'editor' | 'viewer';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale | null;
  isAdmin: boolean;
}

export interface WorkspaceRef {
  id: string;
  name: string;
}

export interface Membership {
  workspace: WorkspaceRef;
  role: Role;
}

export interface Me {
  user: User;
  memberships: Membership[];
}

export interface SetupStatus {
  needsSetup: boolean;
}

export type PlanStatus = 'draft' | 'active' | 'archived';

export interface Plan {
  id: string;
  key: string;
  name: string;
  description: string | null;
  status: PlanStatus;
  currency: string;
  locale: Locale;
  startDate: string | null;
  endDate: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
