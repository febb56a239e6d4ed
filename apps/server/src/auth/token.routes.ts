import { createRoute, z } from '@hono/zod-openapi';
import type { Accounts } from '../accounts/accounts.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { notFound, unauthenticated } from '../http/problem-error.js';
import type { AuthEnv } from './auth-context.js';
import { sessionRequired } from './auth-refusals.js';

const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revoked: z.boolean(),
  })
  .openapi('ApiToken');
const CreatedToken = z
  .object({
    id: z.string(),
    name: z.string(),
    token: z.string().describe('Shown this once; store it safely.'),
    expiresAt: z.string().describe('From then on the token is refused (token_expired).'),
  })
  .openapi('CreatedApiToken');

const tokenRequest = (maxDays: number) =>
  z.object({
    name: z.string().trim().min(1).max(80),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(maxDays)
      .optional()
      .describe(`How many days the token works (default and longest: ${maxDays}).`),
  });

const createRouteFor = (maxDays: number) =>
  createRoute({
    method: 'post',
    path: '/tokens',
    tags: ['tokens'],
    request: {
      body: { content: { 'application/json': { schema: tokenRequest(maxDays) } }, required: true },
    },
    responses: {
      201: {
        content: { 'application/json': { schema: CreatedToken } },
        description: 'The new token, shown once',
      },
      ...problemResponses,
    },
  });
const list = createRoute({
  method: 'get',
  path: '/tokens',
  tags: ['tokens'],
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(TokenSchema) } },
      description: 'Your tokens',
    },
    ...problemResponses,
  },
});
const revoke = createRoute({
  method: 'delete',
  path: '/tokens/{tokenId}',
  tags: ['tokens'],
  request: { params: z.object({ tokenId: z.uuid() }) },
  responses: {
    204: { description: 'Revoked: refused from now on, also on open sockets' },
    ...problemResponses,
  },
});

/**
 * API tokens for scripts and bots: created by a person signed in with their password (never by
 * another token, which could otherwise outlive itself), shown once, expiring after `tokenDays`
 * or fewer, revocable.
 */
export function tokenRoutes({
  accounts,
  onRevoked,
  tokenDays,
}: {
  accounts: Accounts;
  onRevoked: (tokenId: string) => void;
  tokenDays: number;
}) {
  return apiRouter<AuthEnv>()
    .openapi(createRouteFor(tokenDays), async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      if (c.get('authMethod') !== 'session') throw sessionRequired();
      const { name, expiresInDays = tokenDays } = c.req.valid('json');
      return c.json(await accounts.createToken(user.id, name, { days: expiresInDays }), 201);
    })
    .openapi(list, async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      return c.json(await accounts.listTokens(user.id), 200);
    })
    .openapi(revoke, async (c) => {
      const user = c.get('user') ?? throwUnauthenticated();
      const { tokenId } = c.req.valid('param');
      if (!(await accounts.revokeToken(user.id, tokenId))) throw notFound('such token of yours');
      onRevoked(tokenId);
      return c.body(null, 204);
    });
}

function throwUnauthenticated(): never {
  throw unauthenticated();
}
