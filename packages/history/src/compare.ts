import { diffDocuments, type DocumentDiff } from '@rapporteur/diff';
import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { writtenBy } from './authorship.js';
import { Deleters } from './deleters.js';
import { draftFragment, textItems, type TextItem } from './document-walk.js';
import { InvalidRangeError } from './errors.js';
import { toAuthorRuns } from './author-runs.js';
import { draftAt, readableJson } from './time-travel.js';
import type { DraftTimelines } from './timeline/draft-timelines.js';

const PAGE = 2000;

/** Two revisions of a draft, `from` at or before `to`. */
export interface RevisionRange {
  readonly draftId: string;
  readonly from: number;
  readonly to: number;
}

/** `range`, refused with an InvalidRangeError when it runs backwards. */
function forwards(range: RevisionRange): RevisionRange {
  if (range.from > range.to) throw new InvalidRangeError(range.from, range.to);
  return range;
}

/**
 * The diff between the draft at revision `from` and at revision `to`, with the people who made
 * each change: writers from the owners of the inserted text's client ids, deleters from the
 * delete sets of the events in between (only read when something was deleted).
 */
export async function compareRevisions(
  store: EventStore,
  range: RevisionRange,
): Promise<DocumentDiff> {
  const { draftId, from, to } = forwards(range);
  const before = await draftAt(store, draftId, from);
  const after = await draftAt(store, draftId, to);
  try {
    const items = [...textItems(draftFragment(before.doc))];
    const deleters = await whoDeleted(store, { draftId, from, to }, { items, after: after.doc });
    return diffDocuments(
      {
        doc: readableJson(before.doc),
        authors: toAuthorRuns(items, (item) => deleters.runsFor(item)),
      },
      { doc: readableJson(after.doc), authors: writtenBy(after.doc, after.owners) },
    );
  } finally {
    before.doc.destroy();
    after.doc.destroy();
  }
}

async function whoDeleted(
  store: EventStore,
  range: RevisionRange,
  states: { readonly items: readonly TextItem[]; readonly after: Y.Doc },
): Promise<Deleters> {
  const deleters = new Deleters();
  const deleted = Y.createDeleteSetFromStructStore(states.after.store);
  for (const item of states.items) deleters.expect(item, deleted);
  deleters.seal();
  let next = range.from + 1;
  while (!deleters.complete && next <= range.to) {
    const events = await store.readStream(draftStream(range.draftId), {
      from: next,
      to: range.to,
      limit: PAGE,
    });
    for (const event of events) {
      const actor = event.metadata['actor'];
      if (event.type === DRAFT_UPDATED && event.payload !== null && typeof actor === 'string')
        deleters.record(event.payload, actor);
    }
    const last = events[events.length - 1];
    if (last === undefined) break;
    next = last.revision + 1;
  }
  return deleters;
}

/**
 * The same diff as `compareRevisions`, read from the draft's kept timeline: both states and
 * both attributions come from its one document and its revision index, with nothing to load
 * or scan (see the README for the difference on a long draft).
 */
export async function compareFromTimeline(
  timelines: DraftTimelines,
  range: RevisionRange,
): Promise<DocumentDiff> {
  const { draftId, from, to } = forwards(range);
  const timeline = await timelines.of(draftId);
  const { before, after } = timeline.diffSides(from, to);
  return diffDocuments(before, after);
}
