import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CLOSE_CODES,
  type CollabConnection,
  type CollabRooms,
  type RoomSession,
} from '@rapporteur/collab';
import { can } from '@rapporteur/domain';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Accounts, User } from '../accounts/accounts.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { identifySocket, type Credential } from './socket-identity.js';
import { websocketConnection } from './websocket-connection.js';

export interface CollabEndpointOptions {
  readonly rooms: CollabRooms;
  readonly catalog: MeetingCatalog;
  readonly accounts: Accounts;
  readonly maxMessageBytes: number;
}

interface OpenSocket {
  readonly meetingId: string;
  readonly user: User;
  readonly credential: Credential;
  readonly connection: CollabConnection;
}

const PATH = /^\/collab\/([A-Za-z0-9_-]{1,64})$/;

/**
 * Serves `/collab/:meetingId` with the standard y-websocket protocol. The socket is authenticated
 * at the upgrade; the person's role is asked of the meeting on every update (a delegate reads,
 * never writes), and a removal closes their sockets as soon as the catalog sees it.
 * `?ack=1` asks for durable acknowledgements.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions) {
  // ws refuses larger frames itself, with close code 1009, before they reach a room.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const open = new Set<OpenSocket>();
  const stopWatching = options.catalog.onChange((meetingId) => {
    for (const socket of open) {
      if (socket.meetingId === meetingId && !mayRead(options.catalog, socket)) {
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
    sockets.handleUpgrade(request, socket, head, (ws) => {
      void connect(ws, { request, meetingId, params: url.searchParams }, { ...options, open });
    });
  });
  return {
    /** Closes, at once, every socket opened with this API token. */
    closeToken(tokenId: string): void {
      for (const socket of open) {
        if (socket.credential.kind === 'token' && socket.credential.tokenId === tokenId) {
          socket.connection.close(
            CLOSE_CODES.unauthenticated.code,
            'The API token of this connection was revoked.',
          );
        }
      }
    },
    /** Closes, at once, every socket opened with this browser session (signed out). */
    closeSession(sessionId: string): void {
      for (const socket of open) {
        if (socket.credential.kind === 'session' && socket.credential.sessionId === sessionId) {
          socket.connection.close(CLOSE_CODES.unauthenticated.code, 'You signed out.');
        }
      }
    },
    close(): void {
      stopWatching();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

function mayRead(catalog: MeetingCatalog, socket: Pick<OpenSocket, 'meetingId' | 'user'>): boolean {
  return (
    catalog.get(socket.meetingId) !== undefined &&
    (socket.user.admin || can(catalog.roleOf(socket.meetingId, socket.user.id), 'read'))
  );
}

async function connect(
  ws: WebSocket,
  {
    request,
    meetingId,
    params,
  }: { request: IncomingMessage; meetingId: string; params: URLSearchParams },
  { rooms, catalog, accounts, open }: CollabEndpointOptions & { open: Set<OpenSocket> },
): Promise<void> {
  // Frames that arrive while the socket is authenticated and the room loads wait here, in order.
  const early: Uint8Array[] = [];
  const state: { session: RoomSession | undefined; closed: boolean } = {
    session: undefined,
    closed: false,
  };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (!isBinary) {
      ws.close(CLOSE_CODES.malformed.code, 'Text frames are not part of the protocol.');
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
  if (catalog.get(meetingId) === undefined) {
    ws.close(CLOSE_CODES.notFound.code, `There is no meeting "${meetingId}".`);
    return;
  }
  if (!mayRead(catalog, { meetingId, user })) {
    ws.close(CLOSE_CODES.forbidden.code, CLOSE_CODES.forbidden.reason);
    return;
  }
  const connection = websocketConnection(ws, {
    actor: {
      id: user.id,
      name: user.name,
      role: catalog.roleOf(meetingId, user.id) ?? 'administrator',
    },
    wantsAcks: params.get('ack') === '1',
    // Asked for every update, so a role changed a moment ago already counts.
    canEdit: () => can(catalog.roleOf(meetingId, user.id), 'edit'),
  });
  const entry: OpenSocket = { meetingId, user, credential, connection };
  open.add(entry);
  ws.on('close', () => {
    state.closed = true;
    open.delete(entry);
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
