import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { CLOSE_CODES, CollabRooms, type RoomOptions } from '@rapporteur/collab';
import type { EventStore } from '@rapporteur/event-store';
import type { Accounts } from './accounts/accounts.js';
import { createApp } from './app.js';
import { attachCollabEndpoint } from './collab/collab-endpoint.js';
import { MeetingCatalog } from './meetings/meeting-catalog.js';

export interface ServerOptions {
  readonly store: EventStore;
  readonly accounts: Accounts;
  readonly port: number;
  readonly host?: string;
  readonly maxMessageBytes?: number;
  readonly rooms?: Partial<RoomOptions>;
  readonly log?: (line: string) => void;
  readonly webDist?: string;
}

export interface RunningServer {
  /** http://host:port, with the port the system gave when 0 was asked. */
  readonly url: string;
  readonly rooms: CollabRooms;
  /** Closes sockets with "going away" (providers reconnect by themselves), saves, and stops. */
  close(): Promise<void>;
}

/** Starts the HTTP API and the collaboration endpoint on one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxMessageBytes = options.maxMessageBytes ?? 1024 * 1024;
  const rooms = new CollabRooms(options.store, {
    maxMessageBytes,
    onError: (error) => {
      log(`collab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
    ...options.rooms,
  });
  const catalog = await MeetingCatalog.open(options.store);
  // The endpoint exists only once the server listens; a revocation before that has no socket to close.
  const sockets: { endpoint?: ReturnType<typeof attachCollabEndpoint> } = {};
  const app = createApp({
    onTokenRevoked: (tokenId) => sockets.endpoint?.closeToken(tokenId),
    onSignedOut: (sessionId) => sockets.endpoint?.closeSession(sessionId),
    store: options.store,
    accounts: options.accounts,
    catalog,
    rooms,
    ...(options.webDist === undefined ? {} : { webDist: options.webDist }),
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
    maxMessageBytes,
  });
  sockets.endpoint = endpoint;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    rooms,
    async close() {
      await rooms.closeAll(CLOSE_CODES.goingAway);
      endpoint.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await catalog.close();
    },
  };
}
