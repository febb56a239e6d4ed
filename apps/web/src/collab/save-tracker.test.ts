import { encodeAck, encodePermissionDenied } from '@rapporteur/collab/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { trackSaves } from './save-tracker.js';

// The tracker needs only the provider's handler table and identity: a plain object stands in.
function fakeProvider(): WebsocketProvider {
  return { messageHandlers: [] } as unknown as WebsocketProvider;
}

function receive(provider: WebsocketProvider, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]?.(encoding.createEncoder(), decoder, provider, true, type);
}

// The server's own encoding, so that a change on either side shows here.
function ack(clocks: Record<number, number>): Uint8Array {
  return encodeAck(
    new Map(Object.entries(clocks).map(([client, clock]) => [Number(client), clock])),
  );
}

function clockOf(doc: Y.Doc): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
}

describe('trackSaves', () => {
  it('counts typed characters as unsaved until the server acknowledges them', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    doc.getText('t').insert(0, 'Adopted.');
    expect(saves.getSnapshot().unsaved).toBe(8);

    receive(provider, ack({ [doc.clientID]: 5 }));
    expect(saves.getSnapshot().unsaved).toBe(3);

    receive(provider, ack({ [doc.clientID]: clockOf(doc) }));
    expect(saves.getSnapshot().unsaved).toBe(0);
    doc.destroy();
  });

  it('does not count what other people wrote', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    const peer = new Y.Doc();
    peer.getText('t').insert(0, 'From the chair');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), provider);
    expect(saves.getSnapshot().unsaved).toBe(0);
    doc.destroy();
    peer.destroy();
  });

  it('never lets an older acknowledgement undo a newer one', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    doc.getText('t').insert(0, 'Noted');
    receive(provider, ack({ [doc.clientID]: 5 }));
    receive(provider, ack({ [doc.clientID]: 2 }));
    expect(saves.getSnapshot().unsaved).toBe(0);
    doc.destroy();
  });

  it('counts a deletion as unsaved until an acknowledgement after it arrives', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    const text = doc.getText('t');
    text.insert(0, 'Adopted as drafted.');
    receive(provider, ack({ [doc.clientID]: clockOf(doc) }));
    text.delete(7, 11);
    expect(saves.getSnapshot().unsaved).toBe(11);
    // The server acknowledges a deletion-only update with no clocks: nothing new was inserted.
    receive(provider, ack({}));
    expect(saves.getSnapshot().unsaved).toBe(0);
    doc.destroy();
  });

  it('does not let an acknowledgement of earlier typing cover a later deletion', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    const text = doc.getText('t');
    text.insert(0, 'Noted.');
    text.insert(6, ' Agreed.');
    text.delete(0, 6);
    receive(provider, ack({ [doc.clientID]: 6 }));
    expect(saves.getSnapshot().unsaved).toBe(8 + 6);
    receive(provider, ack({ [doc.clientID]: 14 }));
    expect(saves.getSnapshot().unsaved).toBe(0);
    doc.destroy();
  });

  it('keeps the reason when the server refuses an edit, until it is saved', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const saves = trackSaves(doc, provider);
    doc.getText('t').insert(0, 'x');
    receive(provider, encodePermissionDenied('This draft is frozen; your change was not saved.'));
    expect(saves.getSnapshot()).toEqual({
      unsaved: 1,
      refused: 'This draft is frozen; your change was not saved.',
    });
    doc.destroy();
  });
});
