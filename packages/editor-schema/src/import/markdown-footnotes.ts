import type { SourceLine } from './source-lines.js';
import { cleanText } from './source-lines.js';

// "[^1]: The note's text", continued by indented lines, as GitHub and Pandoc write them.
const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/;
const CONTINUATION = /^(?: {2,}|\t)\S/;

/** Footnote definitions taken out of a Markdown source, and the lines that remain. */
export interface FootnoteDefinitions {
  /** The note's Markdown text by label ("1", "note"). */
  readonly notes: ReadonlyMap<string, { readonly text: string; readonly line: number }>;
  readonly lines: readonly SourceLine[];
}

/**
 * Takes the footnote definitions out of the lines, wherever they stand, so that references
 * (`[^1]`) anywhere in the text can find them and the definitions are not read as paragraphs.
 * A label defined twice keeps its first definition and warns.
 */
export function takeFootnotes(
  lines: readonly SourceLine[],
  warnings: string[],
): FootnoteDefinitions {
  const notes = new Map<string, { text: string; line: number }>();
  const remaining: SourceLine[] = [];
  let open: { text: string; line: number } | undefined;
  for (const source of lines) {
    const definition = DEFINITION.exec(source.text);
    if (definition) {
      const [, label = '', text = ''] = definition;
      open = { text: cleanText(text), line: source.line };
      if (notes.has(label)) {
        warnings.push(`line ${source.line}: footnote [^${label}] is defined twice; kept the first`);
      } else {
        notes.set(label, open);
      }
    } else if (open && CONTINUATION.test(source.text)) {
      open.text = `${open.text} ${cleanText(source.text)}`.trim();
    } else {
      open = undefined;
      remaining.push(source);
    }
  }
  return { notes, lines: remaining };
}
