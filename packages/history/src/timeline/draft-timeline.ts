import { ClientOwners, draftOrigin, draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore, RecordedEvent } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { DiffSide, TiptapNode } from '@rapporteur/diff';
import { readableDocument } from '@rapporteur/editor-schema';
import { authoredJsonBlocks } from '../authored-json.js';
import type { AuthoredBlock } from '../authored-json.js';
import { toAuthorRuns } from '../author-runs.js';
import { deletersOf, visibleText } from '../visible-text.js';
import { draftFragment, topLevelBlock } from '../document-walk.js';
import { RevisionNotFoundError } from '../errors.js';
import { sectionLabels } from '../sections.js';
import { fragmentJsonAt } from '../snapshot-json.js';
import { RevisionIndex } from './revision-index.js';
import {
  ENTRY_PAUSE_MS,
  excerpt,
  type DailyActivity,
  type EditEntry,
  type OpeningUpdate,
} from './edit-entry.js';

const PAGE = 2000;

interface OpenEntry {
  actor: string;
  name: string;
  role: string;
  startedAt: string;
  endedAt: string;
  fromRevision: number;
  toRevision: number;
  updates: number;
  inserted: number;
  deleted: number;
  written: string;
  removed: string;
  readonly touched: Set<Y.Item>;
}

/**
 * A draft's timeline, kept up to date from its stream: a projection that replays every stored
 * update once into its own document and measures what each one inserted, deleted and where.
 * It holds one document per draft (not one per revision) and reads only the events it has not
 * seen, so asking again costs what was written since. The document keeps deleted content
 * (gc: false) and an index of what each revision changed, so that it can also show the draft
 * as it was at any revision without loading anything (`documentAt`).
 */
export class DraftTimeline {
  readonly #doc = new Y.Doc({ gc: false });
  readonly #index = new RevisionIndex();
  readonly #owners = new ClientOwners();
  /** The actor of each stored revision (undefined for events that are not updates). */
  readonly #actors: (string | undefined)[] = [];
  #applying = false;
  readonly #fragment = draftFragment(this.#doc);
  readonly #closed: EditEntry[] = [];
  readonly #activity = new Map<
    string,
    { -readonly [K in keyof DailyActivity]: DailyActivity[K] }
  >();
  #open: OpenEntry | undefined;
  #opening: OpeningUpdate | undefined;
  #revision = -1;
  #catchingUp: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    readonly draftId: string,
  ) {
    this.#doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.#measure(transaction);
    });
  }

  /** The last revision the timeline has read. */
  get revision(): number {
    return this.#revision;
  }

  /** Reads what was stored since the last call. Calls are queued, never run twice at once. */
  catchUp(): Promise<void> {
    this.#catchingUp = this.#catchingUp.then(() => this.#readNewEvents());
    return this.#catchingUp;
  }

  /** Every entry, newest first; the newest may still grow. */
  entries(): EditEntry[] {
    const open = this.#open === undefined ? [] : [this.#freeze(this.#open)];
    return [...open, ...this.#closed.toReversed()];
  }

  /** The draft at `revision` as Tiptap JSON, from the revisions read so far. */
  documentAt(revision: number): TiptapNode {
    if (!Number.isInteger(revision) || revision < 0 || revision > this.#revision)
      throw new RevisionNotFoundError(revision, this.#revision);
    return fragmentJsonAt(this.#fragment, this.#index.snapshotAt(revision));
  }

  /** The draft at `revision` as readers show it: made to fit the schema, every character kept. */
  readableAt(revision: number): TiptapNode {
    return readableDocument(this.documentAt(revision)) as TiptapNode;
  }

  /**
   * The two sides of a diff between revisions `from` and `to`, read from the one document:
   * the text at `to` attributed to its writers (the owners of its client ids), the text at
   * `from` to the people whose revisions in between deleted it.
   */
  diffSides(from: number, to: number): { before: DiffSide; after: DiffSide } {
    const before = this.#index.snapshotAt(from);
    const after = this.#index.snapshotAt(to);
    const deletions = {
      ranges: this.#index.deletionsBetween(from, to),
      actorAt: (revision: number) => this.#actors[revision] ?? null,
    };
    return {
      before: {
        doc: this.readableAt(from),
        authors: toAuthorRuns(visibleText(this.#fragment, before), (range) =>
          deletersOf(range, deletions),
        ),
      },
      after: {
        doc: this.readableAt(to),
        authors: toAuthorRuns(visibleText(this.#fragment, after), (range) => [
          { length: range.length, author: this.#owners.ownerOf(range.client) ?? null },
        ]),
      },
    };
  }

  /** The draft at `revision`, block by block, its text cut into runs by author. */
  authorsAt(revision: number): AuthoredBlock[] {
    const json = this.readableAt(revision);
    const runs = toAuthorRuns(
      visibleText(this.#fragment, this.#index.snapshotAt(revision)),
      (range) => [{ length: range.length, author: this.#owners.ownerOf(range.client) ?? null }],
    );
    return authoredJsonBlocks(json, runs);
  }

  /** The draft's first stored update: an import when it wrote a whole document at once. */
  opening(): OpeningUpdate | undefined {
    return this.#opening;
  }

  /** Edits per person per day, oldest day first. */
  activity(): DailyActivity[] {
    return [...this.#activity.values()].sort((a, b) =>
      a.day === b.day ? a.actor.localeCompare(b.actor) : a.day.localeCompare(b.day),
    );
  }

  destroy(): void {
    this.#doc.destroy();
  }

  async #readNewEvents(): Promise<void> {
    for (;;) {
      const events = await this.store.readStream(draftStream(this.draftId), {
        from: this.#revision + 1,
        limit: PAGE,
      });
      for (const event of events) this.#follow(event);
      if (events.length < PAGE) return;
    }
  }

  #follow(event: RecordedEvent): void {
    this.#revision = event.revision;
    if (event.type !== DRAFT_UPDATED || event.payload === null) return;
    this.#owners.follow(event);
    const { actor, name, role } = event.metadata;
    if (typeof actor === 'string') this.#actors[event.revision] = actor;
    const who = {
      actor: typeof actor === 'string' ? actor : 'unknown',
      name: typeof name === 'string' ? name : 'Unknown',
      role: typeof role === 'string' ? role : 'unknown',
    };
    const open = this.#open;
    const paused =
      open !== undefined &&
      Date.parse(event.recordedAt) - Date.parse(open.endedAt) >= ENTRY_PAUSE_MS;
    if (open !== undefined && (open.actor !== who.actor || paused)) {
      this.#closed.push(this.#freeze(open));
      this.#open = undefined;
    }
    this.#open ??= {
      ...who,
      startedAt: event.recordedAt,
      endedAt: event.recordedAt,
      fromRevision: event.revision,
      toRevision: event.revision,
      updates: 0,
      inserted: 0,
      deleted: 0,
      written: '',
      removed: '',
      touched: new Set(),
    };
    this.#open.endedAt = event.recordedAt;
    this.#open.toRevision = event.revision;
    this.#open.updates += 1;
    const before = { inserted: this.#open.inserted, deleted: this.#open.deleted };
    this.#applying = true;
    try {
      Y.applyUpdate(this.#doc, event.payload);
    } catch {
      // An update Yjs cannot apply (stored before rooms tried each one first) changes nothing
      // readable: the rest of the history still reads.
    } finally {
      this.#applying = false;
    }
    this.#opening ??= {
      revision: event.revision,
      actor: who.actor,
      name: who.name,
      at: event.recordedAt,
      inserted: this.#open.inserted - before.inserted,
      origin: draftOrigin(event.metadata),
    };
    this.#count(event.recordedAt, {
      actor: who.actor,
      inserted: this.#open.inserted - before.inserted,
      deleted: this.#open.deleted - before.deleted,
    });
  }

  /** Called by Yjs after each applied update, while its transaction still says what changed. */
  #measure(transaction: Y.Transaction): void {
    const open = this.#open;
    // Reading a snapshot splits items in a transaction of its own: nothing to measure there.
    if (open === undefined || !this.#applying) return;
    this.#index.record(this.#revision, transaction);
    for (const [client, afterClock] of transaction.afterState) {
      const beforeClock = transaction.beforeState.get(client) ?? 0;
      if (afterClock <= beforeClock) continue;
      const structs = this.#doc.store.clients.get(client) ?? [];
      for (let index = Y.findIndexSS(structs, beforeClock); index < structs.length; index++) {
        const struct = structs[index];
        if (struct === undefined || struct.id.clock >= afterClock) break;
        if (!(struct instanceof Y.Item)) continue;
        if (struct.content instanceof Y.ContentString) {
          open.inserted += struct.length;
          open.written = excerpt(open.written, struct.content.str);
        }
        this.#touch(open, struct);
      }
    }
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item)) return;
      if (struct.content instanceof Y.ContentString) {
        open.deleted += struct.length;
        // The document keeps deleted content (gc: false), so the removed text is still there.
        open.removed = excerpt(open.removed, struct.content.str);
      }
      this.#touch(open, struct);
    });
  }

  #touch(open: OpenEntry, item: Y.Item): void {
    const block = topLevelBlock(item, this.#fragment);
    if (block !== undefined) open.touched.add(block);
  }

  #count(recordedAt: string, change: { actor: string; inserted: number; deleted: number }): void {
    const day = recordedAt.slice(0, 10);
    const key = `${day} ${change.actor}`;
    const row = this.#activity.get(key) ?? {
      day,
      actor: change.actor,
      updates: 0,
      inserted: 0,
      deleted: 0,
    };
    row.updates += 1;
    row.inserted += change.inserted;
    row.deleted += change.deleted;
    this.#activity.set(key, row);
  }

  /** The entry as it reads now: its sections numbered in the document as it stands. */
  #freeze(open: OpenEntry): EditEntry {
    const sections: string[] = [];
    if (open.touched.size > 0) {
      for (const [block, label] of sectionLabels(this.#fragment)) {
        if (label !== null && open.touched.has(block) && sections.at(-1) !== label)
          sections.push(label);
      }
    }
    const { actor, name, role, startedAt, endedAt, fromRevision, toRevision } = open;
    const { updates, inserted, deleted, written, removed } = open;
    return {
      kind: 'edit',
      ...{ actor, name, role, startedAt, endedAt, fromRevision, toRevision },
      ...{ updates, inserted, deleted, sections, written, removed },
    };
  }
}
