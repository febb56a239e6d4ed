import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { PersonByteRates } from '../src/byte-budgets.js';
import { DraftRoom } from '../src/draft-room.js';
import { SINGLE_INSTANCE } from '../src/fanout/draft-fanout.js';
import { encodeSyncMessage, SYNC_UPDATE } from '../src/protocol.js';
import { DEFAULT_ROOM_OPTIONS, type RoomOptions } from '../src/room-options.js';

/** A loaded room, with what it reported: errors, commits (events per append), retirement. */
export interface OpenedRoom {
  readonly room: DraftRoom;
  readonly errors: unknown[];
  /** Events per append, as the room told its observer. */
  readonly commits: number[];
  retired(): boolean;
}

/** Loads a draft's room from `store` as an instance's rooms do, with default options but `options`. */
export async function openRoom(
  store: EventStore,
  draftId: string,
  options: Partial<RoomOptions> = {},
): Promise<OpenedRoom> {
  const errors: unknown[] = [];
  const commits: number[] = [];
  let retired = false;
  const all: RoomOptions = {
    ...DEFAULT_ROOM_OPTIONS,
    onError: (error) => errors.push(error),
    observer: {
      committed: ({ events }) => commits.push(events),
      remoteApplied: () => undefined,
      gapRepaired: () => undefined,
      stage: () => undefined,
    },
    fanout: SINGLE_INSTANCE,
    ...options,
  };
  const room = await DraftRoom.load(store, draftId, {
    options: all,
    personRates: new PersonByteRates(all.byteLimits),
    retire: () => {
      retired = true;
    },
  });
  return { room, errors, commits, retired: () => retired };
}

/** A client's editor: a document under its own Yjs client id, whose edits come out as frames. */
export class TypingClient {
  readonly doc: Y.Doc;

  constructor(clientId: number) {
    this.doc = new Y.Doc();
    this.doc.clientID = clientId;
  }

  /** Types `text` at the end and returns the update it made. */
  type(text: string): Uint8Array {
    const before = Y.encodeStateVector(this.doc);
    const field = this.doc.getText('text');
    field.insert(field.length, text);
    return Y.encodeStateAsUpdate(this.doc, before);
  }

  /** Types `text` at the end and returns the frame a y-websocket provider sends for it. */
  typeFrame(text: string): Uint8Array {
    return encodeSyncMessage(SYNC_UPDATE, this.type(text));
  }
}

/** The text of a document made of `updates`. */
export function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const text = doc.getText('text').toJSON();
  doc.destroy();
  return text;
}
