import { createEventStore, type EventStore } from '@rapporteur/event-store';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  heldAppends,
  openRoom,
  recordingConnection,
  recordingFanout,
  textOf,
  TypingClient,
  type HeldAppends,
  type RecordingConnection,
} from '../testing/index.js';
import { CLOSE_CODES } from './close-codes.js';
import type { DraftRoom } from './draft-room.js';
import { draftStream } from '@rapporteur/draft-log';
import { encodeSyncMessage, SYNC_UPDATE } from './protocol.js';

const DRAFT = 'room-commit';
const STREAM = draftStream(DRAFT);
const ALICE = { id: 'alice', name: 'Alice', role: 'rapporteur' };
const BOB = { id: 'bob', name: 'Bob', role: 'secretary' };

/** Lets whatever the room would do next (a commit's turn, an append, a broadcast) run. */
/** Alice and Bob, who both edit, joined to `room`. */
function aliceAndBobIn(room: DraftRoom): { alice: RecordingConnection; bob: RecordingConnection } {
  const alice = recordingConnection('a', ALICE);
  const bob = recordingConnection('b', BOB);
  room.join(alice);
  room.join(bob);
  return { alice, bob };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the commit pipeline of a room', () => {
  let store: EventStore;
  let held: HeldAppends;
  beforeEach(async () => {
    store = await createEventStore({ url: 'sqlite::memory:' });
    held = heldAppends(store);
  });
  afterEach(async () => {
    held.release();
    await store.close();
  });

  const storedCount = async () => (await store.readStream(STREAM)).length;

  it('stores an update before anyone hears of it: other connections, other instances, the ack', async () => {
    const fanout = recordingFanout();
    const { room } = await openRoom(held.store, DRAFT, { fanout });
    const { alice, bob } = aliceAndBobIn(room);
    held.hold();

    room.receive(alice, new TypingClient(1).typeFrame('Hello'));
    await held.waiting();
    await settle();
    expect(bob.updates()).toEqual([]);
    expect(alice.acks()).toEqual([]);
    expect(fanout.published).toEqual([]);
    expect(await storedCount()).toBe(0);

    held.release();
    await vi.waitFor(() => {
      expect(alice.acks()).toHaveLength(1);
    });
    expect(await storedCount()).toBe(1);
    expect(textOf(bob.updates())).toBe('Hello');
    expect(fanout.published.map((stored) => stored.firstRevision)).toEqual([0]);
    expect(alice.acks()[0]).toEqual(new Map([[1, 5]]));
    await room.close();
  });

  it('sends every update only once the append that stores it has resolved', async () => {
    const fanout = recordingFanout();
    const { room } = await openRoom(held.store, DRAFT, { fanout });
    const typist = new TypingClient(7);
    // How many appends had resolved each time something left the room.
    const appendsAtSend: number[] = [];
    const appendsAtPublish: number[] = [];
    const bob = recordingConnection('b', BOB, {
      onSend: (message) => {
        if (message.kind === 'update') appendsAtSend.push(held.appended.length);
      },
    });
    fanout.onPublish = () => appendsAtPublish.push(held.appended.length);
    const alice = recordingConnection('a', ALICE);
    room.join(alice);
    room.join(bob);

    for (const word of ['One ', 'two ', 'three']) {
      room.receive(alice, typist.typeFrame(word));
      await vi.waitFor(() => {
        expect(alice.acks().length).toBe(appendsAtSend.length);
      });
      await settle();
    }
    expect(appendsAtSend).toEqual([1, 2, 3]);
    expect(appendsAtPublish).toEqual([1, 2, 3]);
    expect(textOf(bob.updates())).toBe('One two three');
    await room.close();
  });

  it('commits what arrives during a commit together, one event per sender, sends it as one update, and acks each sender', async () => {
    const opened = await openRoom(held.store, DRAFT);
    const { room } = opened;
    const alice = recordingConnection('a', ALICE);
    const bob = recordingConnection('b', BOB);
    const reader = recordingConnection('r', { id: 'carol', name: 'Carol', role: 'observer' });
    for (const connection of [alice, bob, reader]) room.join(connection);
    const alicesEditor = new TypingClient(1);
    const bobsEditor = new TypingClient(2);
    held.hold();

    room.receive(alice, alicesEditor.typeFrame('a'));
    await held.waiting();
    room.receive(alice, alicesEditor.typeFrame('b'));
    room.receive(alice, alicesEditor.typeFrame('c'));
    room.receive(bob, bobsEditor.typeFrame('x'));
    await settle();
    expect(reader.updates()).toEqual([]);
    held.release();

    await vi.waitFor(() => {
      // Alice's two keystrokes merged into one event, Bob's in another (decision 53).
      expect(opened.commits).toEqual([1, 2]);
    });
    await vi.waitFor(() => {
      expect(bob.acks()).toHaveLength(1);
    });
    expect(reader.updates()).toHaveLength(2);
    expect(textOf(reader.updates())).toHaveLength(4);
    expect(alice.acks()).toEqual([new Map([[1, 1]]), new Map([[1, 3]])]);
    expect(bob.acks()).toEqual([new Map([[2, 1]])]);
    const stored = await store.readStream(STREAM);
    expect(stored.map((event) => event.metadata['actor'])).toEqual(['alice', 'alice', 'bob']);
    expect(stored.map((event) => event.metadata['clients'])).toEqual([[1], [1], [2]]);
    expect(textOf(stored.map((event) => event.payload as Uint8Array))).toBe('abcx');
    await room.close();
  });

  it('closes the sender of an update that does not decode with 4400, and stores and sends nothing', async () => {
    const { room } = await openRoom(store, DRAFT);
    const { alice, bob } = aliceAndBobIn(room);

    room.receive(alice, encodeSyncMessage(SYNC_UPDATE, new Uint8Array([1, 2, 3, 250])));
    await settle();
    expect(alice.closes.map((close) => close.code)).toEqual([CLOSE_CODES.malformed.code]);
    expect(bob.updates()).toEqual([]);
    expect(await storedCount()).toBe(0);
    await room.close();
  });

  it('closes with 4400 the sender of an update that decodes but Yjs cannot apply, and stores the rest of its commit', async () => {
    const { room } = await openRoom(store, DRAFT);
    const { alice, bob } = aliceAndBobIn(room);
    // A delete range of length zero decodes, and throws when applied.
    const encoder = encoding.createEncoder();
    for (const value of [0, 1, 7, 1, 0, 0]) encoding.writeVarUint(encoder, value);

    // Received in one turn: one commit, where the trial finds Bob's change unappliable.
    room.receive(alice, new TypingClient(1).typeFrame('Hello'));
    room.receive(bob, encodeSyncMessage(SYNC_UPDATE, encoding.toUint8Array(encoder)));
    await vi.waitFor(() => {
      expect(alice.acks()).toHaveLength(1);
    });
    expect(bob.closes.map((close) => close.code)).toEqual([CLOSE_CODES.malformed.code]);
    expect(alice.closes).toEqual([]);
    const stored = await store.readStream(STREAM);
    expect(stored.map((event) => event.metadata['actor'])).toEqual(['alice']);
    expect(textOf(stored.map((event) => event.payload as Uint8Array))).toBe('Hello');
    await room.close();
  });

  it('closes the sender of an update the check finds unfit with 4422, and stores nothing of it', async () => {
    const { room } = await openRoom(store, DRAFT, {
      updateCheck: () => ({ verdict: () => ({ unfit: 'No such node in this schema.' }) }),
    });
    const { alice, bob } = aliceAndBobIn(room);

    room.receive(alice, new TypingClient(1).typeFrame('Hello'));
    await vi.waitFor(() => {
      expect(alice.closes).toEqual([
        { code: CLOSE_CODES.unfitUpdate.code, reason: 'No such node in this schema.' },
      ]);
    });
    await room.close();
    expect(bob.updates()).toEqual([]);
    // An acknowledgement states what is stored: nothing of client 1.
    for (const ack of alice.acks()) expect(ack.get(1) ?? 0).toBe(0);
    expect(await storedCount()).toBe(0);
  });

  it('closes with 4403 a connection writing under a client id another person stored under', async () => {
    const { room } = await openRoom(store, DRAFT);
    const { alice, bob } = aliceAndBobIn(room);
    const alicesEditor = new TypingClient(1);
    room.receive(alice, alicesEditor.typeFrame('Mine'));
    await vi.waitFor(() => {
      expect(alice.acks()).toHaveLength(1);
    });

    // Bob's connection sends an edit made under Alice's client id.
    room.receive(bob, alicesEditor.typeFrame(' and his'));
    await vi.waitFor(() => {
      expect(bob.closes.map((close) => close.code)).toEqual([CLOSE_CODES.forbidden.code]);
    });
    expect(bob.denials()).toHaveLength(1);
    await room.close();
    expect(await storedCount()).toBe(1);
    expect(textOf(alice.updates())).toBe('Mine');
  });

  it('closes with 4413 the sender of an update past the draft size limit, storing nothing', async () => {
    const { room } = await openRoom(store, DRAFT, {
      byteLimits: {
        personByteBurst: 1e6,
        personBytesPerSecond: 1e6,
        draftByteBurst: 1e6,
        draftBytesPerSecond: 1e6,
        maxDraftBytes: 16,
      },
    });
    const alice = recordingConnection('a', ALICE);
    room.join(alice);

    room.receive(alice, new TypingClient(1).typeFrame('A paragraph longer than the limit'));
    await settle();
    expect(alice.closes.map((close) => close.code)).toEqual([CLOSE_CODES.draftFull.code]);
    await room.close();
    expect(await storedCount()).toBe(0);
  });

  it('tells a connection that may not edit, keeps it open, and stores nothing', async () => {
    const { room } = await openRoom(store, DRAFT);
    const reader = recordingConnection('r', BOB, { canEdit: false });
    room.join(reader);

    room.receive(reader, new TypingClient(2).typeFrame('Not mine to write'));
    await settle();
    expect(reader.denials()).toEqual([
      'You may read this draft but not edit it. Your change was not saved.',
    ]);
    expect(reader.closes).toEqual([]);
    await room.close();
    expect(await storedCount()).toBe(0);
  });

  it('refuses every update to a frozen draft with a permission-denied message', async () => {
    const { room } = await openRoom(store, DRAFT);
    await store.append(STREAM, [{ type: 'DraftSealed', data: {} }], { seal: 'seal' });
    const { alice, bob } = aliceAndBobIn(room);

    room.receive(alice, new TypingClient(1).typeFrame('Too late'));
    await vi.waitFor(() => {
      expect(alice.denials()).toEqual([
        'This draft is frozen or under review; your change was not saved. Under review, propose changes as suggestions.',
      ]);
    });
    expect(alice.acks()).toEqual([]);
    expect(bob.updates()).toEqual([]);
    expect(room.failed).toBe(false);
    await room.close();
    expect((await store.readStream(STREAM)).map((event) => event.type)).toEqual(['DraftSealed']);
  });

  it('closes every connection with 1011 and retires when the store refuses the append, sending nothing', async () => {
    const opened = await openRoom(held.store, DRAFT);
    const { room } = opened;
    const { alice, bob } = aliceAndBobIn(room);
    held.breakDown();

    room.receive(alice, new TypingClient(1).typeFrame('Lost?'));
    await vi.waitFor(() => {
      expect(opened.retired()).toBe(true);
    });
    for (const connection of [alice, bob])
      expect(connection.closes.map((close) => close.code)).toEqual([
        CLOSE_CODES.internalError.code,
      ]);
    expect(bob.updates()).toEqual([]);
    expect(alice.acks()).toEqual([]);
    expect(room.failed).toBe(true);
    expect(opened.errors).toHaveLength(1);
    await room.close();
    expect(await storedCount()).toBe(0);
  });

  it('stores an update the server submits through the same pipeline, and sends it to the connections', async () => {
    const { room } = await openRoom(store, DRAFT);
    const bob = recordingConnection('b', BOB);
    room.join(bob);

    const revision = await room.submit(
      new TypingClient(9).type('Imported'),
      { id: 'system:import', name: 'Rapporteur', role: 'system' },
      'import',
    );
    expect(revision).toBe(0);
    expect(textOf(bob.updates())).toBe('Imported');
    const [event] = await store.readStream(STREAM);
    // The origin is recorded with it: the history names this revision the imported original.
    expect(event?.metadata).toMatchObject({
      actor: 'system:import',
      clients: [9],
      connection: 'server:system:import',
      origin: 'import',
    });
    await room.close();
  });
});
