import { paragraphsOf } from '@rapporteur/anchors';
import type { ImportPreview, OutlineEntry } from '@rapporteur/api-contract';
import type { ImportResult } from '@rapporteur/editor-schema';
import * as Y from 'yjs';
import { documentAsUpdate } from './draft-update.js';

// About a line of the preview: enough to recognise a paragraph, short enough to scan 77 of them.
const SNIPPET_CHARACTERS = 80;

/** The opening words of `text`, cut at a word boundary and marked with an ellipsis when cut. */
export function snippetOf(text: string, limit = SNIPPET_CHARACTERS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  // A single word longer than the limit is cut where it is, not dropped.
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * What an import would make of a document, as a person checks it before importing: the title,
 * the numbered paragraphs with the numbers the editor will show, and the warnings. The numbers
 * come from the same path an import takes (the document as a Yjs update, read back by
 * paragraphsOf), so the preview cannot number differently from the draft.
 */
export function importPreview(imported: ImportResult): ImportPreview {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, documentAsUpdate(imported.doc));
    const outline: OutlineEntry[] = paragraphsOf(ydoc).flatMap(({ number, text }) =>
      number === null ? [] : [{ number, level: number.split('.').length, text: snippetOf(text) }],
    );
    return {
      title: imported.title,
      outline,
      paragraphs: outline.length,
      warnings: [...imported.warnings],
    };
  } finally {
    ydoc.destroy();
  }
}
