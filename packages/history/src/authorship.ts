import type { AuthorRun } from '@rapporteur/diff';
import type { ClientOwners } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import type * as Y from 'yjs';
import { authoredJsonBlocks, type AuthoredBlock } from './authored-json.js';
import { toAuthorRuns } from './author-runs.js';
import { draftFragment, textItems } from './document-walk.js';
import { readableJson, withDraftAt } from './time-travel.js';
import type { DraftTimelines } from './timeline/draft-timelines.js';

/**
 * Who wrote each character of the document, in the index space of `documentText` (the diff's):
 * the owner of the Yjs client id of the item that holds it. The server records an owner for an
 * id when it first stores content under it and refuses content under an id owned by someone
 * else, so a client cannot write in another person's name.
 */
export function writtenBy(doc: Y.Doc, owners: ClientOwners): AuthorRun[] {
  return toAuthorRuns(textItems(draftFragment(doc)), (item) => [
    { length: item.length, author: owners.ownerOf(item.client) ?? null },
  ]);
}

/**
 * The draft at a revision, block by block, its text cut into runs by author: its readable JSON
 * (what every reader shows, decision 23) with the writers of its text.
 */
export async function authorsAt(
  store: EventStore,
  at: { readonly draftId: string; readonly revision?: number },
): Promise<{ readonly revision: number; readonly blocks: readonly AuthoredBlock[] }> {
  return withDraftAt(store, at, ({ doc, owners, revision }) => ({
    revision,
    blocks: authoredJsonBlocks(readableJson(doc), writtenBy(doc, owners)),
  }));
}

/**
 * The same answer as `authorsAt`, from the draft's kept timeline: nothing to load (see the
 * README for the difference on a long draft).
 */
export async function authorsFromTimeline(
  timelines: DraftTimelines,
  at: { readonly draftId: string; readonly revision?: number },
): Promise<{ readonly revision: number; readonly blocks: readonly AuthoredBlock[] }> {
  const timeline = await timelines.of(at.draftId);
  const revision = at.revision ?? timeline.revision;
  if (revision < 0 && at.revision === undefined) return { revision, blocks: [] };
  return { revision, blocks: timeline.authorsAt(revision) };
}
