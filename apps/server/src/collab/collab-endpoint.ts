import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ID_SOURCE } from '@rapporteur/api-contract';
import {
  CLOSE_CODES,
  type CollabConnection,
  type CollabRooms,
  type RoomSession,
} from '@rapporteur/collab';
import { mayAct } from '@rapporteur/domain';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Accounts, User } from '../accounts/accounts.js';
import type { ClusterSignals } from '../cluster/cluster-signals.js';
import type { Stopping } from '../health/stopping.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { mayReadNow, meetingFacts } from '../meetings/meeting-access.js';
import type { Logger } from '../observability/logger.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-context.js';
import type { ServerMetrics } from '../observability/server-metrics.js';
import { clientAddress } from '../http/client-address.js';
import { AddressRateLimit } from './address-rate-limit.js';
import { closeWhenCredentialEnds } from './close-when-credential-ends.js';
import { identifySocket } from './socket-identity.js';
import { websocketConnection } from './websocket-connection.js';

/**
 * Per client address and instance. Generous: a conference venue puts a whole room of delegates
 * behind one address, and a browser tab opens one socket and sends a few dozen frames a second.
 */
export interface SocketLimits {
  /** New connections at once, then per second. */
  readonly connectionBurst: number;
  readonly connectionsPerSecond: number;
  /** Frames at once, then per second, over all of the address's sockets. */
  readonly messageBurst: number;
  readonly messagesPerSecond: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  connectionBurst: 300,
  connectionsPerSecond: 5,
  messageBurst: 4000,
  messagesPerSecond: 2000,
};

export interface CollabEndpointOptions {
  readonly rooms: CollabRooms;
  readonly catalog: MeetingCatalog;
  readonly accounts: Accounts;
  /** Revocations and sign-outs, from this instance and the others: they close the sockets. */
  readonly signals: ClusterSignals;
  readonly maxMessageBytes: number;
  readonly metrics: ServerMetrics;
  readonly logger?: Logger;
  readonly limits?: Partial<SocketLimits>;
  /** Behind a reverse proxy: addresses come from the last X-Forwarded-For entry. */
  readonly trustProxy?: boolean;
  /** Once the instance begins to stop, new sockets are closed with 1001: reconnect elsewhere. */
  readonly stopping?: Stopping;
}

interface SocketContext {
  readonly request: IncomingMessage;
  readonly meetingId: string;
  readonly params: URLSearchParams;
  readonly address: string;
}

interface EndpointState {
  readonly open: Set<OpenSocket>;
  readonly messages: AddressRateLimit;
}

interface OpenSocket {
  readonly meetingId: string;
  readonly user: User;
  readonly connection: CollabConnection;
}

const PATH = new RegExp(`^/collab/(${ID_SOURCE})$`);

/**
 * Serves `/collab/:meetingId` with the standard y-websocket protocol. The socket is authenticated
 * at the upgrade; the person's role is asked of the meeting on every update (a delegate reads,
 * never writes), and a removal closes their sockets as soon as the catalog sees it. A socket
 * closes with 4401 when its token or session is revoked, signed out or expires.
 * `?ack=1` asks for durable acknowledgements.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions) {
  // ws refuses larger frames itself, with close code 1009, before they reach a room.
  // Text frames are refused by our handler with a reason (4400); ws's own UTF-8 check would
  // close with 1007 and none, so it is off.
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    skipUTF8Validation: true,
  });
  const open = new Set<OpenSocket>();
  const limits = { ...DEFAULT_SOCKET_LIMITS, ...options.limits };
  const connections = new AddressRateLimit({
    burst: limits.connectionBurst,
    perSecond: limits.connectionsPerSecond,
  });
  const messages = new AddressRateLimit({
    burst: limits.messageBurst,
    perSecond: limits.messagesPerSecond,
  });
  const stopWatching = options.catalog.onChange((meetingId) => {
    for (const socket of open) {
      if (
        socket.meetingId === meetingId &&
        !mayReadNow(options.catalog, socket.user, socket.meetingId)
      ) {
        socket.connection.close(
          CLOSE_CODES.forbidden.code,
          'You are no longer a participant of this meeting.',
        );
      }
    }
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const meetingId = PATH.exec(url.pathname)?.[1];
    if (meetingId === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const address = clientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      options.trustProxy ?? false,
    );
    sockets.handleUpgrade(request, socket, head, (ws) => {
      options.metrics.socketOpened();
      ws.once('close', (code: number) => {
        options.metrics.socketClosed(code);
      });
      if (options.stopping?.begun === true) {
        ws.close(CLOSE_CODES.goingAway.code, CLOSE_CODES.goingAway.reason);
        return;
      }
      if (!connections.take(address)) {
        options.metrics.error('socket_rate_limited');
        ws.close(CLOSE_CODES.rateLimited.code, CLOSE_CODES.rateLimited.reason);
        return;
      }
      const context = { request, meetingId, params: url.searchParams, address };
      connect(ws, context, { ...options, open, messages }).catch((error: unknown) => {
        // The room could not be loaded (the database is down): the client retries by itself.
        options.metrics.error('socket_unavailable');
        options.logger?.warn({ err: error, meeting: meetingId }, 'A draft could not be opened.');
        ws.close(CLOSE_CODES.unavailable.code, CLOSE_CODES.unavailable.reason);
      });
    });
  });
  return {
    close(): void {
      stopWatching();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

async function connect(
  ws: WebSocket,
  { request, meetingId, params, address }: SocketContext,
  {
    rooms,
    catalog,
    accounts,
    signals,
    metrics,
    logger,
    open,
    messages,
  }: CollabEndpointOptions & EndpointState,
): Promise<void> {
  // Frames that arrive while the socket is authenticated and the room loads wait here, in order.
  const early: Uint8Array[] = [];
  const state: { session: RoomSession | undefined; closed: boolean } = {
    session: undefined,
    closed: false,
  };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    // Once the server has decided to close (a credential expired a moment ago), frames still in
    // flight from the client are not taken: ws goes on delivering them until the handshake ends.
    if (ws.readyState !== WebSocket.OPEN) return;
    if (!isBinary) {
      ws.close(CLOSE_CODES.malformed.code, 'Text frames are not part of the protocol.');
      return;
    }
    if (!messages.take(address)) {
      metrics.error('socket_rate_limited');
      ws.close(CLOSE_CODES.rateLimited.code, CLOSE_CODES.rateLimited.reason);
      return;
    }
    const frame = toUint8Array(data);
    if (state.session === undefined) early.push(frame);
    else state.session.receive(frame);
  });
  // ws reports protocol violations (an oversized frame) here and closes the socket itself.
  ws.on('error', () => undefined);

  const identity = await identifySocket(request, params, accounts);
  if (identity.kind === 'refused') {
    ws.close(
      CLOSE_CODES.unauthenticated.code,
      identity.reason === 'cross_origin'
        ? 'This connection came from another site.'
        : CLOSE_CODES.unauthenticated.reason,
    );
    return;
  }
  const { user, credential } = identity;
  // Watched before the meeting is looked up: a revocation from the moment the credential was found
  // good is not missed.
  closeWhenCredentialEnds(ws, credential, signals);
  // A meeting created or joined a moment ago through another instance may not be in this
  // instance's catalog yet: read its stream before saying no. The no must be right, because
  // y-websocket takes a 44xx close as final and never reconnects.
  if (!mayReadNow(catalog, user, meetingId)) await catalog.refresh(meetingId);
  // Only an administrator, who may open any meeting, learns that one does not exist; anyone else
  // is told the same for a meeting they are not in and for none at all, as the HTTP API's 404.
  if (user.admin && catalog.get(meetingId) === undefined) {
    ws.close(CLOSE_CODES.notFound.code, 'There is no such meeting.');
    return;
  }
  if (!mayReadNow(catalog, user, meetingId)) {
    ws.close(CLOSE_CODES.forbidden.code, CLOSE_CODES.forbidden.reason);
    return;
  }
  const connection = websocketConnection(ws, {
    actor: {
      id: user.id,
      name: user.name,
      // Read when asked, so that presence and stored events carry the role as it is now.
      get role() {
        return catalog.roleOf(meetingId, user.id) ?? 'administrator';
      },
    },
    wantsAcks: params.get('ack') === '1',
    // Asked for every update, so a role changed or a freeze a moment ago, on any instance (each
    // follows the meetings' events), already counts; the sealed stream refuses what slips past.
    editRefusal: () => {
      const verdict = mayAct(meetingFacts(catalog.get(meetingId), user.id), 'edit');
      return verdict.allowed ? undefined : verdict.reason;
    },
  });
  const entry: OpenSocket = { meetingId, user, connection };
  open.add(entry);
  // Under the upgrade's request id, so a proxy's or a client's trace finds the socket's lines.
  const log = logger?.child({
    requestId: requestIdOf(request.headers[REQUEST_ID_HEADER]),
    meeting: meetingId,
    person: user.id,
    connection: connection.id,
  });
  log?.debug({ address }, 'Socket opened.');
  ws.on('close', (code: number, reason: Buffer) => {
    state.closed = true;
    open.delete(entry);
    log?.debug({ code, reason: reason.toString() }, 'Socket closed.');
    void state.session?.leave();
  });
  const joined = await rooms.join(meetingId, connection);
  if (state.closed) {
    await joined.leave();
    return;
  }
  state.session = joined;
  for (const frame of early.splice(0)) joined.receive(frame);
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
