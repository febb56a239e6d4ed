import { createRoute, z } from '@hono/zod-openapi';
import { PasswordLinkHolderSchema } from '@rapporteur/api-contract';
import type { PasswordLinks } from '../accounts/password-links.js';
import { MAX_PASSWORD_LENGTH } from '../accounts/passwords.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { json, ok } from '../auth/session.routes.js';
import { apiRouter, problemResponses } from '../http/openapi.js';

// The secret travels in the body, never in a path or a query: those end up in logs.
const Token = z.string().min(1).max(200).describe('The secret after "#" in the link');
const tags = ['people'];

const lookUp = createRoute({
  method: 'post',
  path: '/password-links/holder',
  tags,
  request: { body: json(z.object({ token: Token })) },
  responses: {
    200: ok(PasswordLinkHolderSchema, 'Whose password the link sets'),
    ...problemResponses,
  },
});
const use = createRoute({
  method: 'post',
  path: '/password-links/use',
  tags,
  request: {
    body: json(z.object({ token: Token, password: z.string().max(MAX_PASSWORD_LENGTH) })),
  },
  responses: {
    204: { description: 'The password is set; the link works no more; sign in with it' },
    ...problemResponses,
  },
});

/**
 * The public side of a one-time link: anyone holding it may see whose it is and set that
 * person's password once, before it expires. An expired, used or unknown link is refused with
 * a sentence that says what to do.
 */
export function passwordLinkRoutes({
  links,
  onSessionsEnded,
}: {
  links: PasswordLinks;
  onSessionsEnded: (userId: string) => void;
}) {
  return apiRouter<AuthEnv>()
    .openapi(lookUp, async (c) => {
      const { name, email } = await links.holder(c.req.valid('json').token);
      return c.json({ name, email }, 200);
    })
    .openapi(use, async (c) => {
      const { token, password } = c.req.valid('json');
      const { userId } = await links.redeem(token, password);
      onSessionsEnded(userId);
      return c.body(null, 204);
    });
}
