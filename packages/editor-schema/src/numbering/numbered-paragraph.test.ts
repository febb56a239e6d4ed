import type { JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';

import { rapporteurExtensions } from '../schema/extensions.js';

function doc(...content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}

// As ProseMirror writes it back: every attribute, the id (decision 48) null until referred to.
function numbered(level: number, text: string): JSONContent {
  return {
    type: 'numberedParagraph',
    attrs: { level, id: null },
    content: [{ type: 'text', text }],
  };
}

const extensions = rapporteurExtensions();

describe('NumberedParagraph in HTML', () => {
  it('renders a level-1 paragraph as a section heading and deeper ones as paragraphs', () => {
    const html = generateHTML(doc(numbered(1, 'Introduction'), numbered(3, 'Detail')), extensions);
    expect(
      generateHTML(
        doc({ ...numbered(2, 'Kept'), attrs: { level: 2, id: 'p-abc123' } }),
        extensions,
      ),
    ).toBe('<p data-level="2" id="p-abc123" class="numbered-paragraph">Kept</p>');
    expect(html).toBe(
      '<h2 data-level="1" class="numbered-paragraph">Introduction</h2>' +
        '<p data-level="3" class="numbered-paragraph">Detail</p>',
    );
  });

  it('reads its own HTML back to the same document', () => {
    const original = doc(numbered(1, 'Introduction'), numbered(2, 'Point'), numbered(6, 'Deepest'));
    expect(generateJSON(generateHTML(original, extensions), extensions)).toEqual(original);
  });

  it('reads exported HTML without typing its numbers into the text', () => {
    const exported =
      '<h2 class="numbered-paragraph" data-level="1"><span class="paragraph-number">4.</span> Update</h2>' +
      '<p class="numbered-paragraph" data-level="3"><span class="paragraph-number">4.2.1.</span> Dr Peter Major</p>';
    expect(generateJSON(exported, extensions)).toEqual(
      doc(numbered(1, 'Update'), numbered(3, 'Dr Peter Major')),
    );
  });

  it('clamps a level it cannot use instead of refusing the paragraph', () => {
    const html =
      '<p class="numbered-paragraph" data-level="9">Too deep</p><p class="numbered-paragraph">No level</p>';
    expect(generateJSON(html, extensions)).toEqual(
      doc(numbered(6, 'Too deep'), numbered(1, 'No level')),
    );
  });

  it('leaves headings and paragraphs without its class alone', () => {
    expect(generateJSON('<h2>Summary</h2><p>Text</p>', extensions)).toEqual(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Summary' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Text' }] },
      ),
    );
  });
});
