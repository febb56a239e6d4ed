import { describe, expect, it } from 'vitest';

import { documentText } from './tiptap-node.js';

describe('documentText', () => {
  it('concatenates every text node in document order, adding nothing for breaks or block boundaries', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'numberedParagraph',
          attrs: { level: 1 },
          content: [{ type: 'text', text: 'One' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'y' }] }],
            },
          ],
        },
        { type: 'horizontalRule' },
        { type: 'paragraph' },
      ],
    };
    expect(documentText(doc)).toBe('Oneabxy');
  });

  it('is empty for an empty document', () => {
    expect(documentText({ type: 'doc' })).toBe('');
  });
});
