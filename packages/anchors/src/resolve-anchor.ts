import * as Y from 'yjs';

import { type Anchor, decodeAnchor } from './anchor.js';
import { draftBlocks, draftFragment } from './draft-blocks.js';
import { plainText } from './plain-text.js';

/** Where an anchor's text is now, in a draft whose anchored text still exists. */
export interface LiveAnchor {
  readonly orphaned: false;
  /** The number of the paragraph holding it now ('8.2.1.1'), null outside numbered paragraphs. */
  readonly paragraph: string | null;
  /** The anchored text as it reads now ('' for an insertion point). */
  readonly text: string;
  readonly ytext: Y.XmlText;
  readonly from: number;
  readonly to: number;
}

/**
 * An anchor whose text is gone: deleted, collapsed to nothing, or never in this document.
 * When its Y.XmlText still lives (the text was deleted, the paragraph not) it is given, with
 * the point where the text was; the caller keeps the quote it stored.
 */
export interface OrphanedAnchor {
  readonly orphaned: true;
  readonly paragraph: string | null;
  readonly text: '';
  readonly ytext: Y.XmlText | null;
  readonly from: number;
  readonly to: number;
}

export type ResolvedAnchor = LiveAnchor | OrphanedAnchor;

/**
 * Where an anchor is now in the draft. Linear in the size of the draft (the paragraph number
 * needs the numbered paragraphs before it), whatever the number of anchors resolved before.
 * Throws an AnchorError `anchor_malformed` for an anchor this package did not make.
 *
 * @example const now = resolveAnchor(doc, suggestion.anchor); if (!now.orphaned) now.text
 */
export function resolveAnchor(doc: Y.Doc, anchor: Anchor): ResolvedAnchor {
  const positions = decodeAnchor(anchor);
  const start = Y.createAbsolutePositionFromRelativePosition(positions.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(positions.end, doc);
  const ytext = start?.type;
  if (
    start === null ||
    end === null ||
    !(ytext instanceof Y.XmlText) ||
    end.type !== ytext ||
    !livesIn(ytext, draftFragment(doc))
  ) {
    return { orphaned: true, paragraph: null, text: '', ytext: null, from: 0, to: 0 };
  }
  const paragraph = paragraphOf(doc, ytext);
  const { index: from } = start;
  const to = Math.max(from, end.index);
  // A range whose characters were all deleted resolves to one point: its text is gone.
  const insertion = anchor.start === anchor.end;
  if (!insertion && to === from) {
    return { orphaned: true, paragraph, text: '', ytext, from, to };
  }
  return { orphaned: false, paragraph, text: plainText(ytext).slice(from, to), ytext, from, to };
}

/** True when neither the text nor anything around it up to the draft's fragment was deleted. */
function livesIn(ytext: Y.XmlText, fragment: Y.XmlFragment): boolean {
  for (let item = ytext._item; item !== null;) {
    if (item.deleted) return false;
    const parent = item.parent;
    if (parent === fragment) return true;
    if (!(parent instanceof Y.AbstractType)) return false;
    item = parent._item;
  }
  // A root type, but not the draft's fragment.
  return false;
}

function paragraphOf(doc: Y.Doc, ytext: Y.XmlText): string | null {
  const block = draftBlocks(doc).find(({ element }) => element === ytext.parent);
  return block?.number ?? null;
}
