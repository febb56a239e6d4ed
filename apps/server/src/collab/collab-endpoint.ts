import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE_CODES, type CollabRooms, type RoomSession } from '@rapporteur/collab';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { MeetingDirectory } from '../meetings/meeting-directory.js';
import { websocketConnection } from './websocket-connection.js';

export interface CollabEndpointOptions {
  readonly rooms: CollabRooms;
  readonly meetings: MeetingDirectory;
  readonly maxMessageBytes: number;
}

const PATH = /^\/collab\/([A-Za-z0-9_-]{1,64})$/;
const MAX_NAME_LENGTH = 80;

/**
 * Serves `/collab/:meetingId` with the standard y-websocket protocol: any y-websocket provider can
 * connect. `?ack=1` asks for durable acknowledgements, `?name=` gives the display name (until
 * accounts exist).
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions): { close(): void } {
  // ws refuses larger frames itself, with close code 1009, before they reach a room.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const meetingId = PATH.exec(url.pathname)?.[1];
    if (meetingId === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      void connect(ws, { meetingId, params: url.searchParams }, options);
    });
  });
  return {
    close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

async function connect(
  ws: WebSocket,
  { meetingId, params }: { meetingId: string; params: URLSearchParams },
  { rooms, meetings }: CollabEndpointOptions,
): Promise<void> {
  const name = (params.get('name') ?? '').trim().slice(0, MAX_NAME_LENGTH) || 'Guest';
  const connection = websocketConnection(ws, {
    actor: { id: `guest:${name}`, name, role: 'editor' },
    wantsAcks: params.get('ack') === '1',
    canEdit: () => true,
  });
  // Frames that arrive while the room loads wait here, in order.
  const early: Uint8Array[] = [];
  const state: { session: RoomSession | undefined; closed: boolean } = { session: undefined, closed: false };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (!isBinary) {
      connection.close(CLOSE_CODES.malformed.code, 'Text frames are not part of the protocol; send binary frames.');
      return;
    }
    const frame = toUint8Array(data);
    if (state.session === undefined) early.push(frame);
    else state.session.receive(frame);
  });
  // ws reports protocol violations (an oversized frame) here and closes the socket itself.
  ws.on('error', () => undefined);
  ws.on('close', () => {
    state.closed = true;
    void state.session?.leave();
  });
  if (!(await meetings.exists(meetingId))) {
    connection.close(CLOSE_CODES.notFound.code, `There is no meeting "${meetingId}".`);
    return;
  }
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
