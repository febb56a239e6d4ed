import { createEventStore, type EventStore, type ReadStreamOptions } from '@rapporteur/event-store';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openRoom, recordingConnection, textOf, TypingClient } from '../testing/index.js';
import { DRAFT_UPDATED, draftStream, writeSnapshot } from '@rapporteur/draft-log';
import { encodeSyncMessage, SYNC_STEP_1 } from './protocol.js';
import type { DraftRoom } from './draft-room.js';

const DRAFT = 'room-load';
const STREAM = draftStream(DRAFT);
const BOB = { id: 'bob', name: 'Bob', role: 'secretary' };

/** The frame an empty editor sends on connecting: what do you hold beyond nothing? */
const FROM_NOTHING = encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc()));

/** The text Bob's empty editor receives from `room` on joining it. */
function textOnJoining(room: DraftRoom): string {
  const bob = recordingConnection('b', BOB);
  room.join(bob);
  room.receive(bob, FROM_NOTHING);
  return textOf(bob.updates());
}

describe('a room loading its draft', () => {
  let store: EventStore;
  /** Where each read of the draft's stream started. */
  let readsFrom: (number | undefined)[];
  let reading: EventStore;
  beforeEach(async () => {
    store = await createEventStore({ url: 'sqlite::memory:' });
    readsFrom = [];
    reading = {
      ...store,
      readStream: (stream: string, options?: ReadStreamOptions) => {
        if (stream === STREAM) readsFrom.push(options?.from);
        return store.readStream(stream, options);
      },
    };
  });
  afterEach(async () => {
    await store.close();
  });

  /** Stores `words` as one event each, typed by one editor, as a room would. */
  async function storeWords(typist: TypingClient, words: readonly string[]): Promise<void> {
    for (const word of words)
      await store.append(STREAM, [
        {
          type: DRAFT_UPDATED,
          payload: typist.type(word),
          metadata: { actor: 'alice', clients: [typist.doc.clientID] },
        },
      ]);
  }

  it('loads from the latest snapshot and reads only the events after it', async () => {
    const typist = new TypingClient(1);
    await storeWords(typist, ['One ', 'two ', 'three ']);
    await writeSnapshot(store, STREAM, 2);
    await storeWords(typist, ['four ', 'five']);

    const { room } = await openRoom(reading, DRAFT);
    expect(readsFrom[0]).toBe(3);
    expect(room.revision).toBe(4);
    expect(textOnJoining(room)).toBe('One two three four five');
    await room.close();
  });

  it('loads from the events alone when there is no snapshot, and the owners of client ids with them', async () => {
    const typist = new TypingClient(1);
    await storeWords(typist, ['Alice ', 'wrote']);

    const { room } = await openRoom(reading, DRAFT);
    expect(readsFrom[0]).toBe(0);
    expect(room.revision).toBe(1);
    const bob = recordingConnection('b', BOB);
    room.join(bob);
    // Alice's client id is hers: Bob writing under it is refused.
    room.receive(bob, typist.typeFrame('!'));
    await vi.waitFor(() => {
      expect(bob.closes.map((close) => close.code)).toEqual([4403]);
    });
    await room.close();
  });

  it('writes a snapshot as it closes, which the next room loads from', async () => {
    const first = await openRoom(store, DRAFT);
    const alice = recordingConnection('a', { id: 'alice', name: 'Alice', role: 'rapporteur' });
    first.room.join(alice);
    const typist = new TypingClient(1);
    for (const word of ['Saved ', 'and ', 'snapshotted'])
      first.room.receive(alice, typist.typeFrame(word));
    // However the words were grouped into commits (one event per connection and commit).
    await vi.waitFor(() => {
      expect(textOnJoining(first.room)).toBe('Saved and snapshotted');
    });
    const revision = first.room.revision;
    await first.room.close();
    expect((await store.loadSnapshot(STREAM))?.revision).toBe(revision);

    const { room } = await openRoom(reading, DRAFT);
    expect(readsFrom[0]).toBe(revision + 1);
    expect(textOnJoining(room)).toBe('Saved and snapshotted');
    await room.close();
  });

  it('writes a snapshot every snapshotEvery events while it is open', async () => {
    const { room } = await openRoom(store, DRAFT, { snapshotEvery: 2 });
    const alice = recordingConnection('a', { id: 'alice', name: 'Alice', role: 'rapporteur' });
    room.join(alice);
    const typist = new TypingClient(1);
    room.receive(alice, typist.typeFrame('a'));
    await vi.waitFor(() => {
      expect(alice.acks()).toHaveLength(1);
    });
    expect(await store.loadSnapshot(STREAM)).toBeUndefined();
    room.receive(alice, typist.typeFrame('b'));
    await vi.waitFor(async () => {
      expect((await store.loadSnapshot(STREAM))?.revision).toBe(1);
    });
    await room.close();
  });

  it('writes the next snapshot only once the log has grown by twice as many bytes as the last one holds', async () => {
    const { room } = await openRoom(store, DRAFT, { snapshotEvery: 1 });
    const alice = recordingConnection('a', { id: 'alice', name: 'Alice', role: 'rapporteur' });
    room.join(alice);
    const typist = new TypingClient(1);
    const typeAndWait = async (text: string): Promise<void> => {
      const acks = alice.acks().length;
      room.receive(alice, typist.typeFrame(text));
      await vi.waitFor(() => {
        expect(alice.acks()).toHaveLength(acks + 1);
      });
    };
    await typeAndWait('p'.repeat(2000));
    await vi.waitFor(async () => {
      expect((await store.loadSnapshot(STREAM))?.revision).toBe(0);
    });
    // Five small commits: every one is past `snapshotEvery`, but together far from 4,000 bytes.
    for (const letter of 'abcde') await typeAndWait(letter);
    await typeAndWait('q'.repeat(3000));
    await typeAndWait('r'.repeat(3000));
    await vi.waitFor(async () => {
      expect((await store.loadSnapshot(STREAM))?.revision).toBe(7);
    });
    // Snapshots are kept by revision: none was written for the small commits.
    expect((await store.loadSnapshot(STREAM, { atOrBefore: 6 }))?.revision).toBe(0);
    await room.close();
  });
});
