import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorsOf, inspectUpdate } from './update-inspection.js';

describe('inspecting an update', () => {
  it('names the client of every keystroke, not only of the first', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
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
});
