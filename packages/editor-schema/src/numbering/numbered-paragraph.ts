import { isNodeActive, mergeAttributes, Node } from '@tiptap/core';

import { NUMBERED_PARAGRAPH } from '../schema/node-names.js';
import {
  enterInNumberedParagraph,
  levelBefore,
  shiftLevels,
} from './numbered-paragraph-commands.js';
import { paragraphNumberPlugin } from './paragraph-number-plugin.js';
import { paragraphIdOr } from '../references/paragraph-ids.js';
import { paragraphIdPlugin } from '../references/paragraph-id-plugin.js';
import { clampLevel, MIN_LEVEL } from './paragraph-numbers.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    numberedParagraph: {
      /** Turns the selected blocks into numbered paragraphs at `level` (1 to 6). */
      setNumberedParagraph: (attributes: { level: number }) => ReturnType;
      /** One level deeper (4.2. becomes 4.1.1.), at most 6. */
      indentNumberedParagraph: () => ReturnType;
      /** One level shallower, at least 1. */
      outdentNumberedParagraph: () => ReturnType;
      /** Numbered paragraph <-> plain paragraph; a new one takes the level of the one before. */
      toggleNumberedParagraph: () => ReturnType;
    };
  }
}

export interface NumberedParagraphOptions {
  HTMLAttributes: Record<string, unknown>;
}

/**
 * A paragraph whose number (1., 4.2.1., 8.2.1.1.) is computed from its `level` and the numbered
 * paragraphs before it, never typed. Kept flat, with no nesting of sections, because Yjs
 * merges a document as a sequence of blocks: two people inserting sections at once then only
 * interleave blocks, and the numbers recomputed over the merged sequence stay right.
 */
export const NumberedParagraph = Node.create<NumberedParagraphOptions>({
  name: NUMBERED_PARAGRAPH,
  group: 'block',
  content: 'inline*',
  // Like a heading: pasting a paragraph into it keeps it numbered.
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      // No `validate` here on purpose: y-prosemirror deletes a block whose attributes make
      // node creation throw, so a bad level from a peer would lose text. Readers clamp
      // instead, and validateDocument reports it.
      level: {
        default: MIN_LEVEL,
        parseHTML: (element) => clampLevel(element.getAttribute('data-level')),
        renderHTML: (attributes) => ({ 'data-level': clampLevel(attributes['level']) }),
      },
      // The paragraph's identity for cross-references (decision 48): given when something
      // first refers to it, never shown, and not handed on when the paragraph is split.
      id: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => paragraphIdOr(element.getAttribute('id')),
        renderHTML: (attributes) => {
          const id = paragraphIdOr(attributes['id']);
          return id === null ? {} : { id };
        },
      },
    };
  },

  parseHTML() {
    return [
      // Exported HTML carries the numbers as text; reading it back must not type them in.
      { tag: 'span.paragraph-number', ignore: true, priority: 100 },
      // Above the heading and paragraph rules (priority 50), which match the same tags.
      { tag: 'h2.numbered-paragraph', priority: 60 },
      { tag: 'p.numbered-paragraph', priority: 60 },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const tag = clampLevel(node.attrs['level']) === MIN_LEVEL ? 'h2' : 'p';
    const attributes = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
      class: 'numbered-paragraph',
    });
    return [tag, attributes, 0];
  },

  addCommands() {
    return {
      setNumberedParagraph:
        ({ level }) =>
        ({ commands }) =>
          commands.setNode(this.name, { level: clampLevel(level) }),
      indentNumberedParagraph: () => shiftLevels(this.name, 1),
      outdentNumberedParagraph: () => shiftLevels(this.name, -1),
      toggleNumberedParagraph:
        () =>
        ({ state, commands }) =>
          isNodeActive(state, this.name)
            ? commands.setNode('paragraph')
            : commands.setNode(this.name, { level: levelBefore(state, this.name) }),
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => enterInNumberedParagraph(editor, this.name),
      Tab: ({ editor }) => editor.commands.indentNumberedParagraph(),
      'Shift-Tab': ({ editor }) => editor.commands.outdentNumberedParagraph(),
    };
  },

  addProseMirrorPlugins() {
    return [paragraphNumberPlugin(this.name), paragraphIdPlugin(this.name)];
  },
});
