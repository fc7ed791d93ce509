import type { Context } from 'hono';
import type { DatabaseHandle } from '../db/dialect.js';
import type { AppConfig } from '../config.js';
import type { Role } from '../../contract/common.js';

/** Who is calling: a signed-in user (cookie session) or an API token scoped to one workspace. */
export type Principal =
  | { kind: 'user'; userId: string; email: string; name: string; isAdmin: boolean; sessionId: string }
  | { kind: 'token'; tokenId: string; workspaceId: string; role: Exclude<Role, 'owner'>; name: string };

/** What a handler may use; passed explicitly, never imported as a global. */
export interface AppDeps {
  database: DatabaseHandle;
  config: AppConfig;
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal | null;
  };
}

export type AppContext = Context<AppEnv>;
