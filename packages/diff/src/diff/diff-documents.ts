import { sortedAuthors } from '../authors/author-runs.js';
import { docLength } from '../document/block-text.js';
import type { Block } from '../document/blocks.js';
import { alignBlocks, type Aligned } from '../match/align-blocks.js';
import { sectionHomes, summarizeSections } from './section-summaries.js';
import {
  attributedText,
  blockAt,
  readSide,
  type DiffSide,
  type ReadSide,
  type Sides,
} from './sides.js';
import type { BlockChange, DocumentDiff } from './types.js';
import { addRangeAuthors, diffWords } from './word-parts.js';

/** A change and the documentText characters it inserts and deletes, for the stats. */
interface Described {
  readonly change: BlockChange;
  readonly inserted: number;
  readonly deleted: number;
}

/**
 * Compares two documents block by block, then word by word within the blocks that changed, with
 * sections numbered as in each document and, when author runs are given, who did what.
 *
 * @example diffDocuments({ doc: approved }, { doc: draft, authors }).sections
 * // [{ section: '8.4.3.', kinds: ['changed'], authors: ['user_7f3a'] }]
 */
export function diffDocuments(before: DiffSide, after: DiffSide): DocumentDiff {
  const sides: Sides = { before: readSide(before), after: readSide(after) };
  const aligned = alignBlocks(sides.before.blocks, sides.after.blocks);
  const described = aligned.map((entry) => describe(entry, sides));
  const changes = described.map((entry) => entry.change);
  return {
    changes,
    sections: summarizeSections(changes, sectionHomes(aligned, sides)),
    stats: {
      insertedCharacters: described.reduce((sum, entry) => sum + entry.inserted, 0),
      deletedCharacters: described.reduce((sum, entry) => sum + entry.deleted, 0),
      changedBlocks: changes.filter((change) => change.kind !== 'unchanged').length,
    },
  };
}

/** The fields a block gives a change: its type, level and section. */
function shape(block: Block): Pick<BlockChange, 'blockType' | 'level' | 'section'> {
  return {
    blockType: block.type,
    ...(block.level === undefined ? {} : { level: block.level }),
    section: block.section,
  };
}

function wholeBlock(block: Block): readonly [number, number] {
  return [0, block.text.length];
}

function describe(entry: Aligned, sides: Sides): Described {
  if (entry.kind === 'added') return describeOneSided('added', sides.after, entry.after);
  if (entry.kind === 'removed') return describeOneSided('removed', sides.before, entry.before);
  return describeMatched(entry, sides);
}

/** A block on one side only: added (after) or removed (before), whole, by its authors. */
function describeOneSided(kind: 'added' | 'removed', side: ReadSide, index: number): Described {
  const block = blockAt(side, index);
  const authors = new Set<string>();
  addRangeAuthors(attributedText(side, index), wholeBlock(block), authors);
  const text = { index: block.index, text: block.text };
  const characters = docLength(block.spans, 0, block.text.length);
  return {
    change: {
      kind,
      ...shape(block),
      ...(kind === 'added' ? { after: text } : { before: text }),
      authors: sortedAuthors(authors),
    },
    inserted: kind === 'added' ? characters : 0,
    deleted: kind === 'removed' ? characters : 0,
  };
}

/** A block on both sides: unchanged, changed in place, or moved. */
function describeMatched(
  entry: Extract<Aligned, { readonly before: number; readonly after: number }>,
  sides: Sides,
): Described {
  const old = blockAt(sides.before, entry.before);
  const block = blockAt(sides.after, entry.after);
  const common = {
    kind: entry.kind,
    ...shape(block),
    ...(old.section === block.section ? {} : { previousSection: old.section }),
    before: { index: old.index, text: old.text },
    after: { index: block.index, text: block.text },
  };
  if (entry.kind === 'unchanged')
    return { change: { ...common, authors: [] }, inserted: 0, deleted: 0 };

  const authors = new Set<string>();
  if (entry.kind === 'moved') {
    addRangeAuthors(attributedText(sides.after, entry.after), wholeBlock(block), authors);
  }
  // A level or type change alone has no words to show; the number shows it.
  if (old.text === block.text) {
    return { change: { ...common, authors: sortedAuthors(authors) }, inserted: 0, deleted: 0 };
  }
  const words = diffWords(
    attributedText(sides.before, entry.before),
    attributedText(sides.after, entry.after),
  );
  for (const part of words.parts) for (const author of part.authors) authors.add(author);
  return {
    change: { ...common, words: words.parts, authors: sortedAuthors(authors) },
    inserted: words.inserted,
    deleted: words.deleted,
  };
}
