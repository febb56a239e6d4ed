import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { CollabRooms } from './collab-rooms.js';
import type { LoadRepair } from './load-repair.js';

const DRAFT = 'cwg-36';
const SYSTEM = { id: 'system:test-repair', name: 'Rapporteur', role: 'system' };

/** A connection as the server wraps a socket: it keeps what the room sends it. */
function connection(id: string): CollabConnection & { readonly sent: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  return {
    id,
    actor: { id: 'chair', name: 'The chair', role: 'chair' },
    wantsAcks: false,
    editRefusal: () => undefined,
    send: (message) => sent.push(message),
    close: () => undefined,
    sent,
  };
}

/** A repair that appends "!" to the text once, counting how often it is asked. */
function exclaiming(): { asked: number; repairOnLoad: (doc: Y.Doc) => LoadRepair | undefined } {
  const counter = {
    asked: 0,
    repairOnLoad: (doc: Y.Doc) => {
      counter.asked += 1;
      if (doc.getText('text').toJSON().endsWith('!')) return undefined;
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(copy);
      copy.getText('text').insert(copy.getText('text').length, '!');
      const update = Y.encodeStateAsUpdate(copy, before);
      copy.destroy();
      return { update, actor: SYSTEM };
    },
  };
  return counter;
}

describe('the repair a room stores as it loads', () => {
  let store: EventStore;
  beforeEach(async () => {
    store = await createEventStore({ url: 'sqlite::memory:' });
    const writer = new Y.Doc();
    writer.getText('text').insert(0, 'Stored before');
    await store.append(draftStream(DRAFT), [
      { type: DRAFT_UPDATED, payload: Y.encodeStateAsUpdate(writer) },
    ]);
    writer.destroy();
  });
  afterEach(async () => {
    await store.close();
  });

  it('is stored under its own actor before the first connection joins, and asked once a load', async () => {
    const repair = exclaiming();
    const rooms = new CollabRooms(store, { repairOnLoad: repair.repairOnLoad });
    const session = await rooms.join(DRAFT, connection('first'));
    const room = await rooms.loaded(DRAFT)!;
    expect(room.doc.getText('text').toJSON()).toBe('Stored before!');
    await rooms.join(DRAFT, connection('second'));
    expect(repair.asked).toBe(1);
    const events = await store.readStream(draftStream(DRAFT));
    expect(events.map((event) => event.metadata['actor'])).toEqual([undefined, SYSTEM.id]);
    await session.leave();
    await rooms.closeAll();
  });

  it('is not asked for a sealed (frozen) draft, which opens as it is', async () => {
    await store.append(draftStream(DRAFT), [{ type: 'DraftFrozen', data: {} }], {
      seal: 'seal',
    });
    const repair = exclaiming();
    const rooms = new CollabRooms(store, { repairOnLoad: repair.repairOnLoad });
    await rooms.join(DRAFT, connection('first'));
    const room = await rooms.loaded(DRAFT)!;
    expect(room.doc.getText('text').toJSON()).toBe('Stored before');
    expect(repair.asked).toBe(0);
    await rooms.closeAll();
  });
});
