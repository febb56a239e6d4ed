import {
  absolutePositionToRelativePosition,
  ProsemirrorBinding,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

import { isRecord } from '../api/http.js';
import type { Anchor } from './review-api.js';

/**
 * The draft as Yjs holds it and as the editor shows it: the shared fragment, its document and
 * y-prosemirror's mapping between the fragment's types and ProseMirror's nodes.
 */
/** y-prosemirror's map from the fragment's types to the editor's nodes. */
type ProsemirrorMapping = ProsemirrorBinding['mapping'];

export interface YDraft {
  readonly doc: Y.Doc;
  readonly type: Y.XmlFragment;
  readonly mapping: ProsemirrorMapping;
}

/** The editor's binding to Yjs, once the sync plugin has made it. */
export function yDraftOf(state: EditorState): YDraft | undefined {
  const sync: unknown = ySyncPluginKey.getState(state);
  const binding: unknown = isRecord(sync) ? sync['binding'] : undefined;
  return binding instanceof ProsemirrorBinding ? binding : undefined;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A Yjs relative position as the API carries it: base64 (standard, padded) of its encoding. */
export function encodePosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** The relative position in `text`, or undefined when it is not one. */
export function decodePosition(text: string): Y.RelativePosition | undefined {
  if (text === '' || !BASE64.test(text)) return undefined;
  try {
    return Y.decodeRelativePosition(fromBase64(text));
  } catch {
    return undefined;
  }
}

/** Where an editor position lands in Yjs: a paragraph's text and an index in it. */
function textPositionAt(
  draft: YDraft,
  pos: number,
): { readonly text: Y.XmlText; readonly index: number } | undefined {
  const relative: unknown = absolutePositionToRelativePosition(pos, draft.type, draft.mapping);
  if (!(relative instanceof Y.RelativePosition)) return undefined;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, draft.doc);
  if (absolute === null || !(absolute.type instanceof Y.XmlText)) return undefined;
  return { text: absolute.type, index: absolute.index };
}

/**
 * The anchor of the editor's range `from..to` (equal for an insertion point), or undefined when
 * it does not lie in one paragraph's text. The start sticks to the first character of the
 * range and the end to the last, so text typed just outside it stays outside; an insertion
 * point sticks to the character after it (assoc 0, as the spec says).
 */
export function anchorOf(draft: YDraft, from: number, to: number): Anchor | undefined {
  const start = textPositionAt(draft, from);
  const end = from === to ? start : textPositionAt(draft, to);
  if (start === undefined || end === undefined || start.text !== end.text) return undefined;
  const startPosition = encodePosition(
    Y.createRelativePositionFromTypeIndex(start.text, start.index, 0),
  );
  if (from === to) return { start: startPosition, end: startPosition };
  return {
    start: startPosition,
    end: encodePosition(Y.createRelativePositionFromTypeIndex(end.text, end.index, -1)),
  };
}

/** Where an anchor is now in the editor, or undefined when its text is gone. */
export function rangeOf(
  draft: YDraft,
  anchor: Anchor,
): { readonly from: number; readonly to: number } | undefined {
  const start = decodePosition(anchor.start);
  const end = anchor.end === anchor.start ? start : decodePosition(anchor.end);
  if (start === undefined || end === undefined) return undefined;
  const from = absolute(draft, start);
  const to = anchor.end === anchor.start ? from : absolute(draft, end);
  if (from === undefined || to === undefined || to < from) return undefined;
  return { from, to };
}

function absolute(draft: YDraft, position: Y.RelativePosition): number | undefined {
  // A position whose character was deleted resolves to its neighbour's place; one whose whole
  // paragraph was deleted does not resolve at all.
  const at = relativePositionToAbsolutePosition(draft.doc, draft.type, position, draft.mapping);
  return at ?? undefined;
}

/**
 * `rangeOf` for many anchors in one state of the editor: where each paragraph's texts start is
 * found in one walk of the document, so a margin of a thousand items costs one walk, not a
 * thousand (y-prosemirror's `relativePositionToAbsolutePosition` walks the document each time).
 * Gives undefined for an anchor whose text is not in the editor's document.
 *
 * @example const find = rangeFinder(draft, state.doc); items.map((item) => find(item.anchor))
 */
export function rangeFinder(
  draft: YDraft,
  doc: ProseMirrorNode,
): (anchor: Anchor) => { readonly from: number; readonly to: number } | undefined {
  const starts = textStarts(draft, doc);
  const absoluteIn = (position: Y.RelativePosition): number | undefined => {
    const at = Y.createAbsolutePositionFromRelativePosition(position, draft.doc);
    if (at === null || !(at.type instanceof Y.XmlText)) return undefined;
    const start = starts.get(at.type);
    return start === undefined ? undefined : start + at.index;
  };
  return (anchor) => {
    const start = decodePosition(anchor.start);
    const end = anchor.end === anchor.start ? start : decodePosition(anchor.end);
    if (start === undefined || end === undefined) return undefined;
    const from = absoluteIn(start);
    const to = anchor.end === anchor.start ? from : absoluteIn(end);
    if (from === undefined || to === undefined || to < from) return undefined;
    return { from, to };
  };
}

// The editor position where each Y.XmlText of a text block starts: the block's content starts
// one past the block, and each child before the text takes its length (a text its characters,
// an inline node such as a line break one).
function textStarts(draft: YDraft, doc: ProseMirrorNode): Map<Y.XmlText, number> {
  const typeOf = new Map<ProseMirrorNode, Y.AbstractType<unknown>>();
  for (const [type, node] of draft.mapping)
    if (!Array.isArray(node)) typeOf.set(node, type as Y.AbstractType<unknown>);
  const starts = new Map<Y.XmlText, number>();
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const element = typeOf.get(node);
    if (element instanceof Y.XmlElement) {
      let offset = pos + 1;
      for (const child of element.toArray()) {
        if (child instanceof Y.XmlText) {
          starts.set(child, offset);
          offset += child.length;
        } else offset += 1;
      }
    }
    return false;
  });
  return starts;
}
