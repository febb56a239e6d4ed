import { describe, expect, it } from 'vitest';

import { indexAuthors } from '../authors/author-runs.js';
import { doc, paragraph } from '../../testing/documents.js';
import { readBlocks } from '../document/blocks.js';
import { diffWords, type AttributedText } from './word-parts.js';

function side(text: string, author: string | null): AttributedText {
  const [block] = readBlocks(doc([paragraph(text)]));
  return {
    text: block!.text,
    spans: block!.spans,
    authors: indexAuthors([{ length: text.length, author }]),
  };
}

describe('diffWords', () => {
  it('shows whole words replaced, never parts of words, between the common start and end', () => {
    const words = diffWords(
      side('the cat sat on the mat', 'del'),
      side('the cot sat on the mat', 'ins'),
    );
    expect(words.parts).toEqual([
      { op: 'equal', text: 'the ', authors: [] },
      { op: 'delete', text: 'cat', authors: ['del'] },
      { op: 'insert', text: 'cot', authors: ['ins'] },
      { op: 'equal', text: ' sat on the mat', authors: [] },
    ]);
    expect(words.inserted).toBe(3);
    expect(words.deleted).toBe(3);
  });

  it('shows a word that grew as the old word replaced, not as letters appended', () => {
    expect(diffWords(side('the cat sat', null), side('the cats sat', null)).parts).toEqual([
      { op: 'equal', text: 'the ', authors: [] },
      { op: 'delete', text: 'cat', authors: [] },
      { op: 'insert', text: 'cats', authors: [] },
      { op: 'equal', text: ' sat', authors: [] },
    ]);
  });

  it('handles text added at either end', () => {
    expect(diffWords(side('adopted', null), side('adopted as drafted', null)).parts).toEqual([
      { op: 'equal', text: 'adopted', authors: [] },
      { op: 'insert', text: ' as drafted', authors: [] },
    ]);
    expect(diffWords(side('drafted', null), side('as drafted', null)).parts).toEqual([
      { op: 'insert', text: 'as ', authors: [] },
      { op: 'equal', text: 'drafted', authors: [] },
    ]);
  });

  it('shows a block rewritten from scratch as deleted, then inserted', () => {
    expect(diffWords(side('alpha', null), side('omega', null)).parts).toEqual([
      { op: 'delete', text: 'alpha', authors: [] },
      { op: 'insert', text: 'omega', authors: [] },
    ]);
  });
});
