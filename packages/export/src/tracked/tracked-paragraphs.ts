import type { BlockChange } from '@rapporteur/diff';
import {
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

import { numberedParagraphOptions } from '../docx/docx-paragraph-numbers.js';
import { HEADING_LEVELS } from '../docx/docx-styles.js';
import type { RevisionMarks } from './revision-marks.js';
import type { TrackedStep } from './tracked-sequence.js';

/** Whether runs are plain, or an insertion or a deletion by these authors. */
interface Revision {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly authors: readonly string[];
  /** The block the words are in, whose edits date the marks. */
  readonly block: BlockChange;
}

/**
 * One step of the diff as a Word paragraph with revision marks: kept words plain, inserted
 * words in `w:ins`, deleted words in `w:del`; a block added (or moved here) inserted whole,
 * paragraph mark included, a block removed (or moved away) deleted whole, so that accepting
 * every change gives the new text and rejecting every change gives the old one. Numbered
 * paragraphs are in Word's paragraph numbering, so their numbers follow either way. Every mark
 * has an id of its own.
 */
export function trackedParagraph(step: TrackedStep, marks: RevisionMarks): Paragraph {
  const { change } = step;
  const whole = wholeRevision(step);
  if (whole === undefined) return blockParagraph(change, wordRuns(change, marks));
  const revision: Revision = { op: whole, authors: change.authors, block: change };
  const text = whole === 'insert' ? change.after?.text : change.before?.text;
  // The paragraph mark is revised too: Reject All removes an inserted paragraph whole and Word
  // renumbers the rest, so the numbers go back with the text.
  const paragraphMark = marks.next(change.authors, change);
  return blockParagraph(change, textRuns(text ?? '', revision, marks), {
    run: whole === 'insert' ? { insertion: paragraphMark } : { deletion: paragraphMark },
  });
}

function wholeRevision(step: TrackedStep): 'insert' | 'delete' | undefined {
  if (step.show === 'moved-away') return 'delete';
  switch (step.change.kind) {
    case 'added':
    case 'moved':
      return 'insert';
    case 'removed':
      return 'delete';
    case 'unchanged':
    case 'changed':
      return undefined;
  }
}

/** A block in place: its kept words plain, its inserted and deleted words marked. */
function wordRuns(change: BlockChange, marks: RevisionMarks): ParagraphChild[] {
  // A level or type change alone has no words: the block is shown as it is now.
  if (change.words === undefined) {
    return textRuns(change.after?.text ?? '', { op: 'equal', authors: [], block: change }, marks);
  }
  return change.words.flatMap((part) => {
    const authors = part.authors.length > 0 ? part.authors : change.authors;
    return textRuns(part.text, { op: part.op, authors, block: change }, marks);
  });
}

function revisedRun(
  options: IRunOptions,
  how: { revision: Revision; marks: RevisionMarks },
): ParagraphChild {
  const { revision, marks } = how;
  if (revision.op === 'equal') return new TextRun(options);
  const mark = marks.next(revision.authors, revision.block);
  return revision.op === 'insert'
    ? new InsertedTextRun({ ...options, ...mark })
    : new DeletedTextRun({ ...options, ...mark });
}

/** Text as runs, a line break for each '\n' (a block's text joins list items and cells so). */
function textRuns(text: string, revision: Revision, marks: RevisionMarks): ParagraphChild[] {
  if (text === '') return [];
  return text
    .split('\n')
    .map((line, index) =>
      revisedRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }, { revision, marks }),
    );
}

/** The paragraph in the style its block has in exportDocx. */
function blockParagraph(
  change: BlockChange,
  children: ParagraphChild[],
  extra: Pick<IParagraphOptions, 'run'> = {},
): Paragraph {
  const level = Math.min(6, Math.max(1, change.level ?? 1));
  switch (change.blockType) {
    case 'numberedParagraph':
      return new Paragraph({ ...extra, ...numberedParagraphOptions(level), children });
    case 'heading':
      return new Paragraph({ ...extra, heading: HEADING_LEVELS[level - 1], children });
    default:
      return new Paragraph({ ...extra, children });
  }
}
