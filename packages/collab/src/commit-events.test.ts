import { describe, expect, it } from 'vitest';
import { recordingConnection, textOf, TypingClient } from '../testing/index.js';
import { changesByConnection, MAX_CHANGE_BYTES, type NewUpdate } from './commit-events.js';

const ALICE = { id: 'alice', name: 'Alice', role: 'rapporteur' } as const;
const BOB = { id: 'bob', name: 'Bob', role: 'vice-chair' } as const;

describe('one change per connection and commit', () => {
  it('merges what each connection sent, in the order the connections first appear', () => {
    const alice = recordingConnection('a', ALICE);
    const bob = recordingConnection('b', BOB);
    const alicesEditor = new TypingClient(1);
    const bobsEditor = new TypingClient(2);
    const typed = (connection: typeof alice, editor: TypingClient, text: string): NewUpdate => ({
      connection,
      update: editor.type(text),
      clients: [editor.doc.clientID],
      authors: [editor.doc.clientID],
    });
    const changes = changesByConnection([
      typed(bob, bobsEditor, 'x'),
      typed(alice, alicesEditor, 'a'),
      typed(bob, bobsEditor, 'y'),
      typed(alice, alicesEditor, 'b'),
    ]);
    expect(changes.map((change) => change.connection.id)).toEqual(['b', 'a']);
    expect(changes.map((change) => change.authors)).toEqual([[2], [1]]);
    expect(changes.map((change) => change.updates)).toEqual([2, 2]);
    expect(textOf([changes[0]!.update])).toBe('xy');
    expect(textOf([changes[1]!.update])).toBe('ab');
  });

  it('starts a further change where a connection passes MAX_CHANGE_BYTES, so no event nears the log’s limit', () => {
    const alice = recordingConnection('a', ALICE);
    const editor = new TypingClient(1);
    const paste = 'p'.repeat(MAX_CHANGE_BYTES / 2);
    const batch = [paste, paste, paste].map((text) => ({
      connection: alice,
      update: editor.type(text),
      clients: [1],
      authors: [1],
    }));
    const changes = changesByConnection(batch);
    expect(changes.map((change) => change.updates)).toEqual([1, 1, 1]);
    expect(changes.every((change) => change.update.byteLength <= MAX_CHANGE_BYTES)).toBe(true);
    expect(textOf(changes.map((change) => change.update))).toBe(paste.repeat(3));
  });
});
