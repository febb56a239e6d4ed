import type { JSONContent } from '@tiptap/core';
import { findSymbols, type ItuSymbol } from '@rapporteur/domain';

// Text under these marks, or inside these nodes, is quoted as it is: a symbol in it is not cited.
const LEAVE_MARKS: ReadonlySet<string> = new Set(['link', 'code']);
const LEAVE_NODES: ReadonlySet<string> = new Set(['codeBlock']);

/**
 * The document with every ITU symbol in its text made a link (the `link` mark) to the address
 * `hrefOf` gives it; a symbol it gives none for stays plain text. Marks already on the text are
 * kept, and text that is a link already is left as it is: an author's link wins. Code (a `code`
 * mark, a `codeBlock`) is left alone too.
 */
export function withSymbolLinks(
  doc: JSONContent,
  hrefOf: (symbol: ItuSymbol) => string | undefined,
): JSONContent {
  if (doc.type === 'text' || LEAVE_NODES.has(doc.type ?? '')) return doc;
  const content = doc.content;
  if (content === undefined) return doc;
  return { ...doc, content: content.flatMap((child) => linked(child, hrefOf)) };
}

function linked(node: JSONContent, hrefOf: (symbol: ItuSymbol) => string | undefined) {
  if (node.type !== 'text') return [withSymbolLinks(node, hrefOf)];
  const text = node.text ?? '';
  if ((node.marks ?? []).some((mark) => LEAVE_MARKS.has(mark.type))) return [node];
  const pieces: JSONContent[] = [];
  let at = 0;
  for (const { from, to, symbol } of findSymbols(text)) {
    const href = hrefOf(symbol);
    if (href === undefined) continue;
    if (from > at) pieces.push({ ...node, text: text.slice(at, from) });
    const marks = [...(node.marks ?? []), { type: 'link', attrs: { href } }];
    pieces.push({ ...node, text: text.slice(from, to), marks });
    at = to;
  }
  if (at === 0) return [node];
  if (at < text.length) pieces.push({ ...node, text: text.slice(at) });
  return pieces;
}
