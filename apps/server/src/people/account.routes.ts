import { createRoute, z } from '@hono/zod-openapi';
import { UserSchema } from '@rapporteur/api-contract';
import type { AccountAdmin } from '../accounts/account-admin.js';
import type { Accounts } from '../accounts/accounts.js';
import { MAX_PASSWORD_LENGTH } from '../accounts/passwords.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { sessionHash } from '../auth/credential-closed.js';
import { json, ok, presentUser } from '../auth/session.routes.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { unauthenticated } from '../http/problem-error.js';
import type { MeetingCreators } from '../meetings/meeting-creators.js';

const tags = ['account'];
const rename = createRoute({
  method: 'patch',
  path: '/account',
  tags,
  request: { body: json(z.object({ name: z.string().trim().min(1).max(120) })) },
  responses: { 200: ok(UserSchema, 'You, renamed'), ...problemResponses },
});
const changePassword = createRoute({
  method: 'put',
  path: '/account/password',
  tags,
  request: {
    body: json(
      z.object({
        currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
        newPassword: z.string().max(MAX_PASSWORD_LENGTH),
      }),
    ),
  },
  responses: {
    204: { description: 'Changed; your other sessions are signed out' },
    ...problemResponses,
  },
});
const endOtherSessions = createRoute({
  method: 'delete',
  path: '/account/other-sessions',
  tags,
  responses: {
    200: ok(z.object({ ended: z.number().int() }), 'How many other sessions ended'),
    ...problemResponses,
  },
});

/**
 * A person's own account: their name, their password (the current one required), and signing
 * out everywhere else. Their API tokens are the token routes (auth/token.routes.ts).
 */
export function accountRoutes({
  accounts,
  admin,
  meetingCreators,
  onSessionsEnded,
}: {
  accounts: Accounts;
  admin: AccountAdmin;
  meetingCreators: MeetingCreators;
  onSessionsEnded: (userId: string, keepSessionHash: string | undefined) => void;
}) {
  const thisSession = (credential: AuthEnv['Variables']['credential']) =>
    credential?.kind === 'session' ? credential.sessionId : undefined;
  return apiRouter<AuthEnv>()
    .openapi(rename, async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      await admin.rename(user.id, c.req.valid('json').name);
      const renamed = (await accounts.findById(user.id)) ?? user;
      return c.json(presentUser(renamed, meetingCreators), 200);
    })
    .openapi(changePassword, async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      const { currentPassword, newPassword } = c.req.valid('json');
      const keep = thisSession(c.get('credential'));
      await admin.changePassword(user.id, { current: currentPassword, next: newPassword }, keep);
      onSessionsEnded(user.id, keep === undefined ? undefined : sessionHash(keep));
      return c.body(null, 204);
    })
    .openapi(endOtherSessions, async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      const keep = thisSession(c.get('credential'));
      const ended = await admin.endOtherSessions(user.id, keep);
      onSessionsEnded(user.id, keep === undefined ? undefined : sessionHash(keep));
      return c.json({ ended }, 200);
    });
}

function throwUnauthenticated(): never {
  throw unauthenticated();
}
