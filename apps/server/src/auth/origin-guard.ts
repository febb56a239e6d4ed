import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './auth-context.js';
import { crossOrigin } from './auth-refusals.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site writes: an unsafe request that carries the session cookie (or signs in)
 * must come with an Origin of this very server. Requests with an API token send no cookie and
 * no Origin (scripts, bots) and are not refused for that.
 */
export function originGuard(): MiddlewareHandler {
  return async function guardOrigin(c, next) {
    const usesCookie =
      getCookie(c, SESSION_COOKIE) !== undefined ||
      c.req.path === '/api/session' ||
      c.req.path === '/api/setup';
    const hasToken = /^Bearer\s/i.test(c.req.header('authorization') ?? '');
    if (
      !SAFE_METHODS.has(c.req.method) &&
      usesCookie &&
      !hasToken &&
      !sameOrigin(c.req.header('origin'), c.req.url, c.req.header('host'))
    ) {
      throw crossOrigin();
    }
    await next();
  };
}

/** Whether `origin` names this server, as the browser reached it (the Host header). */
export function sameOrigin(
  origin: string | undefined,
  requestUrl: string,
  host: string | undefined,
): boolean {
  if (origin === undefined) return false;
  try {
    const from = new URL(origin);
    const to = new URL(requestUrl);
    return (
      from.host === (host ?? to.host) &&
      from.protocol.replace('s', '') === to.protocol.replace('s', '')
    );
  } catch {
    return false;
  }
}
