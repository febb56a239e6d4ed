import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Accounts, User } from '../accounts/accounts.js';
import { SESSION_COOKIE, type AuthEnv } from './auth-context.js';

/** Opens a session for `user` and sets its cookie (Secure when the browser came over HTTPS). */
export async function startSession(
  c: Context<AuthEnv>,
  accounts: Accounts,
  user: User,
): Promise<void> {
  const session = await accounts.openSession(user.id);
  const secure =
    new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  setCookie(c, SESSION_COOKIE, session.id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}
