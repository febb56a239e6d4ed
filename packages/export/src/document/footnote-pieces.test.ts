import { describe, expect, it } from 'vitest';

import { inlinePieces } from './inline-pieces.js';

describe('a footnote in an export', () => {
  it('prints its text in brackets at its reference, unstyled', () => {
    const pieces = inlinePieces({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The agenda was adopted.', marks: [{ type: 'bold' }] },
        { type: 'footnote', attrs: { text: 'As revised on the day.' } },
      ],
    });
    expect(pieces.map((piece) => (piece.kind === 'text' ? piece.text : '\n'))).toEqual([
      'The agenda was adopted.',
      ' [As revised on the day.]',
    ]);
    expect(pieces[1]).toMatchObject({ style: { bold: false } });
  });

  it('prints nothing for a footnote without text', () => {
    expect(inlinePieces({ type: 'paragraph', content: [{ type: 'footnote', attrs: {} }] })).toEqual(
      [],
    );
  });
});
