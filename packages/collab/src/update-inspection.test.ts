import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  authorsOf,
  firstUnappliable,
  inspectUpdate,
  NewContent,
  receivedUpdate,
  unheldOf,
} from './update-inspection.js';

/** A new document, and every update it emits from now on. */
function docKeepingUpdates(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

describe('inspecting an update', () => {
  it('names the client of every keystroke, not only of the first', () => {
    const { doc, updates } = docKeepingUpdates();
    doc.getText('t').insert(0, 'a');
    doc.getText('t').insert(1, 'b');
    expect(updates.map(authorsOf)).toEqual([[doc.clientID], [doc.clientID]]);
    doc.destroy();
  });

  it('tells an update that adds nothing', () => {
    const doc = new Y.Doc();
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc))).toEqual({ clients: [], empty: true });
    doc.getText('t').insert(0, 'a');
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc))).toEqual({
      clients: [doc.clientID],
      empty: false,
    });
    doc.destroy();
  });

  it('throws on an update cut short', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'a sentence long enough to cut');
    const update = Y.encodeStateAsUpdate(doc);
    expect(() => authorsOf(update.subarray(0, update.length - 5))).toThrow();
    doc.destroy();
  });

  it('takes, of a sequence, only what the held state and the earlier updates lack', () => {
    const { doc, updates } = docKeepingUpdates();
    const text = doc.getText('text');
    text.insert(0, 'The agenda');
    text.insert(10, ' was adopted.');
    const [first, second] = updates as [Uint8Array, Uint8Array];
    const content = new NewContent(new Y.Doc());
    // A keystroke, then a reconnecting client's sync reply that holds it again and one more.
    const parts = [first, Y.mergeUpdates([first, second]), first].map((update) => {
      const part = content.partOf(update);
      content.take(part);
      return part;
    });
    expect(parts.map((part) => part.empty)).toEqual([false, false, true]);
    const replay = new Y.Doc();
    for (const part of parts) Y.applyUpdate(replay, part.update);
    expect(replay.getText('text').toJSON()).toBe('The agenda was adopted.');
    expect(Y.decodeUpdate(parts[1]!.update).structs.map((struct) => struct.length)).toEqual([13]);
    expect(parts[0]!.clients).toEqual([doc.clientID]);
    // What the room holds already is not new either.
    const held = new NewContent(doc);
    expect([first, second].every((update) => held.partOf(update).empty)).toBe(true);
    doc.destroy();
    replay.destroy();
  });

  it('says when an update continues past content the room does not hold', () => {
    const { doc, updates } = docKeepingUpdates();
    doc.getText('text').insert(0, 'Item 1');
    doc.getText('text').insert(6, ', adopted');
    const [first, second] = updates as [Uint8Array, Uint8Array];
    const content = new NewContent(new Y.Doc());
    expect(content.partOf(second).ahead).toBe(true);
    const sent = content.partOf(first);
    expect(sent.ahead).toBe(false);
    content.take(sent);
    expect(content.partOf(second).ahead).toBe(false);
    doc.destroy();
  });
});

describe('an update as received, decoded once', () => {
  it('is its own new part when every struct is past what the room holds, and is cut otherwise', () => {
    const room = new Y.Doc();
    const { doc, updates } = docKeepingUpdates();
    doc.getText('t').insert(0, 'ab');
    Y.applyUpdate(room, updates[0] as Uint8Array);
    doc.getText('t').insert(2, 'c');
    const keystroke = receivedUpdate(updates[1] as Uint8Array);
    expect(unheldOf(room, keystroke).update).toBe(keystroke.bytes);

    const resent = receivedUpdate(Y.encodeStateAsUpdate(doc));
    const part = unheldOf(room, resent);
    expect(part.update).not.toBe(resent.bytes);
    Y.applyUpdate(room, part.update);
    expect(room.getText('t').toJSON()).toBe('abc');
    expect(unheldOf(room, resent).empty).toBe(true);
  });

  it('throws on an update cut short, and on one naming a later clock of its own client', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'a sentence long enough to cut');
    const update = Y.encodeStateAsUpdate(doc);
    expect(() => receivedUpdate(update.subarray(0, update.length - 5))).toThrow();
    expect(() => receivedUpdate(update)).not.toThrow();
  });
});

describe('trying the changes of a commit', () => {
  it('names the first update Yjs refuses to apply on an empty document', () => {
    const { doc, updates } = docKeepingUpdates();
    doc.getText('t').insert(0, 'ok');
    const good = updates[0] as Uint8Array;
    // A delete set with a range of length zero decodes, and throws when applied.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 7);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    const unappliable = encoding.toUint8Array(encoder);
    expect(firstUnappliable([good])).toBeUndefined();
    expect(firstUnappliable([good, unappliable, good])).toBe(1);
    expect(firstUnappliable([unappliable])).toBe(0);
  });
});
