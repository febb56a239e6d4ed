import { describe, expect, it } from 'vitest';

import { indexAuthors } from '../authors/author-runs.js';
import { doc, paragraph } from '../../testing/documents.js';
import { readBlocks } from '../document/blocks.js';
import type { WordPart } from './types.js';
import { diffWords, type AttributedText } from './word-parts.js';

function side(text: string, author: string | null): AttributedText {
  const [block] = readBlocks(doc([paragraph(text)]));
  return {
    text: block!.text,
    spans: block!.spans,
    authors: indexAuthors([{ length: text.length, author }]),
  };
}

/** A word part: text kept, or deleted or inserted by `authors`. */
function part(op: WordPart['op'], text: string, ...authors: string[]): WordPart {
  return { op, text, authors };
}

describe('diffWords', () => {
  it('shows whole words replaced, never parts of words, between the common start and end', () => {
    const words = diffWords(
      side('the cat sat on the mat', 'del'),
      side('the cot sat on the mat', 'ins'),
    );
    expect(words.parts).toEqual([
      part('equal', 'the '),
      part('delete', 'cat', 'del'),
      part('insert', 'cot', 'ins'),
      part('equal', ' sat on the mat'),
    ]);
    expect(words.inserted).toBe(3);
    expect(words.deleted).toBe(3);
  });

  it('shows a word that grew as the old word replaced, not as letters appended', () => {
    expect(diffWords(side('the cat sat', null), side('the cats sat', null)).parts).toEqual([
      part('equal', 'the '),
      part('delete', 'cat'),
      part('insert', 'cats'),
      part('equal', ' sat'),
    ]);
  });

  it('handles text added at either end', () => {
    expect(diffWords(side('adopted', null), side('adopted as drafted', null)).parts).toEqual([
      part('equal', 'adopted'),
      part('insert', ' as drafted'),
    ]);
    expect(diffWords(side('drafted', null), side('as drafted', null)).parts).toEqual([
      part('insert', 'as '),
      part('equal', 'drafted'),
    ]);
  });

  it('shows a block rewritten from scratch as deleted, then inserted', () => {
    expect(diffWords(side('alpha', null), side('omega', null)).parts).toEqual([
      part('delete', 'alpha'),
      part('insert', 'omega'),
    ]);
  });
});
