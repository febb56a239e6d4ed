import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import { clampLevel, paragraphNumbers } from './paragraph-numbers.js';

/** Where a numbered paragraph sits in a ProseMirror document, and the level it has. */
export interface NumberedParagraphAt {
  readonly pos: number;
  readonly level: number;
}

/**
 * The numbered paragraphs of a document in document order, the order that numbers them.
 * Text is not visited: a numbered paragraph holds only inline content.
 */
export function numberedParagraphsOf(
  doc: ProseMirrorNode,
  nodeName: string,
): NumberedParagraphAt[] {
  const found: NumberedParagraphAt[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === nodeName) {
      found.push({ pos, level: clampLevel(node.attrs['level']) });
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

/** The plugin's key, so that tests and the web app can read the current number decorations. */
export const paragraphNumberPluginKey = new PluginKey<DecorationSet>('paragraphNumbers');

/**
 * Shows each numbered paragraph's number as a widget in front of its text. A widget and not
 * text: the number is derived from the structure, so it must not be editable, stored in Yjs,
 * or copied as if someone had typed it.
 */
export function paragraphNumberPlugin(nodeName: string): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: paragraphNumberPluginKey,
    state: {
      init: (_config, state) => numberDecorations(state.doc, nodeName),
      // Any change above a paragraph can renumber it, and counting is linear in the number of
      // blocks: recomputing beats tracking which numbers a step could have touched.
      apply: (tr, previous) => (tr.docChanged ? numberDecorations(tr.doc, nodeName) : previous),
    },
    props: {
      decorations(state) {
        return paragraphNumberPluginKey.getState(state);
      },
    },
  });
}

function numberDecorations(doc: ProseMirrorNode, nodeName: string): DecorationSet {
  const paragraphs = numberedParagraphsOf(doc, nodeName);
  const numbers = paragraphNumbers(paragraphs.map((paragraph) => paragraph.level));
  const widgets = paragraphs.map((paragraph, i) => {
    const number = numbers[i] ?? '';
    return Decoration.widget(paragraph.pos + 1, (view) => numberElement(view, number), {
      // Drawn before the cursor at the paragraph's start, so typing goes after the number.
      side: -1,
      marks: [],
      ignoreSelection: true,
      // Same key, same DOM: ProseMirror keeps unchanged numbers instead of redrawing them all.
      key: `paragraph-number:${number}`,
      number,
    });
  });
  return DecorationSet.create(doc, widgets);
}

function numberElement(view: EditorView, number: string): HTMLElement {
  const span = view.dom.ownerDocument.createElement('span');
  span.className = 'paragraph-number';
  span.setAttribute('contenteditable', 'false');
  span.textContent = number;
  return span;
}
