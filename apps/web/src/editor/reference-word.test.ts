import { describe, expect, it } from 'vitest';

import { referenceWord } from './reference-word.js';

describe('the word in front of a new cross-reference', () => {
  it('says "section" for a section and "paragraph" for a deeper paragraph', () => {
    expect(referenceWord('as agreed in ', 1)).toBe('section ');
    expect(referenceWord('as agreed in ', 3)).toBe('paragraph ');
  });

  it('adds none when the person already typed it, and a space after a word', () => {
    expect(referenceWord('see Section ', 1)).toBe('');
    expect(referenceWord('see paragraphs ', 2)).toBe('');
    expect(referenceWord('see', 2)).toBe(' paragraph ');
    expect(referenceWord('', 1)).toBe('section ');
  });
});
