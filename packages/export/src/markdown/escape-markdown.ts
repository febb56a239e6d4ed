// Text from a document must read back as the same text, whatever it contains: a delegate's
// "*" or "[1]" is not emphasis or a link. Escapes follow CommonMark (any ASCII punctuation may
// take a backslash) and stay minimal where a character is only special in context, so that
// "WSIS&SDG" or "3 < 4" are written as they are.

// Special anywhere in a line: escapes, code, emphasis, links, GFM strikethrough.
const ALWAYS = /[\\`*_[\]~]/g;
// An entity reference ("&amp;", "&#169;") would be decoded; a lone "&" is text.
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
// An autolink or raw HTML starts with "<" and a letter, "/", "!" or "?"; "3 < 4" is text.
const TAG = /<(?=[A-Za-z/!?])/g;

/** Escapes text for the middle of a Markdown line. */
export function escapeMarkdown(text: string): string {
  return text.replace(ALWAYS, '\\$&').replace(ENTITY, '\\&').replace(TAG, '\\<');
}

// At the start of a line: a heading, a quote, a list item or thematic break, a setext
// underline, an ordered list ("12. " or "12) "), or indentation that would make a code block.
// A number with a dot is escaped whatever follows: "4.2.1. Text" is no list in CommonMark, but
// Rapporteur's own importer would read it as numbered paragraph 4.2.1.
const LINE_START_MARK = /^[#>+\-=]/;
const ORDERED_MARKER = /^(\d+)([.)])/;
const LEADING_SPACE = /^[ \t]/;

/**
 * Escapes what is special only at the start of a line, for a line already escaped with
 * escapeMarkdown (or built from escaped text and markup that starts with none of these).
 */
export function escapeLineStart(line: string): string {
  if (LINE_START_MARK.test(line)) return `\\${line}`;
  if (ORDERED_MARKER.test(line)) return line.replace(ORDERED_MARKER, '$1\\$2');
  if (LEADING_SPACE.test(line)) {
    return `${line.startsWith('\t') ? '&#9;' : '&#32;'}${line.slice(1)}`;
  }
  return line;
}

/** A heading's trailing "#"s escaped: readers strip them as a closing sequence. */
export function escapeClosingHashes(text: string): string {
  return text.replace(/#+$/, (hashes) => hashes.replaceAll('#', '\\#'));
}

/** A code span holding `text` verbatim: the fence is longer than any run of backticks in it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A code fence for a code block's text: longer than any run of backticks in it. */
export function codeFence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
