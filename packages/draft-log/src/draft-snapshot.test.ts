import { createEventStore } from '@rapporteur/event-store';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientOwners } from './client-owners.js';
import { decodeDraftSnapshot, encodeDraftSnapshot } from './draft-snapshot.js';
import { DRAFT_UPDATED } from './draft-stream.js';
import { loadDraft } from './load-draft.js';
import { writeSnapshot } from './write-snapshot.js';

function typed(client: number, text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('draft snapshots', () => {
  it('carry the owners of the client ids beside the state', () => {
    const owners = new ClientOwners([
      [7, 'alice'],
      [4_000_000_000, 'bob'],
    ]);
    const decoded = decodeDraftSnapshot(encodeDraftSnapshot({ state: typed(7, 'hi'), owners }));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoded.state);
    expect(doc.getText('t').toJSON()).toBe('hi');
    expect([...decoded.owners.entries()]).toEqual([
      [7, 'alice'],
      [4_000_000_000, 'bob'],
    ]);
  });

  it('hold a long text in a fraction of its Yjs size, and give it back exactly', () => {
    const state = typed(7, 'The Council working group noted the report. '.repeat(200));
    const encoded = encodeDraftSnapshot({ state, owners: new ClientOwners([[7, 'alice']]) });
    expect(encoded.byteLength).toBeLessThan(state.byteLength / 4);
    expect(decodeDraftSnapshot(encoded).state).toEqual(state);
  });

  it('read the uncompressed layout written before (RPS1)', () => {
    const state = typed(7, 'before');
    const encoder = encoding.createEncoder();
    for (const byte of [0x52, 0x50, 0x53, 0x31]) encoding.writeUint8(encoder, byte);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 7);
    encoding.writeVarString(encoder, 'alice');
    encoding.writeUint8Array(encoder, state);
    const decoded = decodeDraftSnapshot(encoding.toUint8Array(encoder));
    expect(decoded.state).toEqual(state);
    expect(decoded.owners.ownerOf(7)).toBe('alice');
  });

  it('read a bare Yjs state written before owners were kept', () => {
    const decoded = decodeDraftSnapshot(typed(7, 'old'));
    expect(decoded.owners.size).toBe(0);
  });

  it('give a loaded draft the same owners with or without a snapshot', async () => {
    const store = await createEventStore({ url: 'sqlite::memory:' });
    try {
      await store.append('draft-o', [
        { type: DRAFT_UPDATED, payload: typed(1, 'a'), metadata: { actor: 'ann', clients: [1] } },
        { type: DRAFT_UPDATED, payload: typed(2, 'b'), metadata: { actor: 'ben', clients: [2] } },
      ]);
      const replayed = await loadDraft(store, 'draft-o');
      await writeSnapshot(store, 'draft-o', 1);
      const fromSnapshot = await loadDraft(store, 'draft-o');
      expect([...fromSnapshot.owners.entries()]).toEqual([...replayed.owners.entries()]);
      expect(fromSnapshot.owners.ownerOf(2)).toBe('ben');
    } finally {
      await store.close();
    }
  });

  it('say how many bytes a load read: the snapshot’s state and the updates after it', async () => {
    const store = await createEventStore({ url: 'sqlite::memory:' });
    try {
      const first = typed(1, 'a');
      const second = typed(2, 'bc');
      await store.append('draft-b', [
        { type: DRAFT_UPDATED, payload: first, metadata: { actor: 'ann', clients: [1] } },
      ]);
      expect((await loadDraft(store, 'draft-b')).bytes).toBe(first.byteLength);
      await writeSnapshot(store, 'draft-b', 0);
      await store.append('draft-b', [
        { type: DRAFT_UPDATED, payload: second, metadata: { actor: 'ben', clients: [2] } },
      ]);
      const snapshot = await store.loadSnapshot('draft-b');
      const state = decodeDraftSnapshot(snapshot?.state ?? new Uint8Array()).state;
      expect((await loadDraft(store, 'draft-b')).bytes).toBe(state.byteLength + second.byteLength);
    } finally {
      await store.close();
    }
  });
});

describe('client owners', () => {
  it('keep the first owner of an id and name the id another person owns', () => {
    const owners = new ClientOwners();
    owners.claim([1, 2], 'ann');
    owners.claim([2, 3], 'ben');
    expect(owners.ownerOf(2)).toBe('ann');
    expect(owners.foreignClient([3, 2], 'ben')).toBe(2);
    expect(owners.foreignClient([3, 9], 'ben')).toBeUndefined();
  });
});
