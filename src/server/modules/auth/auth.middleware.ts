import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, Principal } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { hashSecret, tokenPrefix } from './auth.crypto.js';
import { validateSession } from './sessions.repository.js';
import type { Role } from '../../../contract/common.js';

export const sessionCookie = 'jalon_session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from a Bearer token or the session cookie. Cookie-authenticated writes
 * must come from our own origin (CSRF protection by Origin check); token requests carry no
 * ambient credentials, so they need none.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { database, config, now } = c.get('deps');
  const db = database.db;
  let principal: Principal | null = null;

  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]?.startsWith(tokenPrefix)) {
      throw new AppError('unauthenticated', 'The Authorization header must be "Bearer jalon_…"');
    }
    const token = await db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', hashSecret(match[1]))
      .executeTakeFirst();
    const at = now();
    if (!token || (token.expires_at && new Date(token.expires_at) <= at)) {
      throw new AppError('unauthenticated', 'This API token is unknown, revoked or expired');
    }
    // Recording use at most once a minute keeps reads cheap.
    if (!token.last_used_at || at.getTime() - new Date(token.last_used_at).getTime() > 60_000) {
      await db.updateTable('api_tokens').set({ last_used_at: at.toISOString() }).where('id', '=', token.id).execute();
    }
    principal = {
      kind: 'token',
      tokenId: token.id,
      workspaceId: token.workspace_id,
      role: token.role as Exclude<Role, 'owner'>,
      name: token.name,
    };
  } else {
    const secret = getCookie(c, sessionCookie);
    if (secret) {
      const session = await validateSession(db, secret, now(), config.sessionDays);
      if (session) {
        if (!safeMethods.has(c.req.method)) assertSameOrigin(c.req.header('origin'), c.req.url, config.publicOrigins);
        principal = {
          kind: 'user',
          userId: session.userId,
          email: session.email,
          name: session.name,
          isAdmin: session.is_admin === 1,
          sessionId: session.sessionId,
        };
      }
    }
  }
  c.set('principal', principal);
  await next();
};

function assertSameOrigin(origin: string | undefined, requestUrl: string, publicOrigins: string[]): void {
  if (!origin) throw new AppError('forbidden', 'Cookie-authenticated writes must send an Origin header');
  const own = new URL(requestUrl).origin;
  if (origin !== own && !publicOrigins.includes(origin)) {
    throw new AppError('forbidden', `Requests from ${origin} are not allowed (cross-site request)`);
  }
}
