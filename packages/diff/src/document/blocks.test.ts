import { describe, expect, it } from 'vitest';

import { doc, numbered, paragraph } from '../../testing/documents.js';
import { docRanges } from './block-text.js';
import { readBlocks } from './blocks.js';
import { documentText } from './tiptap-node.js';

const table = {
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: [
        { type: 'tableHeader', content: [paragraph('Member')] },
        { type: 'tableCell', content: [paragraph('Vote')] },
      ],
    },
  ],
};

describe('readBlocks', () => {
  it('reads nested textblocks one per line and hard breaks as line breaks', () => {
    const blocks = readBlocks(
      doc([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'text', text: 'b' },
          ],
        },
        table,
        { type: 'blockquote', content: [paragraph('quoted'), paragraph('')] },
        { type: 'horizontalRule' },
      ]),
    );
    expect(blocks.map((block) => block.text)).toEqual(['a\nb', 'Member\nVote', 'quoted\n', '']);
  });

  it('maps every readable character of a text node to its place in documentText', () => {
    const document = doc([
      numbered(1, 'Introduction'),
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'x' }, { type: 'hardBreak' }, { type: 'text', text: 'yz' }],
      },
      table,
    ]);
    const text = documentText(document);
    const rebuilt = readBlocks(document)
      .flatMap((block) => docRanges(block.spans, 0, block.text.length))
      .map(([start, end]) => text.slice(start, end))
      .join('');
    expect(rebuilt).toBe(text);
    const [, second] = readBlocks(document);
    expect(docRanges(second!.spans, 0, 3)).toEqual([
      [12, 13],
      [13, 14],
    ]);
  });

  it('gives each block the number of the numbered paragraph it is in, null above the first', () => {
    const blocks = readBlocks(
      doc([
        paragraph('Preface'),
        numbered(1, 'Introduction'),
        paragraph('Opened.'),
        numbered(3, 'A skipped level'),
        numbered(2, 'Second'),
        paragraph('Under it.'),
      ]),
    );
    expect(blocks.map((block) => block.section)).toEqual([
      null,
      '1.',
      '1.',
      '1.0.1.',
      '1.1.',
      '1.1.',
    ]);
    expect(blocks.map((block) => block.sectionBlock)).toEqual([null, 1, 1, 3, 4, 4]);
  });

  it('counts numbered paragraphs inside a container for the blocks after it, as the editor numbers them', () => {
    const blocks = readBlocks(
      doc([
        numbered(1, 'One'),
        { type: 'blockquote', content: [numbered(1, 'Quoted')] },
        paragraph('After the quote.'),
        numbered(1, 'Three'),
      ]),
    );
    expect(blocks.map((block) => block.section)).toEqual(['1.', '1.', '2.', '3.']);
    expect(blocks[2]?.sectionBlock).toBeNull();
  });

  it('clamps levels into 1..6 as every reader of a level does, and keys blocks by type, level and text', () => {
    const blocks = readBlocks(
      doc([
        {
          type: 'numberedParagraph',
          attrs: { level: '9' },
          content: [{ type: 'text', text: 'Deep' }],
        },
        {
          type: 'numberedParagraph',
          attrs: { level: 'x' },
          content: [{ type: 'text', text: 'Deep' }],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Deep' }] },
        paragraph('Deep'),
      ]),
    );
    expect(blocks.map((block) => block.level)).toEqual([6, 1, 2, undefined]);
    expect(new Set(blocks.map((block) => block.key)).size).toBe(4);
  });
});
