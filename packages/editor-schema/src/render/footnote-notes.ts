import type { JSONContent } from '@tiptap/core';
import { Mark } from '@tiptap/core';

import { FOOTNOTE, nodeNames } from '../schema/node-names.js';

// As with paragraph numbers (render-html.ts), a footnote's number goes in as text under an
// export-only mark: a renderHTML sees one node and cannot know its number. The mark writes the
// reference as a superscript link to its note, and the note links back.
export const FOOTNOTE_REFERENCE_MARK = 'footnoteReference';

const noteId = (number: string): string => `footnote-${number}`;
const referenceId = (number: string): string => `footnote-ref-${number}`;

export const FootnoteReferenceText = Mark.create({
  name: FOOTNOTE_REFERENCE_MARK,
  addAttributes: () => ({ number: { default: '' } }),
  renderHTML: ({ HTMLAttributes }) => {
    const number = String(HTMLAttributes['number'] ?? '');
    return [
      'sup',
      { class: 'footnote-ref' },
      ['a', { href: `#${noteId(number)}`, id: referenceId(number) }, 0],
    ];
  },
});

/**
 * A copy of the document where each footnote is its number as marked text, its text added to
 * `notes` (numbered on from the notes already there, so that several parts rendered one after
 * the other share one list). A footnote without text is left out, as every export does.
 */
export function withFootnotesAsText(doc: JSONContent, notes: string[]): JSONContent {
  const replace = (node: JSONContent): JSONContent[] => {
    if (node.type === FOOTNOTE) {
      const text = String(node.attrs?.['text'] ?? '').trim();
      if (text === '') return [];
      notes.push(text);
      const number = String(notes.length);
      return [
        {
          type: nodeNames.text,
          text: number,
          marks: [{ type: FOOTNOTE_REFERENCE_MARK, attrs: { number } }],
        },
      ];
    }
    return [node.content ? { ...node, content: node.content.flatMap(replace) } : node];
  };
  return replace(doc)[0] ?? doc;
}

/**
 * The notes as a numbered list after the document, each linking back to its reference:
 * `<section class="footnotes"><ol><li id="footnote-1">...`; empty when there are none.
 */
export function footnotesSection(notes: readonly string[]): string {
  if (notes.length === 0) return '';
  const items = notes.map((text, index) => {
    const number = String(index + 1);
    return `<li id="${noteId(number)}">${escapeText(text)} <a class="footnote-back" href="#${referenceId(number)}" aria-label="Back to reference ${number}">↩</a></li>`;
  });
  return `<section class="footnotes"><ol>${items.join('')}</ol></section>`;
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
