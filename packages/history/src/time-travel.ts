import type { TiptapNode } from '@rapporteur/diff';
import { draftStream, loadDraft, type ClientOwners } from '@rapporteur/draft-log';
import { readableDocument, renderHtml } from '@rapporteur/editor-schema';
import type { EventStore } from '@rapporteur/event-store';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { draftFragment } from './document-walk.js';
import { RevisionNotFoundError } from './errors.js';
import type { DraftTimelines } from './timeline/draft-timelines.js';

/** The draft as it was at one revision. */
export interface DraftState {
  readonly revision: number;
  readonly doc: Y.Doc;
  readonly owners: ClientOwners;
}

/**
 * Loads the draft at `revision` (default: the head) into a fresh document: the latest snapshot
 * at or before it and the events after. Nothing is kept per revision; the caller destroys
 * the document when done (or uses `withDraftAt`).
 */
export async function draftAt(
  store: EventStore,
  draftId: string,
  revision?: number,
): Promise<DraftState> {
  const stream = draftStream(draftId);
  const head = await store.head(stream);
  const headRevision = head?.revision ?? -1;
  if (revision !== undefined && (revision < 0 || revision > headRevision))
    throw new RevisionNotFoundError(revision, headRevision);
  return loadDraft(store, stream, revision);
}

/** Runs `use` on the draft at `revision`, then frees the document. */
export async function withDraftAt<T>(
  store: EventStore,
  at: { readonly draftId: string; readonly revision?: number },
  use: (state: DraftState) => T,
): Promise<T> {
  const state = await draftAt(store, at.draftId, at.revision);
  try {
    return use(state);
  } finally {
    state.doc.destroy();
  }
}

/**
 * The document as stored, as Tiptap JSON: what the content hash of a version is taken over.
 * It may not fit the schema (a log may hold what a raw client wrote before the room checked
 * updates, decision 23); readers want `readableJson`.
 */
export function tiptapJson(doc: Y.Doc): TiptapNode {
  // Deprecated for ...ToProseMirrorRootNode, which drops what does not fit the schema; the
  // history needs every stored character, so that runs of authors line up with the text.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return yXmlFragmentToProsemirrorJSON(draftFragment(doc)) as TiptapNode;
}

/**
 * The document as every reader shows it (time travel, exports, diffs): the stored JSON made to
 * fit the schema by editor-schema's `readableDocument`, every character kept.
 */
export function readableJson(doc: Y.Doc): TiptapNode {
  return readableDocument(tiptapJson(doc)) as TiptapNode;
}

/** The draft at a revision as Tiptap JSON and as HTML with its paragraph numbers. */
export async function readDraftAt(
  store: EventStore,
  at: { readonly draftId: string; readonly revision?: number },
): Promise<{ readonly revision: number; readonly json: TiptapNode; readonly html: string }> {
  return withDraftAt(store, at, ({ doc, revision }) => {
    const json = readableJson(doc);
    return { revision, json, html: draftHtml(doc, json) };
  });
}

/** The draft as HTML, from its readable JSON: whatever the log holds, this renders. */
export function draftHtml(doc: Y.Doc, json: TiptapNode = readableJson(doc)): string {
  return renderHtml(json as RenderableJson);
}

type RenderableJson = Parameters<typeof renderHtml>[0];

/**
 * The draft at a revision, read from the draft's timeline: its one document seen through a Yjs
 * snapshot of that revision, with nothing to load (about 10 times faster than `readDraftAt` on
 * a long draft, see the README). The first request after a start builds the timeline.
 */
export async function readDraftFromTimeline(
  timelines: DraftTimelines,
  at: { readonly store: EventStore; readonly draftId: string; readonly revision?: number },
): Promise<{ readonly revision: number; readonly json: TiptapNode; readonly html: string }> {
  const { store, draftId } = at;
  const timeline = await timelines.of(draftId);
  const revision = at.revision ?? timeline.revision;
  if (revision < 0 && at.revision === undefined) return readDraftAt(store, { draftId });
  const json = readableDocument(timeline.documentAt(revision)) as TiptapNode;
  return { revision, json, html: renderHtml(json as RenderableJson) };
}
