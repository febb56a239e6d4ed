import type { InlinePiece, InlineStyle } from '../document/inline-pieces.js';
import type { NoteList } from '../document/note-list.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';

type TextPiece = Extract<InlinePiece, { kind: 'text' }>;

/**
 * Inline content as Markdown: `**bold**`, `*italic*`, `~~struck~~`, `` `code` ``,
 * `[text](https://...)`; underline has no Markdown and stays plain text. A hard break is a
 * backslash at the end of the line (`lineBreak` lets a table cell use `<br>` instead). A footnote
 * is a reference `[^1]`, its text added to `notes` for the definitions at the end.
 *
 * Each run is wrapped on its own, with its spaces moved outside the delimiters: `** x**` is not
 * emphasis in CommonMark, and a run's own delimiters never need to pair with another run's.
 */
export function markdownInline(
  pieces: readonly InlinePiece[],
  notes: NoteList,
  lineBreak = '\\\n',
): string {
  let out = '';
  let link: { href: string; text: string } | undefined;
  const closeLink = (): void => {
    if (link) out += `[${link.text}](${escapeDestination(link.href)})`;
    link = undefined;
  };
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      closeLink();
      out += lineBreak;
      continue;
    }
    if (piece.kind === 'note') {
      closeLink();
      out += `[^${notes.add(piece.text)}]`;
      continue;
    }
    const href = piece.style.href;
    if (href !== link?.href) closeLink();
    const text = styledText(piece);
    if (href === undefined) out += text;
    else if (link) link.text += text;
    else link = { href, text };
  }
  closeLink();
  return out;
}

function styledText(piece: TextPiece): string {
  const { style } = piece;
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(piece.text) ?? [];
  if (core === '') return escapeMarkdown(piece.text);
  let text = style.code ? codeSpan(core) : escapeMarkdown(core);
  for (const delimiter of delimiters(style)) text = `${delimiter}${text}${delimiter}`;
  return `${lead}${text}${trail}`;
}

/** Innermost first. */
function delimiters(style: InlineStyle): string[] {
  return [
    ...(style.italic ? ['*'] : []),
    ...(style.bold ? ['**'] : []),
    ...(style.strike ? ['~~'] : []),
  ];
}

// A normalised URL has no spaces or angle brackets; parentheses are its only characters that
// could end a destination early.
function escapeDestination(href: string): string {
  return href.replace(/[()]/g, '\\$&');
}

/**
 * The footnote definitions, `[^1]: text`, one a line, as GitHub and Pandoc read them (and our
 * importer). A note is one line of plain text, escaped like any text.
 */
export function markdownNotes(notes: NoteList): string[] {
  return notes.texts.map(
    (text, index) => `[^${index + 1}]: ${escapeMarkdown(text.replace(/\s*\n\s*/g, ' '))}`,
  );
}
