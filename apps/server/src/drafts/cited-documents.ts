import type { JSONContent } from '@tiptap/core';
import { findSymbols, LIMITS, type ItuSymbol } from '@rapporteur/domain';

/** A contribution the imported text cites, with what the text around it says of it. */
export type CitedDocument = {
  /** 'S19-CWGWSIS34-C-0001', as the register keeps it. */
  readonly symbol: string;
  readonly revision: number;
  readonly title: string;
  readonly source: string;
};

/** What the register says when the text does not name who submitted a document. */
export const SOURCE_NOT_STATED = 'Not stated';

// "6.2. ", "8.2.1.1." at the start of a block: the paragraph's number, not its title.
const LEADING_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;
// "The Kingdom of Saudi Arabia introduced their document: S19-..."
const INTRODUCED =
  /^(?:the\s+)?(.+?)\s+(?:introduced|presented)\s+(?:their|its|his|her|the)\s+(?:document|contribution)s?\s*:?\s*$/i;
// "Contribution by the Russian Federation: Proposals for ..." or "... by X - Title:"
const CONTRIBUTION_BY = /^contribution\s+by\s+(?:the\s+)?(.+?)\s*(?:[:\u2013-])\s+(.+)$/i;

/**
 * Every contribution cited in a document, once per symbol and revision, in order of first
 * citation. A title is the text before "(symbol)" in its paragraph; "X introduced their
 * document: symbol" names the source, and the paragraph before ("Contribution by X - Title:")
 * the title. What the text does not say is the symbol itself and "Not stated": people correct
 * the register afterwards.
 */
export function citedDocuments(doc: JSONContent): readonly CitedDocument[] {
  const cited = new Map<string, CitedDocument>();
  let previous = '';
  for (const block of textBlocks(doc)) {
    for (const { from, to, symbol } of findSymbols(block)) {
      const key = `${symbol.base.toUpperCase()} ${symbol.revision}`;
      if (!cited.has(key))
        cited.set(
          key,
          describe(symbol, { before: block.slice(0, from), after: block.slice(to), previous }),
        );
    }
    previous = block;
  }
  return [...cited.values()];
}

function describe(
  symbol: ItuSymbol,
  { before, after, previous }: { before: string; after: string; previous: string },
): CitedDocument {
  const base = { symbol: symbol.base, revision: symbol.revision };
  const lead = before.replace(LEADING_NUMBER, '');
  const introduced = INTRODUCED.exec(lead.trim());
  if (introduced?.[1] !== undefined) {
    const heading = trimTitle(previous.replace(LEADING_NUMBER, ''));
    const by = CONTRIBUTION_BY.exec(heading);
    return {
      ...base,
      source: limit(introduced[1], LIMITS.source),
      title: limit(trimTitle(by?.[2] ?? heading) || symbol.base, LIMITS.documentTitle),
    };
  }
  const inParentheses = /\(\s*$/.test(lead) && /^\s*\)/.test(after);
  const title = inParentheses ? trimTitle(lead) : '';
  return {
    ...base,
    title: limit(title || symbol.base, LIMITS.documentTitle),
    source: SOURCE_NOT_STATED,
  };
}

function trimTitle(text: string): string {
  return text.replace(/[\s(:\u2013-]+$/, '').trim();
}

function limit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The text of each block that holds text, in document order. */
export function textBlocks(node: JSONContent): string[] {
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text'))
    return [children.map((child) => child.text ?? '').join('')];
  return children.flatMap(textBlocks);
}
