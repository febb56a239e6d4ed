import { StreamSealedError, type EventStore } from '@rapporteur/event-store';
import type * as Y from 'yjs';
import type { ServerOrigin } from '@rapporteur/draft-log';
import type { Actor } from './collab-connection.js';

/** A change the server makes to a draft as its room loads, and the actor it is stored under. */
export interface LoadRepair {
  readonly update: Uint8Array;
  readonly actor: Actor;
}

/** What of a freshly loaded room a repair needs. */
interface LoadedRoom {
  readonly stream: string;
  readonly doc: Y.Doc;
  submit(update: Uint8Array, actor: Actor, origin: ServerOrigin): Promise<number>;
  close(): Promise<void>;
}

/**
 * Stores the repair `repairOf` asks for, if any, before the room takes its first connection:
 * a browser opening the draft then finds nothing to change, and no person is recorded for a
 * change they did not make (decision 23). A sealed (frozen) draft is left as it is: it takes
 * no append, and its readers tolerate what it holds. If the store refuses the repair, the room
 * is closed and the load fails, as a load whose read fails does.
 */
export async function repairAtLoad(
  room: LoadedRoom,
  store: EventStore,
  repairOf: (doc: Y.Doc) => LoadRepair | undefined,
): Promise<void> {
  const head = await store.head(room.stream);
  if (head?.sealed === true) return;
  const repair = repairOf(room.doc);
  if (repair === undefined) return;
  try {
    await room.submit(repair.update, repair.actor, 'repair');
  } catch (error) {
    // Frozen between the look at the head and the append: read as it is, like any frozen draft.
    if (error instanceof StreamSealedError) return;
    await room.close();
    throw error;
  }
}
