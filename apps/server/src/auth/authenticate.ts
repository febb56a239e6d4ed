import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Accounts } from '../accounts/accounts.js';
import { SESSION_COOKIE, type AuthEnv } from './auth-context.js';
import { tokenExpired } from './auth-refusals.js';

/**
 * Finds who is asking: an API token in `Authorization: Bearer`, else the session cookie. Sets
 * nothing when neither is valid; routes that need a person say so themselves.
 */
export function authenticate(accounts: Accounts): MiddlewareHandler<AuthEnv> {
  return async function authenticateRequest(c, next) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer !== undefined) {
      const resolved = await accounts.resolveToken(bearer);
      // An expired token says so, where an unknown one only gets "not signed in" from the route:
      // its holder has it from us and needs to know what to do.
      const expired =
        resolved === undefined ? await accounts.expiryOfExpiredToken(bearer) : undefined;
      if (expired !== undefined) throw tokenExpired(expired);
      c.set('user', resolved?.user);
      c.set('authMethod', resolved === undefined ? undefined : 'token');
      c.set(
        'credential',
        resolved === undefined
          ? undefined
          : {
              kind: 'token',
              tokenId: resolved.tokenId,
              expiresAt: resolved.expiresAt,
              userId: resolved.user.id,
            },
      );
    } else {
      const session = getCookie(c, SESSION_COOKIE);
      const resolved = session === undefined ? undefined : await accounts.resolveSession(session);
      c.set('user', resolved?.user);
      c.set('authMethod', resolved === undefined ? undefined : 'session');
      c.set(
        'credential',
        resolved === undefined || session === undefined
          ? undefined
          : {
              kind: 'session',
              sessionId: session,
              expiresAt: resolved.expiresAt,
              userId: resolved.user.id,
            },
      );
    }
    await next();
  };
}
