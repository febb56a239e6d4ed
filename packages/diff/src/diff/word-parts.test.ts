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

// Unattributed edits, each with the parts it comes out as.
const UNATTRIBUTED: readonly {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  readonly parts: readonly WordPart[];
}[] = [
  {
    name: 'shows a word that grew as the old word replaced, not as letters appended',
    before: 'the cat sat',
    after: 'the cats sat',
    parts: [
      part('equal', 'the '),
      part('delete', 'cat'),
      part('insert', 'cats'),
      part('equal', ' sat'),
    ],
  },
  {
    name: 'handles text added at the end',
    before: 'adopted',
    after: 'adopted as drafted',
    parts: [part('equal', 'adopted'), part('insert', ' as drafted')],
  },
  {
    name: 'handles text added at the start',
    before: 'drafted',
    after: 'as drafted',
    parts: [part('insert', 'as '), part('equal', 'drafted')],
  },
  {
    name: 'shows a block rewritten from scratch as deleted, then inserted',
    before: 'alpha',
    after: 'omega',
    parts: [part('delete', 'alpha'), part('insert', 'omega')],
  },
];

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

  for (const { name, before, after, parts } of UNATTRIBUTED) {
    it(name, () => {
      expect(diffWords(side(before, null), side(after, null)).parts).toEqual(parts);
    });
  }
});
