import type { TiptapNode } from '@rapporteur/diff';
import { describe, expect, it } from 'vitest';

import { numbered, paragraph, summaryDocument, text } from '../../testing/index.js';
import { levelOf, numberParagraphs } from './paragraph-numbering.js';

describe('numberParagraphs', () => {
  it('numbers the fixture as it was typed, down to 8.2.1.1.', () => {
    const doc = summaryDocument();
    const numbers = [...numberParagraphs(doc).values()].map((entry) => entry.number);
    expect(numbers.slice(0, 4)).toEqual(['1.', '2.', '3.', '4.']);
    expect(numbers).toContain('8.2.1.1.');
    expect(numbers.indexOf('8.2.1.1.')).toBe(numbers.indexOf('8.2.1.') + 1);
  });

  it('counts numbered paragraphs nested in quotes in document order, as renderHtml does', () => {
    const quoted = numbered(2, text('Quoted'));
    const after = numbered(2, text('After'));
    const doc: TiptapNode = {
      type: 'doc',
      content: [
        numbered(1, text('A')),
        paragraph(text('between')),
        { type: 'blockquote', content: [quoted] },
        after,
      ],
    };
    const numbers = numberParagraphs(doc);
    expect(numbers.get(quoted)).toEqual({ number: '1.1.', level: 2 });
    expect(numbers.get(after)).toEqual({ number: '1.2.', level: 2 });
  });
});

describe('levelOf', () => {
  it('brings any level into 1..6 and never throws', () => {
    const at = (level: unknown): number => levelOf({ type: 'numberedParagraph', attrs: { level } });
    expect([at(3), at(0), at(9), at('4'), at('x'), at(null), at(2.7)]).toEqual([
      3, 1, 6, 4, 1, 1, 2,
    ]);
    expect(levelOf({ type: 'numberedParagraph' })).toBe(1);
  });
});
