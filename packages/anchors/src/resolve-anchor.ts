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
  return anchorResolver(doc)(anchor);
}

/**
 * `resolveAnchor` for many anchors of one draft that does not change meanwhile: the paragraphs
 * are numbered once, on the first anchor, so listing a thousand review items costs one numbering
 * of the draft rather than a thousand.
 *
 * @example const where = anchorResolver(doc); suggestions.map((s) => where(s.anchor))
 */
export function anchorResolver(doc: Y.Doc): (anchor: Anchor) => ResolvedAnchor {
  let numbers: Map<unknown, string | null> | undefined;
  const numberOf = (ytext: Y.XmlText): string | null => {
    numbers ??= new Map(draftBlocks(doc).map(({ element, number }) => [element, number]));
    return numbers.get(ytext.parent) ?? null;
  };
  const fragment = draftFragment(doc);
  return (anchor) => resolveIn(doc, anchor, { fragment, numberOf });
}

function resolveIn(
  doc: Y.Doc,
  anchor: Anchor,
  draft: { fragment: Y.XmlFragment; numberOf: (ytext: Y.XmlText) => string | null },
): ResolvedAnchor {
  const positions = decodeAnchor(anchor);
  const start = Y.createAbsolutePositionFromRelativePosition(positions.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(positions.end, doc);
  const ytext = start?.type;
  if (
    start === null ||
    end === null ||
    !(ytext instanceof Y.XmlText) ||
    end.type !== ytext ||
    !livesIn(ytext, draft.fragment)
  ) {
    return { orphaned: true, paragraph: null, text: '', ytext: null, from: 0, to: 0 };
  }
  const paragraph = draft.numberOf(ytext);
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
