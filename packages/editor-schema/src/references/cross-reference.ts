import { mergeAttributes, Node } from '@tiptap/core';
import type { Decoration } from '@tiptap/pm/view';

import { CROSS_REFERENCE } from '../schema/node-names.js';
import { crossReferencePlugin, outlineOf, type ShownReference } from './cross-reference-plugin.js';
import { newParagraphId, paragraphIdOr } from './paragraph-ids.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    crossReference: {
      /**
       * Replaces the selection with a reference to the numbered paragraph at `paragraphAt` (a
       * position from outlineOf), giving that paragraph an id first if it has none; `word`
       * ("section ") is typed in front of it when given.
       */
      insertCrossReference: (options: { paragraphAt: number; word?: string }) => ReturnType;
    };
  }
}

/** The sentence a broken reference carries as its title, in the editor and in exports. */
export const BROKEN_REFERENCE_TITLE = 'the paragraph it pointed to was deleted';

const LABEL_PATTERN = /^[0-9.]{0,40}$/;

/**
 * A reference to a numbered paragraph ("section 8 above"): an inline atom holding the target's
 * id, showing the target's current number. The word before it ("section", "paragraph") is
 * ordinary text, so it can be capitalised, translated or reworded (decision 48). `label` is the
 * number it showed when last written, kept for a reader that cannot compute numbers and for a
 * reference whose target was deleted.
 */
export const CrossReference = Node.create({
  name: CROSS_REFERENCE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      target: {
        default: null,
        parseHTML: (element) => paragraphIdOr(element.getAttribute('data-target')),
        renderHTML: (attributes) => {
          const target = paragraphIdOr(attributes['target']);
          return target === null ? {} : { 'data-target': target, href: `#${target}` };
        },
      },
      label: {
        default: null,
        parseHTML: (element) => labelOr(element.textContent),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'a.cross-reference', priority: 60 }, { tag: 'span.cross-reference' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = labelOr(node.attrs['label']) ?? '';
    const tag = paragraphIdOr(node.attrs['target']) === null ? 'span' : 'a';
    return [tag, mergeAttributes(HTMLAttributes, { class: 'cross-reference' }), label];
  },

  renderText({ node }) {
    return labelOr(node.attrs['label']) ?? '';
  },

  addNodeView() {
    return ({ node, decorations, view }) => {
      const dom = view.dom.ownerDocument.createElement('span');
      dom.className = 'cross-reference';
      dom.setAttribute('contenteditable', 'false');
      const draw = (label: unknown, shown: readonly Decoration[]): void => {
        const spec = shown.find((decoration) => 'number' in decoration.spec)?.spec as
          ShownReference | undefined;
        const number = spec?.number;
        dom.textContent = number ?? labelOr(label) ?? '?';
        dom.classList.toggle('is-broken', number === undefined);
        if (number === undefined) dom.title = BROKEN_REFERENCE_TITLE;
        else dom.title = `Goes to ${number}`;
      };
      draw(node.attrs['label'], decorations);
      return {
        dom,
        update: (next, nextDecorations) => {
          if (next.type !== node.type) return false;
          draw(next.attrs['label'], nextDecorations);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },

  addCommands() {
    return {
      insertCrossReference:
        ({ paragraphAt, word }) =>
        ({ state, tr, dispatch }) => {
          const entry = outlineOf(state.doc).find((paragraph) => paragraph.pos === paragraphAt);
          const type = state.schema.nodes[this.name];
          if (entry === undefined || type === undefined) return false;
          if (!dispatch) return true;
          const target = entry.id ?? newParagraphId();
          if (entry.id === null) {
            const paragraph = state.doc.nodeAt(entry.pos);
            tr.setNodeMarkup(entry.pos, undefined, { ...paragraph?.attrs, id: target });
          }
          // Setting the id moved nothing, so the selection's positions still hold.
          const { from } = tr.selection;
          tr.replaceSelectionWith(type.create({ target, label: entry.number }), false);
          if (word !== undefined && word !== '') tr.insertText(word, from);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [crossReferencePlugin()];
  },
});

function labelOr(value: unknown): string | null {
  return typeof value === 'string' && LABEL_PATTERN.test(value) ? value : null;
}
