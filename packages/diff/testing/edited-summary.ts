// The ITU summary against an edited copy, with who did what: what the fixture tests and the
// benchmark compare. Editors: 'ana' changes words, 'ben' adds a section, 'chen' moves one.
import { importDocument } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';

import { documentText, type DiffSide, type TiptapNode } from '../src/index.js';
import { authorRuns, type Attribution } from './authors.js';
import {
  blocksOf,
  indexOfSection,
  moveBlocks,
  numbered,
  paragraph,
  replaceText,
  splice,
} from './documents.js';

/** The two sides, and what was done to get from one to the other. */
export interface EditedSummary {
  readonly before: DiffSide;
  readonly after: DiffSide;
  /** The word edits, by section as numbered before any of them. */
  readonly wordEdits: readonly WordEdit[];
  /** The blocks of the section added, numbered '9.' in the after document. */
  readonly added: readonly TiptapNode[];
  /** The section moved: '8.9.' (three blocks) before, to the end of section 8. */
  readonly moved: string;
}

export interface WordEdit {
  readonly section: string;
  readonly from: string;
  readonly to: string;
}

// One edit a block, so that a block's position in the text before and after is the same.
const WORD_EDITS: readonly WordEdit[] = [
  { section: '4.2.1.', from: 'twenty-second', to: 'twenty-third' },
  { section: '5.1.', from: 'several points', to: 'a few points' },
  { section: '6.3.', from: 'More than 3000', to: 'Over 3000' },
  { section: '6.7.', from: 'good ICT practices', to: 'sound ICT practices' },
  { section: '6.9.', from: 'approved the theme', to: 'adopted the theme' },
  { section: '7.2.', from: 'living document', to: 'working document' },
  { section: '8.2.1.1.', from: 'already expired', to: 'expired' },
  { section: '8.4.3.', from: 'some other big events', to: 'other major events' },
  { section: '8.5.2.', from: 'was emphasized', to: 'was stressed' },
  { section: '8.10.1.', from: 'were appreciated', to: 'were thanked' },
  { section: '8.11.1.', from: 'similar exercise', to: 'comparable exercise' },
  { section: '8.11.2.', from: 'explore synergies', to: 'seek synergies' },
];

const ADDED: readonly TiptapNode[] = [
  numbered(1, 'Date of the next meeting'),
  paragraph('The next meeting of the CWG-WSIS&SDG will be held in February 2020 in Geneva.'),
];

/** The fixture as Tiptap JSON (importDocument types it as Tiptap's JSONContent). */
export function summaryDocument(): TiptapNode {
  return importDocument(readSummaryFixture()).doc as TiptapNode;
}

/** The fixture and its edited copy, with author runs on both sides. */
export function editedSummary(): EditedSummary {
  const original = summaryDocument();
  // Attributions within a block, kept by block object so that they follow the block when
  // blocks are inserted or moved around it.
  const deleted = new Map<TiptapNode, Attribution[]>();
  const written = new Map<TiptapNode, Attribution[]>();

  let edited = original;
  for (const edit of WORD_EDITS) {
    const at = indexOfSection(original, edit.section);
    const before = blocksOf(original)[at];
    if (before === undefined) throw new RangeError(`no block ${at}`);
    const start = documentText(before).indexOf(edit.from);
    edited = replaceText(edited, at, edit);
    deleted.set(before, [{ start, end: start + edit.from.length, author: 'ana' }]);
    const after = blocksOf(edited)[at];
    if (after !== undefined) {
      written.set(after, [{ start, end: start + edit.to.length, author: 'ana' }]);
    }
  }

  const movedFrom = indexOfSection(edited, '8.9.');
  const moved = blocksOf(edited).slice(movedFrom, movedFrom + 3);
  for (const block of moved) {
    deleted.set(block, [{ start: 0, end: documentText(block).length, author: 'chen' }]);
    written.set(block, [{ start: 0, end: documentText(block).length, author: 'chen' }]);
  }
  edited = moveBlocks(edited, { from: movedFrom, count: 3 }, indexOfSection(edited, '9.') - 3);
  edited = splice(edited, indexOfSection(edited, '9.'), { insert: ADDED });
  for (const block of ADDED) {
    written.set(block, [{ start: 0, end: documentText(block).length, author: 'ben' }]);
  }

  return {
    before: { doc: original, authors: runsFor(original, deleted, null) },
    after: { doc: edited, authors: runsFor(edited, written, 'author') },
    wordEdits: WORD_EDITS,
    added: ADDED,
    moved: '8.9.',
  };
}

/** The block attributions placed at each block's offset in documentText. */
function runsFor(
  document: TiptapNode,
  within: ReadonlyMap<TiptapNode, readonly Attribution[]>,
  others: string | null,
) {
  const attributions: Attribution[] = [];
  let offset = 0;
  for (const block of blocksOf(document)) {
    for (const { start, end, author } of within.get(block) ?? []) {
      attributions.push({ start: offset + start, end: offset + end, author });
    }
    offset += documentText(block).length;
  }
  return authorRuns(offset, attributions, others);
}
