import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acknowledgedButMissing, documentOfLog, duplicatedItems } from './log-checks.js';

/** Three updates of one writer: "ab", then "cd", and the same "cd" once more as a resend would. */
function updatesOfOneWriter(): { clientId: number; first: Uint8Array; second: Uint8Array } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getText('text').insert(0, 'ab');
  doc.getText('text').insert(2, 'cd');
  const clientId = doc.clientID;
  doc.destroy();
  return { clientId, first: updates[0]!, second: updates[1]! };
}

describe('the log checks the drills rely on', () => {
  it('finds an item stored twice, and none when each update is stored once', () => {
    const { clientId, first, second } = updatesOfOneWriter();
    expect(duplicatedItems([first, second])).toEqual([]);
    expect(duplicatedItems([first, second, second])).toEqual([
      { client: clientId, clock: 2, revisions: [1, 2] },
    ]);
    // An update that overlaps only part of another still counts.
    expect(duplicatedItems([Y.mergeUpdates([first, second]), second])).toHaveLength(1);
  });

  it('finds an acknowledged clock the log does not reach', () => {
    const { clientId, first, second } = updatesOfOneWriter();
    const log = documentOfLog([first]);
    expect(log.text).toBe('ab');
    expect(acknowledgedButMissing(log.stateVector, new Map([[clientId, 2]]))).toEqual([]);
    expect(acknowledgedButMissing(log.stateVector, new Map([[clientId, 4]]))).toEqual([
      { client: clientId, acknowledged: 4, stored: 2 },
    ]);
    expect(documentOfLog([first, second]).text).toBe('abcd');
  });
});
