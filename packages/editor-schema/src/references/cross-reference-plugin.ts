import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import { clampLevel, paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { CROSS_REFERENCE, NUMBERED_PARAGRAPH } from '../schema/node-names.js';
import { paragraphIdOr } from './paragraph-ids.js';
import { referenceNumber } from './reference-numbers.js';

/** What the editor shows for one cross-reference, carried in its node decoration's spec. */
export interface ShownReference {
  /** The target's current number ("9"), or undefined when the target is gone. */
  readonly number: string | undefined;
}

export const crossReferencePluginKey = new PluginKey<DecorationSet>('crossReferences');

/** One numbered paragraph of the outline, for the reference picker. */
export interface OutlineEntry {
  readonly pos: number;
  readonly id: string | null;
  readonly level: number;
  /** As running text writes it: "8.2". */
  readonly number: string;
  readonly text: string;
}

/** The numbered paragraphs of a ProseMirror document, numbered, in document order. */
export function outlineOf(doc: ProseMirrorNode): OutlineEntry[] {
  const found: Omit<OutlineEntry, 'number'>[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === NUMBERED_PARAGRAPH) {
      const level = clampLevel(node.attrs['level']);
      found.push({ pos, id: paragraphIdOr(node.attrs['id']), level, text: node.textContent });
      return false;
    }
    return !node.isTextblock;
  });
  const numbers = paragraphNumbers(found.map((entry) => entry.level));
  return found.map((entry, i) => ({ ...entry, number: referenceNumber(numbers[i] ?? '') }));
}

/**
 * Gives every cross-reference a node decoration saying the number it shows now. The node view
 * reads it: the number is derived from the structure, like a paragraph's own number, so
 * it is recomputed on every change and never written into the document.
 */
export function crossReferencePlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: crossReferencePluginKey,
    state: {
      init: (_config, state) => referenceDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? referenceDecorations(tr.doc) : previous),
    },
    props: {
      decorations(state) {
        return crossReferencePluginKey.getState(state);
      },
    },
  });
}

function referenceDecorations(doc: ProseMirrorNode): DecorationSet {
  const byId = new Map<string, string>();
  for (const entry of outlineOf(doc)) {
    if (entry.id !== null && !byId.has(entry.id)) byId.set(entry.id, entry.number);
  }
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== CROSS_REFERENCE) return true;
    const target = paragraphIdOr(node.attrs['target']);
    const shown: ShownReference = { number: target === null ? undefined : byId.get(target) };
    // The number in the attributes too: ProseMirror redraws a node view only when its
    // decorations differ, and decorations with equal attributes compare equal.
    const attrs = { 'data-number': shown.number ?? '' };
    decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs, shown));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
