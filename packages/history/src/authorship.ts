import type { ClientOwners } from '@rapporteur/collab';
import type { AuthorRun } from '@rapporteur/diff';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { toAuthorRuns } from './author-runs.js';
import { draftFragment, textItems, type YType } from './document-walk.js';
import { sectionLabels } from './sections.js';
import { withDraftAt } from './time-travel.js';
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

/** A run of text and the person who wrote it (null: unknown, written before ids were kept). */
export interface AuthoredText {
  readonly text: string;
  readonly author: string | null;
}

/** One block of the draft with its text cut into runs by author. */
export interface AuthoredBlock {
  readonly type: string;
  /** The numbered paragraph the block is in ('8.4.3.'), or null above the first. */
  readonly section: string | null;
  readonly level?: number;
  readonly runs: readonly AuthoredText[];
}

/** The draft at a revision, block by block, its text cut into runs by author. */
export async function authorsAt(
  store: EventStore,
  at: { readonly draftId: string; readonly revision?: number },
): Promise<{ readonly revision: number; readonly blocks: readonly AuthoredBlock[] }> {
  return withDraftAt(store, at, ({ doc, owners, revision }) => ({
    revision,
    blocks: authoredBlocks(doc, owners),
  }));
}

export function authoredBlocks(doc: Y.Doc, owners: ClientOwners): AuthoredBlock[] {
  const fragment = draftFragment(doc);
  const sections = sectionLabels(fragment);
  const blocks: AuthoredBlock[] = [];
  for (let item = fragment._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    const runs: { text: string; author: string | null }[] = [];
    collectRuns(type, { runs, owners });
    const level: unknown = type instanceof Y.XmlElement ? type.getAttribute('level') : undefined;
    blocks.push({
      type: type instanceof Y.XmlElement ? type.nodeName : 'text',
      section: sections.get(item) ?? null,
      ...(level === undefined ? {} : { level: Number(level) }),
      runs,
    });
  }
  return blocks;
}

/** Walks a block in document order; nested elements (list items, cells) start a new line. */
function collectRuns(
  type: YType,
  into: { runs: { text: string; author: string | null }[]; readonly owners: ClientOwners },
): void {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const { content } = item;
    if (content instanceof Y.ContentString) {
      append(into.runs, content.str, into.owners.ownerOf(item.id.client) ?? null);
    } else if (content instanceof Y.ContentType) {
      if (content.type instanceof Y.XmlElement && into.runs.length > 0)
        append(into.runs, '\n', null);
      collectRuns(content.type, into);
    }
  }
}

function append(
  runs: { text: string; author: string | null }[],
  text: string,
  author: string | null,
) {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.author === author) last.text += text;
  else runs.push({ text, author });
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
