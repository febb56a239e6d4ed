import {
  ANCHOR_REFUSALS,
  AnchorError,
  anchorResolver,
  locateQuote,
  resolveAnchor,
  type Anchor,
} from '@rapporteur/anchors';
import { draftStream, loadDraft } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import type * as Y from 'yjs';
import { nothingToAnchor } from './review-refusals.js';

/** Where a new comment or suggestion sits: its anchor, the text it covers, and its paragraph. */
export interface Placed {
  readonly anchor: Anchor;
  readonly quote: string;
  readonly paragraph: string | null;
}

/** Where an existing comment or suggestion sits now. */
export interface Whereabouts {
  readonly paragraph: string | null;
  readonly orphaned: boolean;
}

/** How a request points into the draft: a paragraph and a quote, or the editor's anchor. */
export type Pointer =
  { readonly paragraph: string; readonly quote: string } | { readonly anchor: Anchor };

/**
 * Reads the draft as stored, to place what a request points at or to say where anchors are now.
 * The document is the log's, not a room's: any instance answers the same.
 */
export async function withStoredDraft<T>(
  store: EventStore,
  meetingId: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const { doc, revision } = await loadDraft(store, draftStream(meetingId));
  try {
    if (revision < 0) throw nothingToAnchor();
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Places a pointer in the draft. A paragraph that does not exist, a quote that is not in it or
 * is there twice, or an anchor that no longer resolves, is an AnchorError (422) saying which.
 */
export function place(doc: Y.Doc, pointer: Pointer): Placed {
  if ('paragraph' in pointer) return locateQuote(doc, pointer.paragraph, pointer.quote);
  const found = resolveAnchor(doc, pointer.anchor);
  if (found.orphaned)
    throw new AnchorError(
      ANCHOR_REFUSALS.anchorOrphaned,
      'The text this anchor points at is no longer in the draft: select the text again and retry.',
    );
  return { anchor: pointer.anchor, quote: found.text, paragraph: found.paragraph };
}

/**
 * Says where anchors of one draft are now, numbering its paragraphs once for them all. A
 * malformed stored anchor reads as orphaned rather than failing the list.
 */
export function whereaboutsIn(doc: Y.Doc): (anchor: Anchor, madeIn: string | null) => Whereabouts {
  const resolve = anchorResolver(doc);
  return (anchor, madeIn) => {
    try {
      const found = resolve(anchor);
      return { paragraph: found.orphaned ? madeIn : found.paragraph, orphaned: found.orphaned };
    } catch {
      return { paragraph: madeIn, orphaned: true };
    }
  };
}
