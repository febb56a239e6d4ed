import { describe, expect, it } from 'vitest';

import { doc, paragraph } from '../../testing/documents.js';
import { readBlocks } from '../document/blocks.js';
import { similarity, wordBag } from './similarity.js';

function bag(text: string, type = 'paragraph') {
  const [block] = readBlocks(doc([{ ...paragraph(text), type }]));
  return wordBag(block!);
}

describe('similarity', () => {
  it('is 1 for the same words, whatever their case, spacing and punctuation', () => {
    expect(
      similarity(bag('The group noted the report.'), bag('the group,  noted THE report')),
    ).toBe(1);
  });

  it('counts shared words, repeated ones as often as both have them', () => {
    // 4 + 4 words, 3 shared: 6 / 8.
    expect(similarity(bag('the the group met'), bag('the group met today'))).toBe(0.75);
  });

  it('is 0 for blocks sharing no word, and for an empty block against a full one', () => {
    expect(similarity(bag('alpha beta'), bag('gamma delta'))).toBe(0);
    expect(similarity(bag(''), bag('gamma'))).toBe(0);
  });

  it('finds two empty blocks alike only when they are of the same type', () => {
    expect(similarity(bag(''), bag(''))).toBe(1);
    expect(similarity(bag(''), bag('', 'numberedParagraph'))).toBe(0);
  });
});
