import { createRoute, z } from '@hono/zod-openapi';
import { SetupStateSchema, UserSchema } from '@rapporteur/api-contract';
import type { Accounts } from '../accounts/accounts.js';
import { MAX_PASSWORD_LENGTH } from '../accounts/passwords.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import type { AuthEnv } from './auth-context.js';
import type { MeetingCreators } from '../meetings/meeting-creators.js';
import { json, ok, presentUser } from './session.routes.js';
import { startSession } from './start-session.js';
import { alreadySetUp, invalidSetupCode } from './auth-refusals.js';

const FirstAdmin = z.object({
  email: z.string().min(3).max(254),
  name: z.string().trim().min(1).max(120),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  setupCode: z
    .string()
    .min(1)
    .max(100)
    .describe('The one-time code the server printed on its console when it started.'),
});

const setupStatus = createRoute({
  method: 'get',
  path: '/setup',
  tags: ['setup'],
  responses: {
    200: ok(SetupStateSchema, 'Whether the first administrator is still to be created'),
    ...problemResponses,
  },
});
const setUp = createRoute({
  method: 'post',
  path: '/setup',
  tags: ['setup'],
  request: { body: json(FirstAdmin) },
  responses: { 201: ok(UserSchema, 'The first administrator, signed in'), ...problemResponses },
});

/**
 * The first run's "create the first administrator". It needs the one-time code the server
 * printed on its console (decision 26): whoever reaches the port first, or names themselves the
 * Host and the Origin, cannot take the installation over.
 */
export function setupRoutes({
  accounts,
  meetingCreators,
}: {
  accounts: Accounts;
  meetingCreators: MeetingCreators;
}) {
  return (
    apiRouter<AuthEnv>()
      // The demo accounts are not administrators: a first run still asks for the first administrator.
      .openapi(setupStatus, async (c) =>
        c.json({ needsSetup: (await accounts.countAdmins()) === 0 }, 200),
      )
      .openapi(setUp, async (c) => {
        if ((await accounts.countAdmins()) > 0) {
          throw alreadySetUp();
        }
        const { setupCode, ...administrator } = c.req.valid('json');
        if (!(await accounts.setupCodes.accepts(setupCode))) throw invalidSetupCode();
        const user = await accounts.create({ ...administrator, admin: true });
        await accounts.setupCodes.clear();
        await startSession(c, accounts, user);
        return c.json(presentUser(user, meetingCreators), 201);
      })
  );
}
