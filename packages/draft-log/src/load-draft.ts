import type { EventStore, RecordedEvent } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { ClientOwners } from './client-owners.js';
import { decodeDraftSnapshot } from './draft-snapshot.js';
import { DRAFT_UPDATED } from './draft-stream.js';

const PAGE = 2000;

/** A stored draft loaded into a document: its revision and the owners of its client ids. */
export interface LoadedDraft {
  readonly doc: Y.Doc;
  readonly revision: number;
  readonly owners: ClientOwners;
  /**
   * Bytes read to load it: the snapshot's encoded state and the updates after it. About the
   * size of the draft encoded, known without encoding it again (which for a long draft costs
   * as much as loading it).
   */
  readonly bytes: number;
}

/**
 * Applies the draft's stored updates with revisions in [from, to] to `doc`, in order, and
 * records in `owners` who owns the client ids they carry. Only DraftUpdated events carry
 * document content; seals and other events are skipped.
 * Returns the last revision read, or `from - 1` when there was none.
 */
export async function applyStoredUpdates(
  store: EventStore,
  target: {
    readonly doc: Y.Doc;
    readonly owners: ClientOwners;
    /** Told of a stored update that Yjs cannot apply (it is skipped). */
    readonly onUnreadable?: (event: RecordedEvent, error: unknown) => void;
    /** Told, once all are applied, how many bytes of updates were read. */
    readonly onRead?: (bytes: number) => void;
  },
  range: { readonly stream: string; readonly from: number; readonly to?: number },
): Promise<number> {
  const { doc, owners } = target;
  let next = range.from;
  let bytes = 0;
  for (;;) {
    const events: readonly RecordedEvent[] = await store.readStream(range.stream, {
      from: next,
      ...(range.to === undefined ? {} : { to: range.to }),
      limit: PAGE,
    });
    Y.transact(doc, () => {
      for (const event of events) {
        if (event.type !== DRAFT_UPDATED || event.payload === null) continue;
        try {
          Y.applyUpdate(doc, event.payload);
        } catch (error) {
          // Rooms try every update before storing it; one that slipped past must not make the
          // whole draft unreadable. It is reported and skipped.
          target.onUnreadable?.(event, error);
          continue;
        }
        owners.follow(event);
        bytes += event.payload.byteLength;
      }
    });
    const last = events[events.length - 1];
    if (last !== undefined) next = last.revision + 1;
    if (events.length < PAGE) {
      target.onRead?.(bytes);
      return next - 1;
    }
  }
}

/**
 * The draft as stored at `revision` (default: the head): the latest snapshot at or before it,
 * then the events after the snapshot up to it. Deleting every snapshot changes no answer.
 */
export async function loadDraft(
  store: EventStore,
  stream: string,
  revision?: number,
): Promise<LoadedDraft> {
  const doc = new Y.Doc();
  const snapshot = await store.loadSnapshot(
    stream,
    revision === undefined ? {} : { atOrBefore: revision },
  );
  let owners = new ClientOwners();
  let bytes = 0;
  if (snapshot !== undefined) {
    const stored = decodeDraftSnapshot(snapshot.state);
    Y.applyUpdate(doc, stored.state);
    owners = stored.owners;
    bytes = stored.state.byteLength;
  }
  const from = snapshot === undefined ? 0 : snapshot.revision + 1;
  const last = await applyStoredUpdates(
    store,
    { doc, owners, onRead: (read) => (bytes += read) },
    { stream, from, ...(revision === undefined ? {} : { to: revision }) },
  );
  return { doc, revision: last, owners, bytes };
}
