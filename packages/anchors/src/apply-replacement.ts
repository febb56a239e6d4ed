import * as Y from 'yjs';

import type { Anchor } from './anchor.js';
import { ANCHOR_REFUSALS, AnchorError } from './anchor-error.js';
import { resolveAnchor } from './resolve-anchor.js';

// Any of these would start a new paragraph in the editor's eyes; a suggestion stays in one.
const LINE_BREAKS = /[\r\n\u2028\u2029]/;

// Marks this package's own transaction, so that only its update is captured.
const REPLACING = Symbol('applyReplacement');

/**
 * Replaces the anchored text of the draft with `replacement` ('' deletes it; an insertion
 * anchor inserts it) and returns the Yjs update of exactly that change, to store and to send to
 * everyone. The new text takes the formatting of the text it replaces (of the text before it,
 * for an insertion), as typing does. Nothing outside the anchored range changes.
 * Throws an AnchorError `anchor_orphaned` when the anchored text is gone and `multi_paragraph`
 * for a replacement that holds a line break.
 *
 * @example const update = applyReplacement(doc, suggestion.anchor, suggestion.replacement);
 */
export function applyReplacement(doc: Y.Doc, anchor: Anchor, replacement: string): Uint8Array {
  if (LINE_BREAKS.test(replacement)) {
    throw new AnchorError(
      ANCHOR_REFUSALS.multiParagraph,
      'A replacement stays within one paragraph: remove its line breaks, or make one suggestion per paragraph.',
    );
  }
  const now = resolveAnchor(doc, anchor);
  if (now.orphaned) {
    throw new AnchorError(
      ANCHOR_REFUSALS.anchorOrphaned,
      'The text this suggestion points at is no longer in the draft, so it cannot be applied; make the change in the editor instead.',
    );
  }
  const { ytext, from, to } = now;
  let update: Uint8Array | undefined;
  const capture = (change: Uint8Array, origin: unknown): void => {
    if (origin === REPLACING) update = change;
  };
  doc.on('update', capture);
  try {
    doc.transact(() => {
      // Inserted after the old text, which is still there, it is formatted like the old text's
      // end; then the old text goes. (Inserted at `from`, it would take the text before's format.)
      if (replacement !== '') ytext.insert(to, replacement);
      if (to > from) ytext.delete(from, to - from);
    }, REPLACING);
  } finally {
    doc.off('update', capture);
  }
  return update ?? Y.encodeStateAsUpdate(new Y.Doc());
}
