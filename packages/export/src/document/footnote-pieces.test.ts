import { describe, expect, it } from 'vitest';

import { inlinePieces } from './inline-pieces.js';
import { noteList } from './note-list.js';

describe('a footnote in an export', () => {
  it('is a note piece at its reference, holding its text', () => {
    const pieces = inlinePieces({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The agenda was adopted.', marks: [{ type: 'bold' }] },
        { type: 'footnote', attrs: { text: '  As revised on the day. ' } },
      ],
    });
    expect(pieces[1]).toEqual({ kind: 'note', text: 'As revised on the day.' });
  });

  it('is left out when it has no text', () => {
    expect(inlinePieces({ type: 'paragraph', content: [{ type: 'footnote', attrs: {} }] })).toEqual(
      [],
    );
  });

  it('is numbered 1, 2, 3 in the order the export adds the notes', () => {
    const notes = noteList();
    expect([notes.add('first'), notes.add('second'), notes.add('third')]).toEqual([1, 2, 3]);
    expect(notes.texts).toEqual(['first', 'second', 'third']);
  });
});
