import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

import type { InlinePiece, InlineStyle } from '../document/inline-pieces.js';
import { MONOSPACE } from './docx-styles.js';

/**
 * A run from options only. TextRun also takes a plain string, so an object literal passed to it
 * is checked against `string` too, whose deprecated `bold()` and `italics()` the linter then
 * reports; typing the options first avoids that.
 */
export function textRun(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** Run formatting every run of a paragraph takes on top of its own marks. */
export type RunBase = Omit<IRunOptions, 'text' | 'children' | 'break'>;

function runOptions(style: InlineStyle, base: RunBase): RunBase {
  return {
    ...base,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.strike ? { strike: true } : {}),
    // Courier at the body's 12 pt looks a size larger than the serif around it.
    ...(style.code ? { font: MONOSPACE, size: 21 } : {}),
    ...(style.href === undefined ? {} : { style: 'Hyperlink' }),
  };
}

/**
 * Inline pieces as Word runs: marks as run properties, a hard break as `w:br`, and each stretch
 * of text under one link as one `w:hyperlink` to its (already vetted) address, and a footnote as a
 * real Word footnote: its reference run carries the note, which joins the document's notes when
 * written, so Word numbers them 1, 2, 3 in document order (decision 43).
 */
export function docxRuns(pieces: readonly InlinePiece[], base: RunBase = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | undefined;
  const closeLink = (): void => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = undefined;
  };
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      closeLink();
      out.push(new TextRun({ ...base, break: 1 }));
      continue;
    }
    if (piece.kind === 'note') {
      closeLink();
      out.push(footnoteReference(piece.text));
      continue;
    }
    const { href } = piece.style;
    if (href !== link?.href) closeLink();
    const run = new TextRun({ ...runOptions(piece.style, base), text: piece.text });
    if (href === undefined) out.push(run);
    else if (link) link.runs.push(run);
    else link = { href, runs: [run] };
  }
  closeLink();
  return out;
}

/** A footnote reference carrying its note: the text, in Word's footnote text style. */
function footnoteReference(text: string): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [new Paragraph({ style: 'FootnoteText', children: [textRun({ text })] })],
  });
}
