// The ITU summary against an edited copy, with who did what, for the tracked-changes export:
// Ana rewords a phrase of 8.2.1.1, Ben adds 8.2.1.3, Chen removes 8.4.4; and a renumbering
// edit: Ben adds a section before section 8, which becomes 9.
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

/** The renumbering edit's new section, and when each person made their edit. */
export const NEW_SECTION = 'Preparations for the WSIS Forum 2020 high-level track';
export const EDIT_TIMES: ReadonlyMap<string, string> = new Map([
  ['ana', '2019-09-26T10:15:07Z'],
  ['ben', '2019-09-26T11:02:44Z'],
  ['chen', '2019-09-27T08:00:00Z'],
]);

/**
 * The summary with a section inserted before section 8 by Ben (so 8 and everything after it
 * renumber), a phrase of 8.2.1.1 reworded by Ana, and 8.4.4 removed by Chen: the diff, both
 * documents and who is who.
 */
export function renumberedExample(): TrackedExample & {
  readonly before: TiptapNode;
  readonly after: TiptapNode;
} {
  const before = summaryDocument();
  const reworded = indexOfSection(before, '8.2.1.1.');
  const removedAt = indexOfSection(before, '8.4.4.');
  const removed = documentText(blocksOf(before)[removedAt] ?? { type: 'doc' });
  const insertedAt = indexOfSection(before, '8.');

  let after = replaceText(before, reworded, EDIT);
  after = splice(after, removedAt, { remove: 1 });
  after = splice(after, insertedAt, { insert: [numbered(1, NEW_SECTION)] });
  const deleted = [
    attribution(before, { index: reworded, text: EDIT.from, author: 'ana' }),
    attribution(before, { index: removedAt, text: removed, author: 'chen' }),
  ];
  const written = [
    attribution(after, { index: insertedAt, text: NEW_SECTION, author: 'ben' }),
    attribution(after, { index: reworded + 1, text: EDIT.to, author: 'ana' }),
  ];
  const diff = diffDocuments(
    { doc: before, authors: authorRuns(documentText(before).length, deleted) },
    { doc: after, authors: authorRuns(documentText(after).length, written) },
  );
  const { names } = trackedExample();
  return { diff, names, edit: EDIT, added: NEW_SECTION, removed, before, after };
}
