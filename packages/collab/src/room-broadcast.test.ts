import { memoryStoreEach } from '@rapporteur/event-store/testing';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  openRoom,
  recordingConnection,
  recordingFanout,
  textOf,
  TypingClient,
} from '../testing/index.js';
import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { emittedUpdates, RoomBroadcast } from './room-broadcast.js';

const DRAFT = 'room-broadcast';
const STREAM = draftStream(DRAFT);
const ALICE = { id: 'alice', name: 'Alice', role: 'rapporteur' };
const BOB = { id: 'bob', name: 'Bob', role: 'secretary' };

/** A room that hears nothing from the other instances. */
const DEAF = { stored: () => undefined, awareness: () => undefined, resync: () => undefined };

/** Lets the room's read of the log, as a connection joins, finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('RoomBroadcast', () => {
  it('sends a commit to every connection, its sender included, and publishes it once', () => {
    const fanout = recordingFanout();
    const alice = recordingConnection('a', ALICE);
    const bob = recordingConnection('b', BOB);
    const broadcast = new RoomBroadcast(new Set([alice, bob]), fanout.join(DRAFT, DEAF), true);
    const update = new TypingClient(1).type('Hi');
    const stored = { firstRevision: 0, lastRevision: 0, update, owners: [] };

    broadcast.committed([update], () => stored);
    expect(alice.updates()).toEqual([update]);
    expect(bob.updates()).toEqual([update]);
    expect(fanout.published).toEqual([stored]);
  });

  it('sends what other instances stored to this instance’s connections only', () => {
    const fanout = recordingFanout();
    const bob = recordingConnection('b', BOB);
    const broadcast = new RoomBroadcast(new Set([bob]), fanout.join(DRAFT, DEAF), true);
    const update = new TypingClient(1).type('Hi');

    broadcast.updates([update]);
    expect(bob.updates()).toEqual([update]);
    expect(fanout.published).toEqual([]);
  });
});

describe('emittedUpdates', () => {
  it('returns the update a change made, and none for a change that changes nothing', () => {
    const doc = new Y.Doc();
    const made = emittedUpdates(doc, () => {
      doc.getText('text').insert(0, 'Hello');
    });
    expect(made.refused).toBe(false);
    expect(textOf(made.updates)).toBe('Hello');
    expect(emittedUpdates(doc, () => undefined).updates).toEqual([]);
  });

  it('returns what was applied before Yjs threw, with the error', () => {
    const doc = new Y.Doc();
    const failure = new Error('refused');
    const made = emittedUpdates(doc, () => {
      Y.transact(doc, () => {
        doc.getText('text').insert(0, 'Half');
        throw failure;
      });
    });
    expect(made).toMatchObject({ refused: true, error: failure });
    expect(textOf(made.updates)).toBe('Half');
  });
});

describe('a room sending on what other instances stored', () => {
  const log = memoryStoreEach();

  /** Stores an update as another instance does, and returns what it publishes. */
  async function storeElsewhere(update: Uint8Array, person: string, clients: number[]) {
    const result = await log.store.append(STREAM, [
      { type: DRAFT_UPDATED, payload: update, metadata: { actor: person, clients } },
    ]);
    return {
      firstRevision: result.firstRevision,
      lastRevision: result.nextExpectedRevision,
      update,
      owners: [{ person, clients }],
    };
  }

  it('sends a published update to its connections, and publishes nothing back', async () => {
    const fanout = recordingFanout();
    const { room } = await openRoom(log.store, DRAFT, { fanout });
    const bob = recordingConnection('b', BOB);
    room.join(bob);

    fanout
      .listener()
      .stored(
        await storeElsewhere(new TypingClient(1).type('From afar'), 'alice', [1]),
        Date.now(),
      );
    await vi.waitFor(() => {
      expect(textOf(bob.updates())).toBe('From afar');
    });
    expect(room.revision).toBe(0);
    expect(fanout.published).toEqual([]);
    await room.close();
  });

  it('reads what it missed from the log when a published update comes after a gap, and sends it on', async () => {
    const fanout = recordingFanout();
    const { room } = await openRoom(log.store, DRAFT, { fanout });
    const bob = recordingConnection('b', BOB);
    room.join(bob);
    await settle();
    const typist = new TypingClient(1);

    await storeElsewhere(typist.type('Missed, '), 'alice', [1]);
    fanout
      .listener()
      .stored(await storeElsewhere(typist.type('then heard'), 'alice', [1]), Date.now());
    await vi.waitFor(() => {
      expect(textOf(bob.updates())).toBe('Missed, then heard');
    });
    expect(room.revision).toBe(1);
    expect(fanout.published).toEqual([]);
    await room.close();
  });
});
