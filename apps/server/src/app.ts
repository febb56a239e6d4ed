import type { CollabRooms } from '@rapporteur/collab';
import type { EventStore } from '@rapporteur/event-store';
import { DraftTimelines } from '@rapporteur/history';
import { importPreviewRoutes } from './drafts/import-preview.routes.js';
import { importRoutes } from './drafts/import.routes.js';
import { Hono } from 'hono';
import { DEFAULT_TOKEN_DAYS, type Accounts } from './accounts/accounts.js';
import type { AppEnv } from './app-env.js';
import type { AuthEnv } from './auth/auth-context.js';
import { authenticate } from './auth/authenticate.js';
import { localSignals, type ClusterSignals } from './cluster/cluster-signals.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { originGuard } from './auth/origin-guard.js';
import { sessionRoutes } from './auth/session.routes.js';
import { setupRoutes } from './auth/setup.routes.js';
import { tokenRoutes } from './auth/token.routes.js';
import { accountRoutes } from './people/account.routes.js';
import { passwordLinkRoutes } from './people/password-link.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { API_DOCS_SCRIPT, apiDocsPage } from './http/api-docs-page.js';
import { bodyLimit } from './http/body-limit.js';
import { boundHeavyReads } from './http/heavy-reads.js';
import { apiRouter } from './http/openapi.js';
import { openApiDocument } from './http/openapi-document.js';
import { healthRoutes } from './health/health.routes.js';
import type { ReadinessCheck } from './health/readiness.js';
import type { Stopping } from './health/stopping.js';
import { liveEventsRoutes } from './live/live-events.routes.js';
import { verifyRoutes } from './verification/verify.routes.js';
import { exportsRoutes } from './exports/exports.routes.js';
import { historyRoutes } from './history/history.routes.js';
import type { MeetingCatalog } from './meetings/meeting-catalog.js';
import { MeetingCommandHandler } from './meetings/meeting-command-handler.js';
import type { MeetingCreators } from './meetings/meeting-creators.js';
import { meetingsRoutes } from './meetings/meetings.routes.js';
import { DEFAULT_INVITATION_DAYS } from './accounts/invitations.js';
import { stepWithoutBody } from './versions/step-without-body.js';
import { invitationsRoutes } from './invitations/invitations.routes.js';
import { documentsRoutes } from './documents/documents.routes.js';
import { silentLogger, type Logger } from './observability/logger.js';
import { observeRequests } from './observability/observe-requests.js';
import { ServerMetrics } from './observability/server-metrics.js';
import { notFound, onError, problem } from './problem.js';
import { securityHeaders } from './security-headers.js';
import { versionsRoutes } from './versions/versions.routes.js';
import { commentsRoutes } from './review/comments.routes.js';
import { registerRoutes } from './review/register.routes.js';
import { suggestionsRoutes } from './review/suggestions.routes.js';
import { webAppRoutes } from './web/web-app.routes.js';

export interface AppDependencies {
  readonly store: EventStore;
  readonly accounts: Accounts;
  /** Told when an API token is revoked, so that open sockets using it close at once. */
  readonly onTokenRevoked?: (tokenId: string) => void;
  /** Told when a browser session signs out, likewise. */
  readonly onSignedOut?: (sessionId: string) => void;
  /**
   * Revocations and sign-outs from every instance, which end the event streams they opened
   * (default: this process only, fed by the two callbacks above when they are not given).
   */
  readonly signals?: ClusterSignals;
  readonly catalog: MeetingCatalog;
  readonly rooms: CollabRooms;
  /** The built web app's folder; the default is apps/web/dist. */
  readonly webDist?: string;
  /** Structured logs: one line per request, and 500s with their stack (default: silent). */
  readonly logger?: Logger;
  /** Problems are counted in it by code (default: a fresh instance); /metrics is served apart. */
  readonly metrics?: ServerMetrics;
  /** What /readyz checks besides the database, such as Redis. */
  readonly readiness?: readonly ReadinessCheck[];
  /** Set when the instance begins to stop: /readyz then answers 503. */
  readonly stopping?: Stopping;
  /** Behind a reverse proxy: client addresses come from the last X-Forwarded-For entry. */
  readonly trustProxy?: boolean;
  /** How many days a new API token works, at most (API_TOKEN_DAYS; default 90). */
  readonly apiTokenDays?: number;
  /** Who may create meetings (MEETING_CREATORS; default: administrators). */
  readonly meetingCreators?: MeetingCreators;
  /** How many drafts, diffs and exports are computed at once; beyond, 503 busy (default 4). */
  readonly maxHeavyReads?: number;
  /** How many days an invitation's one-time link works (INVITATION_DAYS; default 7). */
  readonly invitationDays?: number;
  /** The time commands are decided at (default: the system clock); tests fix it. */
  readonly clock?: () => Date;
}

// The reads that replay or render a whole draft: bounded together (http/heavy-reads.ts).
const HEAVY_READS = [
  '/api/meetings/:meetingId/draft',
  '/api/meetings/:meetingId/authors',
  '/api/meetings/:meetingId/diff',
  '/api/meetings/:meetingId/diff.docx',
  '/api/meetings/:meetingId/versions/:versionId/export',
  '/api/meetings/:meetingId/register',
];
export const DEFAULT_MAX_HEAVY_READS = 4;

// Imports carry their own, larger limit; every other API body is a small JSON object.
const API_BODY_LIMIT = 2 * 1024 * 1024 + 1024;
const tooLarge = () =>
  problem(413, {
    code: 'too_large',
    title: 'Too large',
    detail: `A request body may hold at most ${API_BODY_LIMIT} bytes.`,
  });

/** The whole HTTP application, with no server attached: tests call `app.request()` directly. */
export function createApp({
  store,
  accounts,
  catalog,
  rooms,
  webDist,
  signals = localSignals(),
  onTokenRevoked = (tokenId) => {
    signals.send({ kind: 'token-revoked', tokenId });
  },
  onSignedOut = (sessionId) => {
    signals.send({ kind: 'signed-out', sessionId });
  },
  logger = silentLogger(),
  metrics = new ServerMetrics(),
  readiness = [],
  stopping,
  trustProxy = false,
  apiTokenDays = DEFAULT_TOKEN_DAYS,
  meetingCreators = 'administrators',
  maxHeavyReads = DEFAULT_MAX_HEAVY_READS,
  invitationDays = DEFAULT_INVITATION_DAYS,
  clock = () => new Date(),
}: AppDependencies): Hono {
  const commands = new MeetingCommandHandler({ store, catalog, clock });
  const app = new Hono<AppEnv>();
  app.use(observeRequests({ logger, metrics }));
  app.use(securityHeaders());
  app.route('/', healthRoutes(store, readiness, stopping));
  app.use(
    '/api/*',
    bodyLimit({ maxBytes: API_BODY_LIMIT, drainBytes: 8 * API_BODY_LIMIT, tooLarge }),
    originGuard(),
    authenticate(accounts),
    stepWithoutBody(),
  );
  const heavyReads = boundHeavyReads({ limit: maxHeavyReads });
  for (const path of HEAVY_READS) app.get(path, heavyReads);
  const api = apiRouter<AuthEnv>()
    .route(
      '/',
      sessionRoutes({
        accounts,
        throttle: new SignInThrottle(),
        onSignedOut,
        trustProxy,
        meetingCreators,
      }),
    )
    .route('/', setupRoutes({ accounts, meetingCreators }))
    .route('/', tokenRoutes({ accounts, onRevoked: onTokenRevoked, tokenDays: apiTokenDays }))
    .route(
      '/',
      peopleRoutes({
        accounts,
        admin: accounts.admin,
        links: accounts.passwordLinks,
        onAccountDisabled: (userId) => {
          signals.send({ kind: 'account-disabled', userId });
        },
      }),
    )
    .route(
      '/',
      accountRoutes({
        accounts,
        admin: accounts.admin,
        meetingCreators,
        onSessionsEnded: (userId, keepSessionHash) => {
          signals.send({
            kind: 'sessions-ended',
            userId,
            ...(keepSessionHash === undefined ? {} : { keepSessionHash }),
          });
        },
      }),
    )
    .route(
      '/',
      passwordLinkRoutes({
        links: accounts.passwordLinks,
        onSessionsEnded: (userId) => {
          signals.send({ kind: 'sessions-ended', userId });
        },
      }),
    )
    .route('/', meetingsRoutes({ commands, accounts, catalog, meetingCreators, invitationDays }))
    .route('/', invitationsRoutes({ accounts, catalog, commands }))
    .route('/', documentsRoutes({ commands, catalog }))
    .route('/', historyRoutes({ store, catalog, timelines: new DraftTimelines(store) }))
    .route('/', versionsRoutes({ store, catalog, commands }))
    .route('/', exportsRoutes({ store, catalog }))
    .route('/', verifyRoutes({ store, catalog }))
    .route('/', importRoutes({ store, catalog, rooms, commands }))
    .route('/', importPreviewRoutes({ catalog }))
    .route('/', suggestionsRoutes({ store, catalog, commands, rooms }))
    .route('/', commentsRoutes({ store, catalog, commands }))
    .route('/', registerRoutes({ store, catalog }))
    .route('/', liveEventsRoutes({ store, catalog, signals }));
  api.get('/openapi.json', (c) => c.json(openApiDocument(api)));
  api.get('/docs', (c) => c.html(apiDocsPage()));
  api.get('/docs.js', (c) =>
    c.body(API_DOCS_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.route('/api', api);
  app.route('/', webAppRoutes(webDist));
  app.onError(onError);
  app.notFound(notFound);
  return app as unknown as Hono;
}
