// The ITU summary against an edited copy, with who did what, for the tracked-changes export:
// Ana rewords a phrase of 8.2.1.1, Ben adds 8.2.1.3, Chen removes 8.4.4.
import { diffDocuments, documentText, type DocumentDiff, type TiptapNode } from '@rapporteur/diff';
import {
  authorRuns,
  blocksOf,
  indexOfSection,
  numbered,
  replaceText,
  splice,
  type Attribution,
} from '@rapporteur/diff/testing';

import { summaryDocument } from './documents.js';

export interface TrackedExample {
  readonly diff: DocumentDiff;
  readonly names: ReadonlyMap<string, string>;
  readonly edit: { readonly from: string; readonly to: string };
  readonly added: string;
  readonly removed: string;
}

const EDIT = { from: 'that have already expired', to: 'whose deadlines have passed' };
const ADDED = 'to circulate the updated Roadmaps to the group before its next meeting.';

/** Where `text` is in block `index`, as a stretch of the whole document's documentText. */
function attribution(
  doc: TiptapNode,
  at: { readonly index: number; readonly text: string; readonly author: string },
): Attribution {
  const blocks = blocksOf(doc);
  const offset = blocks
    .slice(0, at.index)
    .reduce((sum, block) => sum + documentText(block).length, 0);
  const start = documentText(blocks[at.index] ?? { type: 'doc' }).indexOf(at.text);
  if (start < 0) throw new RangeError(`"${at.text}" is not in block ${at.index}`);
  return { start: offset + start, end: offset + start + at.text.length, author: at.author };
}

export function trackedExample(): TrackedExample {
  const original = summaryDocument();
  const reworded = indexOfSection(original, '8.2.1.1.');
  const removedAt = indexOfSection(original, '8.4.4.');
  const removed = documentText(blocksOf(original)[removedAt] ?? { type: 'doc' });

  let edited = replaceText(original, reworded, EDIT);
  edited = splice(edited, indexOfSection(edited, '8.4.4.'), { remove: 1 });
  const addedAt = indexOfSection(edited, '8.2.1.2.') + 1;
  edited = splice(edited, addedAt, { insert: [numbered(4, ADDED)] });

  const deleted = [
    attribution(original, { index: reworded, text: EDIT.from, author: 'ana' }),
    attribution(original, { index: removedAt, text: removed, author: 'chen' }),
  ];
  const written = [
    attribution(edited, { index: reworded, text: EDIT.to, author: 'ana' }),
    attribution(edited, { index: addedAt, text: ADDED, author: 'ben' }),
  ];
  const diff = diffDocuments(
    { doc: original, authors: authorRuns(documentText(original).length, deleted) },
    { doc: edited, authors: authorRuns(documentText(edited).length, written) },
  );
  return {
    diff,
    names: new Map([
      ['ana', 'Ana Silva'],
      ['ben', 'Ben Okafor'],
      ['chen', 'Chen Wei'],
    ]),
    edit: EDIT,
    added: ADDED,
    removed,
  };
}
