import type { InlinePiece } from '../document/inline-pieces.js';
import type { NoteList } from '../document/note-list.js';
import type { PdfContent } from './pdf-engine.js';
import { noteDestination } from './pdf-notes.js';

export const LINK_COLOUR = '#003366';

/**
 * Inline pieces as pdfmake text runs: marks as its options, links as real link annotations
 * (underlined, in the link colour), hard breaks as line breaks, a footnote as its number,
 * superscript, its text added to `notes` (pdfNotes writes them after the body).
 */
export function pdfRuns(pieces: readonly InlinePiece[], notes: NoteList): PdfContent[] {
  return pieces.map((piece): PdfContent => {
    if (piece.kind === 'break') return '\n';
    if (piece.kind === 'note') return pdfNoteReference(notes.add(piece.text));
    const { style } = piece;
    const decoration = [
      ...(style.underline || style.href !== undefined ? ['underline'] : []),
      ...(style.strike ? ['lineThrough'] : []),
    ];
    return {
      text: piece.text,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italics: true } : {}),
      ...(decoration.length === 0 ? {} : { decoration }),
      ...(style.code ? { background: '#eeeeee' } : {}),
      ...(style.href === undefined ? {} : { link: style.href, color: LINK_COLOUR }),
    };
  });
}

/** A footnote's reference in the text: its number, superscript, linked to its note. */
function pdfNoteReference(number: number): PdfContent {
  return {
    text: String(number),
    sup: true,
    color: LINK_COLOUR,
    linkToDestination: noteDestination(number),
  };
}
