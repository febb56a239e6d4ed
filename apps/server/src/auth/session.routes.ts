import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, z } from '@hono/zod-openapi';
import { UserSchema } from '@rapporteur/api-contract';
import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { Accounts, User } from '../accounts/accounts.js';
import { MAX_PASSWORD_LENGTH } from '../accounts/passwords.js';
import { mayCreateMeetings, type MeetingCreators } from '../meetings/meeting-creators.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { clientAddress } from '../http/client-address.js';
import { unauthenticated } from '../http/problem-error.js';
import { invalidCredentials, tooManyAttempts } from './auth-refusals.js';
import { SESSION_COOKIE, type AuthEnv } from './auth-context.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { startSession } from './start-session.js';

/** The account as the session routes answer it: with what the web app must know it may do. */
export function presentUser(user: User, creators: MeetingCreators) {
  return { ...user, mayCreateMeetings: mayCreateMeetings(user, creators) };
}

const Credentials = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const whoAmI = createRoute({
  method: 'get',
  path: '/session',
  tags: ['session'],
  responses: { 200: ok(UserSchema, 'Who is signed in'), ...problemResponses },
});
const signIn = createRoute({
  method: 'post',
  path: '/session',
  tags: ['session'],
  request: { body: json(Credentials) },
  responses: { 200: ok(UserSchema, 'Signed in; the session cookie is set'), ...problemResponses },
});
const signOut = createRoute({
  method: 'delete',
  path: '/session',
  tags: ['session'],
  responses: { 204: { description: 'Signed out' }, ...problemResponses },
});

/** Sign in and out, and who am I. */
export function sessionRoutes({
  accounts,
  throttle,
  onSignedOut,
  trustProxy,
  meetingCreators,
}: {
  accounts: Accounts;
  throttle: SignInThrottle;
  onSignedOut: (sessionId: string) => void;
  trustProxy: boolean;
  meetingCreators: MeetingCreators;
}) {
  return apiRouter<AuthEnv>()
    .openapi(whoAmI, (c) => {
      const user = c.get('user');
      if (user === undefined) throw unauthenticated();
      return c.json(presentUser(user, meetingCreators), 200);
    })
    .openapi(signIn, async (c) => {
      const { email, password } = c.req.valid('json');
      const address = clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), trustProxy);
      const verdict = throttle.attempt(address, email);
      if (verdict.kind === 'refused') {
        const wait = verdict.retryAfterSeconds;
        c.header('Retry-After', String(wait));
        throw tooManyAttempts(wait);
      }
      // An account being guessed at answers slowly, its owner too, but never refuses them.
      const [user] = await Promise.all([
        accounts.verify(email, password),
        new Promise((resolve) => setTimeout(resolve, verdict.delayMs)),
      ]);
      if (user !== undefined) throttle.succeeded(address, email);
      else {
        throttle.failed(address, email);
        throw invalidCredentials();
      }
      await startSession(c, accounts, user);
      return c.json(presentUser(user, meetingCreators), 200);
    })
    .openapi(signOut, async (c) => {
      const session = getCookie(c, SESSION_COOKIE);
      if (session !== undefined) {
        await accounts.closeSession(session);
        onSignedOut(session);
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}

/** The connected peer, when the request came over a socket (not in `app.request()` tests). */
function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
