import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import * as Y from 'yjs';

/** A top-level block of one of the two documents, by its index among the document's blocks. */
export interface BlockAt {
  readonly side: 'before' | 'after';
  readonly index: number;
}

/** One side of the comparison: a draft state and its top-level blocks, indexed. */
interface Side {
  readonly name: BlockAt['side'];
  readonly doc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  readonly blocks: ReadonlyMap<Y.Item, number>;
}

/**
 * Which top-level blocks a stored update touched, in the documents at both ends of a range:
 * every item it inserts and every item it deletes is looked up in the older document (text
 * that was there before) and in the newer one (text written since), and climbs to its
 * top-level block. Block indexes are those of the documents' readable JSON, the diff's; a side
 * whose block count differs (a log that held what does not fit the schema, decision 23) is
 * left out rather than matched to the wrong blocks.
 */
export class TouchedBlocks {
  readonly #sides: readonly Side[];

  constructor(states: { before: Y.Doc; after: Y.Doc; blockCounts: [number, number] }) {
    const sides: Side[] = [];
    const named = [
      ['before', states.before, states.blockCounts[0]],
      ['after', states.after, states.blockCounts[1]],
    ] as const;
    for (const [name, doc, count] of named) {
      const fragment = doc.getXmlFragment(DRAFT_FIELD);
      const blocks = topLevelBlocks(fragment);
      if (blocks.size === count) sides.push({ name, doc, fragment, blocks });
    }
    this.#sides = sides;
  }

  /** The blocks `update` inserted into or deleted from, without duplicates. */
  of(update: Uint8Array): BlockAt[] {
    const found = new Map<string, BlockAt>();
    const { structs, ds } = Y.decodeUpdate(update);
    const touch = (client: number, clock: number, length: number) => {
      for (const side of this.#sides) {
        for (const item of itemsIn(side.doc, { client, clock, length })) {
          const index = blockIndex(item, side);
          if (index !== undefined) found.set(`${side.name}:${index}`, { side: side.name, index });
        }
      }
    };
    for (const struct of structs) {
      if (struct instanceof Y.Item) touch(struct.id.client, struct.id.clock, struct.length);
    }
    for (const [client, ranges] of ds.clients) {
      for (const range of ranges) touch(client, range.clock, range.len);
    }
    return [...found.values()];
  }
}

/** The living top-level blocks of the draft, in order, with their index. */
function topLevelBlocks(fragment: Y.XmlFragment): Map<Y.Item, number> {
  const blocks = new Map<Y.Item, number>();
  for (let item = fragment._start; item !== null; item = item.right) {
    if (!item.deleted) blocks.set(item, blocks.size);
  }
  return blocks;
}

/** The items of `doc` holding the clocks `clock` to `clock + length` of `client`. */
function* itemsIn(
  doc: Y.Doc,
  range: { client: number; clock: number; length: number },
): Generator<Y.Item> {
  const structs = doc.store.clients.get(range.client);
  const last = structs?.at(-1);
  // A document that never saw these clocks (text written after it) has nothing to give.
  if (structs === undefined || last === undefined || range.clock >= last.id.clock + last.length)
    return;
  const end = range.clock + range.length;
  for (let at = Y.findIndexSS(structs, range.clock); at < structs.length; at++) {
    const struct = structs[at];
    if (struct === undefined || struct.id.clock >= end) return;
    // A GC struct is content whose whole block was deleted: it has no place left to show.
    if (struct instanceof Y.Item) yield struct;
  }
}

/** The index of the living top-level block that holds `item`, if it is in one. */
function blockIndex(item: Y.Item, side: Side): number | undefined {
  let current: Y.Item | null = item;
  while (current !== null) {
    const parent: unknown = current.parent;
    if (parent === side.fragment) return side.blocks.get(current);
    if (!(parent instanceof Y.AbstractType)) return undefined;
    current = parent._item;
  }
  return undefined;
}
