import type { InlinePiece } from '../document/inline-pieces.js';
import type { PdfContent } from './pdf-engine.js';

export const LINK_COLOUR = '#003366';

/**
 * Inline pieces as pdfmake text runs: marks as its options, links as real link annotations
 * (underlined, in the link colour), hard breaks as line breaks.
 */
export function pdfRuns(pieces: readonly InlinePiece[]): PdfContent[] {
  return pieces.map((piece): PdfContent => {
    if (piece.kind === 'break') return '\n';
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
