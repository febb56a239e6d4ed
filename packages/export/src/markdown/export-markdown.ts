import type { TiptapNode } from '@rapporteur/diff';

import { coverFields, type ExportCover } from '../cover/export-cover.js';
import { exportableDocument } from '../document/exportable-document.js';
import { noteList } from '../document/note-list.js';
import { numberParagraphs } from '../document/paragraph-numbering.js';
import {
  codeSpan,
  escapeClosingHashes,
  escapeLineStart,
  escapeMarkdown,
} from './escape-markdown.js';
import { markdownBlocks } from './markdown-blocks.js';
import { markdownNotes } from './markdown-inline.js';

/**
 * The document as Markdown (CommonMark, GFM tables): the cover first (the meeting as a title,
 * then one `- **Label:** value` line per field, the fingerprint in full as code), a rule, then
 * the document with each numbered paragraph's computed number as text. Throws a RangeError for
 * a document that does not fit the schema. Footnotes are `[^1]` references with their
 * `[^1]: text` definitions after the document, numbered in document order.
 *
 * @example exportMarkdown(doc, cover) // '# Council Working Group ...\n\n- **Document:** S19-...'
 */
export function exportMarkdown(stored: TiptapNode, cover: ExportCover): string {
  const doc = exportableDocument(stored, 'exportMarkdown');
  const notes = noteList();
  const blocks = markdownBlocks(doc.content ?? [], { numbers: numberParagraphs(doc), notes });
  const definitions = notes.texts.length === 0 ? [] : [markdownNotes(notes).join('\n')];
  return `${[coverBlock(cover), '---', ...blocks, ...definitions].join('\n\n')}\n`;
}

function coverBlock(cover: ExportCover): string {
  const fields = coverFields(cover).map(({ label, value, monospace }) => {
    const shown = monospace ? codeSpan(oneLine(value)) : escapeMarkdown(oneLine(value));
    return `- **${label}:** ${shown}`;
  });
  const title = escapeClosingHashes(escapeLineStart(escapeMarkdown(oneLine(cover.meetingTitle))));
  return [`# ${title}`, '', ...fields].join('\n');
}

/** A cover field is one line: a newline would end the heading or the list item. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
