import { mergeAttributes, Node } from '@tiptap/core';

import { FOOTNOTE } from '../schema/node-names.js';
import { footnoteNumberPlugin } from './footnote-number-plugin.js';

/** The longest footnote text a document holds: a note, not a second document (decision 43). */
export const MAX_FOOTNOTE_LENGTH = 4000;

/**
 * A footnote: an inline atom at its reference point that holds the note's text as an
 * attribute (decision 43). Kept an atom rather than a node with content so that the flat block
 * structure numbered paragraphs rely on stays flat, and a Yjs merge never splits a note across
 * blocks. Readers number footnotes by document order, as they number paragraphs.
 */
export const Footnote = Node.create({
  name: FOOTNOTE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) =>
          element.getAttribute('data-footnote') ?? element.getAttribute('title') ?? '',
        renderHTML: (attributes) => ({
          'data-footnote': String(attributes['text'] ?? ''),
          title: String(attributes['text'] ?? ''),
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    // The reference mark; the note's text rides in the attributes (a tooltip in the editor).
    // The editor shows the number the plugin sets (data-number) in place of the '*', which
    // stays for a copy pasted into another program.
    return ['sup', mergeAttributes({ class: 'footnote' }, HTMLAttributes), '*'];
  },

  addProseMirrorPlugins() {
    return [footnoteNumberPlugin(this.name)];
  },

  renderText({ node }) {
    return ` [${String(node.attrs['text'] ?? '')}]`;
  },
});
