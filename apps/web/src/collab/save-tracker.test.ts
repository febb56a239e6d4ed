import { encodeAck, encodePermissionDenied } from '@rapporteur/collab/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
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

const docs: Y.Doc[] = [];
afterEach(() => {
  for (const doc of docs.splice(0)) doc.destroy();
});

/** Given: a draft whose saves are tracked, and the means to play the server's part. */
function givenTrackedDraft() {
  const doc = new Y.Doc();
  docs.push(doc);
  const provider = fakeProvider();
  const saves = trackSaves(doc, provider);
  return {
    doc,
    provider,
    saves,
    text: doc.getText('t'),
    /** The server has stored this browser's edits up to `clock` (none newer: `undefined`). */
    acknowledge: (clock?: number): void => {
      receive(provider, ack(clock === undefined ? {} : { [doc.clientID]: clock }));
    },
    unsaved: (): number => saves.getSnapshot().unsaved,
  };
}

describe('trackSaves', () => {
  it('counts typed characters as unsaved until the server acknowledges them', () => {
    const { doc, text, acknowledge, unsaved } = givenTrackedDraft();
    text.insert(0, 'Adopted.');
    expect(unsaved()).toBe(8);

    acknowledge(5);
    expect(unsaved()).toBe(3);

    acknowledge(clockOf(doc));
    expect(unsaved()).toBe(0);
  });

  it('does not count what other people wrote', () => {
    const { doc, provider, unsaved } = givenTrackedDraft();
    const peer = new Y.Doc();
    docs.push(peer);
    peer.getText('t').insert(0, 'From the chair');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), provider);
    expect(unsaved()).toBe(0);
  });

  it('never lets an older acknowledgement undo a newer one', () => {
    const { text, acknowledge, unsaved } = givenTrackedDraft();
    text.insert(0, 'Noted');
    acknowledge(5);
    acknowledge(2);
    expect(unsaved()).toBe(0);
  });

  it('counts a deletion as unsaved until an acknowledgement after it arrives', () => {
    const { doc, text, acknowledge, unsaved } = givenTrackedDraft();
    text.insert(0, 'Adopted as drafted.');
    acknowledge(clockOf(doc));
    text.delete(7, 11);
    expect(unsaved()).toBe(11);
    // The server acknowledges a deletion-only update with no clocks: nothing new was inserted.
    acknowledge();
    expect(unsaved()).toBe(0);
  });

  it('does not let an acknowledgement of earlier typing cover a later deletion', () => {
    const { text, acknowledge, unsaved } = givenTrackedDraft();
    text.insert(0, 'Noted.');
    text.insert(6, ' Agreed.');
    text.delete(0, 6);
    acknowledge(6);
    expect(unsaved()).toBe(8 + 6);
    acknowledge(14);
    expect(unsaved()).toBe(0);
  });

  it('keeps the reason when the server refuses an edit, until it is saved', () => {
    const { provider, saves, text } = givenTrackedDraft();
    text.insert(0, 'x');
    receive(provider, encodePermissionDenied('This draft is frozen; your change was not saved.'));
    expect(saves.getSnapshot()).toEqual({
      unsaved: 1,
      refused: 'This draft is frozen; your change was not saved.',
    });
  });
});
