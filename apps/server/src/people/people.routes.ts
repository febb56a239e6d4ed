import { createRoute, z } from '@hono/zod-openapi';
import {
  AccountChangeSchema,
  AccountSchema,
  CreatedAccountSchema,
  IdSchema,
  NewAccountSchema,
  PasswordLinkSchema,
} from '@rapporteur/api-contract';
import type { AccountAdmin } from '../accounts/account-admin.js';
import { adminRequired, notYourself } from '../accounts/account-refusals.js';
import type { Accounts, User } from '../accounts/accounts.js';
import type { PasswordLinks } from '../accounts/password-links.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { json, ok } from '../auth/session.routes.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { unauthenticated } from '../http/problem-error.js';

const AccountParams = z.object({ userId: IdSchema });
const tags = ['people'];

const list = createRoute({
  method: 'get',
  path: '/admin/accounts',
  tags,
  responses: { 200: ok(z.array(AccountSchema), 'Every account'), ...problemResponses },
});
const create = createRoute({
  method: 'post',
  path: '/admin/accounts',
  tags,
  request: { body: json(NewAccountSchema) },
  responses: { 201: ok(CreatedAccountSchema, 'The new account'), ...problemResponses },
});
const change = createRoute({
  method: 'patch',
  path: '/admin/accounts/{userId}',
  tags,
  request: { params: AccountParams, body: json(AccountChangeSchema) },
  responses: { 200: ok(AccountSchema, 'The account as it is now'), ...problemResponses },
});
const resetPassword = createRoute({
  method: 'post',
  path: '/admin/accounts/{userId}/password-link',
  tags,
  request: { params: AccountParams },
  responses: {
    201: ok(PasswordLinkSchema, 'A one-time link that sets a new password; older links end'),
    ...problemResponses,
  },
});

/** Where a link's secret goes: in the fragment, which no server log or Referer carries. */
export const passwordLinkPath = (token: string): string => `/set-password#${token}`;

/**
 * An administrator's People screen: list, create, disable or enable, grant or withdraw
 * administrator, and one-time password links. Every route checks the administrator here, on
 * the server; a disabled account's sessions and tokens end at once on every instance.
 */
export function peopleRoutes({
  accounts,
  admin,
  links,
  onAccountDisabled,
}: {
  accounts: Accounts;
  admin: AccountAdmin;
  links: PasswordLinks;
  onAccountDisabled: (userId: string) => void;
}) {
  return apiRouter<AuthEnv>()
    .openapi(list, async (c) => {
      administrator(c.get('user'));
      return c.json(await admin.list(), 200);
    })
    .openapi(create, async (c) => {
      administrator(c.get('user'));
      const { password, admin: makeAdmin = false, ...who } = c.req.valid('json');
      const user = await accounts.create({ ...who, password: password ?? null, admin: makeAdmin });
      const account = await admin.get(user.id);
      if (password !== undefined) return c.json({ account }, 201);
      const link = await links.issue(user.id);
      return c.json(
        {
          account,
          passwordLink: { path: passwordLinkPath(link.token), expiresAt: link.expiresAt },
        },
        201,
      );
    })
    .openapi(change, async (c) => {
      const actor = administrator(c.get('user'));
      const { userId } = c.req.valid('param');
      const { disabled, admin: makeAdmin } = c.req.valid('json');
      await admin.get(userId);
      // Every refusal before any change, so that a refused request changes nothing.
      if (disabled === true && userId === actor.id) throw notYourself('disable');
      if (makeAdmin !== undefined) await admin.setAdmin(userId, makeAdmin);
      if (disabled !== undefined) {
        await admin.setDisabled(actor.id, userId, disabled);
        if (disabled) onAccountDisabled(userId);
      }
      return c.json(await admin.get(userId), 200);
    })
    .openapi(resetPassword, async (c) => {
      administrator(c.get('user'));
      const { userId } = c.req.valid('param');
      await admin.get(userId);
      const link = await links.issue(userId);
      return c.json({ path: passwordLinkPath(link.token), expiresAt: link.expiresAt }, 201);
    });
}

function administrator(user: User | undefined): User {
  if (user === undefined) throw unauthenticated();
  if (!user.admin) throw adminRequired();
  return user;
}
