import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { CLOSE_CODES, CollabRooms, type RoomOptions } from '@rapporteur/collab';
import type { EventStore } from '@rapporteur/event-store';
import type { Accounts } from './accounts/accounts.js';
import { createApp } from './app.js';
import { joinCluster, type ClusterConfig } from './cluster/cluster.js';
import { attachCollabEndpoint, type SocketLimits } from './collab/collab-endpoint.js';
import { editorSchemaCheck } from './collab/editor-schema-guard.js';
import { schemaRepair } from './collab/schema-repair.js';
import { Stopping } from './health/stopping.js';
import { watchWrites } from './health/write-health.js';
import { MeetingCatalog } from './meetings/meeting-catalog.js';
import type { MeetingCreators } from './meetings/meeting-creators.js';
import type { Logger } from './observability/logger.js';
import { startMetricsServer } from './observability/metrics-server.js';
import { ServerMetrics } from './observability/server-metrics.js';

export interface ServerOptions {
  readonly store: EventStore;
  readonly accounts: Accounts;
  readonly port: number;
  readonly host?: string;
  readonly maxMessageBytes?: number;
  readonly rooms?: Partial<RoomOptions>;
  readonly log?: (line: string) => void;
  /** Structured logs (requests, errors); `log` goes to its error level when not given. */
  readonly logger?: Logger;
  /** Served on /metrics; one instance per server (default: a fresh one). */
  readonly metrics?: ServerMetrics;
  /** Where /metrics is served, on `host` (0: a free port); absent: nowhere (decision 27). */
  readonly metricsPort?: number;
  readonly webDist?: string;
  /** Redis, shared with the other instances of this deployment; absent: this is the only one. */
  readonly cluster?: ClusterConfig;
  /** Per-address limits on the collaboration socket (defaults in collab-endpoint.ts). */
  readonly socketLimits?: Partial<SocketLimits>;
  /** Behind a reverse proxy: client addresses come from the last X-Forwarded-For entry. */
  readonly trustProxy?: boolean;
  /** How many days a new API token works, at most (API_TOKEN_DAYS; default 90). */
  readonly apiTokenDays?: number;
  /** Who may create meetings (MEETING_CREATORS; default: administrators). */
  readonly meetingCreators?: MeetingCreators;
  /** How many drafts, diffs and exports are computed at once (app.ts's default when absent). */
  readonly maxHeavyReads?: number;
  /** How many days an invitation's one-time link works (INVITATION_DAYS; default 7). */
  readonly invitationDays?: number;
}

export interface RunningServer {
  /** http://host:port, with the port the system gave when 0 was asked. */
  readonly url: string;
  readonly rooms: CollabRooms;
  /** http://host:port of /metrics, when a metrics port was given. */
  readonly metricsUrl: string | undefined;
  /**
   * Stops: first says it is not ready and turns new sockets away for `drainMs` (default 0) while
   * open ones keep working, so that a load balancer that probes /readyz can move traffic
   * elsewhere; then closes sockets with "going away" (providers reconnect by themselves), saves,
   * and stops.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/** Starts the HTTP API and the collaboration endpoint on one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger;
  const log =
    options.log ??
    (logger === undefined
      ? (line: string) => process.stderr.write(`${line}\n`)
      : (line: string) => {
          logger.error(line);
        });
  // Every write of this instance goes through the watched store, so /readyz sees a full disk.
  const writes = watchWrites(options.store);
  const store = writes.store;
  const metrics = options.metrics ?? new ServerMetrics();
  const maxMessageBytes = options.maxMessageBytes ?? 1024 * 1024;
  const logError = (where: string) => (error: unknown, stream?: string) => {
    const what = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${where}${stream === undefined ? '' : ` ${stream}`}: ${what}`);
  };
  const cluster = joinCluster(options.cluster, logError('cluster'));
  const rooms = new CollabRooms(store, {
    maxMessageBytes,
    onError: logError('collab'),
    fanout: cluster.fanout,
    observer: metrics.roomObserver,
    updateCheck: editorSchemaCheck,
    repairOnLoad: schemaRepair,
    ...options.rooms,
  });
  metrics.trackRooms(() => rooms.size);
  const stopping = new Stopping();
  const catalog = await MeetingCatalog.open(store, {
    announce: (meetingId) => {
      cluster.signals.send({ kind: 'meeting-changed', meetingId });
    },
  });
  const app = createApp({
    signals: cluster.signals,
    onTokenRevoked: (tokenId) => {
      cluster.signals.send({ kind: 'token-revoked', tokenId });
    },
    onSignedOut: (sessionId) => {
      cluster.signals.send({ kind: 'signed-out', sessionId });
    },
    readiness: [...cluster.readiness, writes.readiness],
    stopping,
    trustProxy: options.trustProxy ?? false,
    ...(options.apiTokenDays === undefined ? {} : { apiTokenDays: options.apiTokenDays }),
    ...(options.meetingCreators === undefined ? {} : { meetingCreators: options.meetingCreators }),
    ...(options.maxHeavyReads === undefined ? {} : { maxHeavyReads: options.maxHeavyReads }),
    ...(options.invitationDays === undefined ? {} : { invitationDays: options.invitationDays }),
    store,
    accounts: options.accounts,
    catalog,
    rooms,
    ...(options.webDist === undefined ? {} : { webDist: options.webDist }),
    ...(logger === undefined ? {} : { logger }),
    metrics,
  });
  const server = await new Promise<Server>((resolve) => {
    const started = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' },
      () => {
        resolve(started as Server);
      },
    );
  });
  const endpoint = attachCollabEndpoint(server, {
    rooms,
    catalog,
    accounts: options.accounts,
    signals: cluster.signals,
    maxMessageBytes,
    metrics,
    ...(logger === undefined ? {} : { logger }),
    ...(options.socketLimits === undefined ? {} : { limits: options.socketLimits }),
    trustProxy: options.trustProxy ?? false,
    stopping,
  });
  // Sent by this instance or another: a meeting changed elsewhere is read at once. (Sockets and
  // event streams watch for their own credential's revocation: auth/credential-closed.ts.)
  const stopSignals = cluster.signals.on((signal) => {
    if (signal.kind === 'meeting-changed')
      catalog.refresh(signal.meetingId).catch(logError('catalog'));
  });
  const metricsServer =
    options.metricsPort === undefined
      ? undefined
      : await startMetricsServer(metrics, {
          port: options.metricsPort,
          host: options.host ?? '127.0.0.1',
        });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    metricsUrl: metricsServer?.url,
    rooms,
    async close({ drainMs = 0 } = {}) {
      stopping.begin();
      if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
      stopSignals();
      await rooms.closeAll(CLOSE_CODES.goingAway);
      endpoint.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await metricsServer?.close();
      await catalog.close();
      await cluster.close();
    },
  };
}
