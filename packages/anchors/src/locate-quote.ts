import type * as Y from 'yjs';

import { type Anchor, anchorOf } from './anchor.js';
import { ANCHOR_REFUSALS, AnchorError } from './anchor-error.js';
import { type DraftParagraph, paragraphsOf } from './paragraphs.js';

/** A quote found in the draft: its anchor, the paragraph's number as stored, and the quote. */
export interface LocatedQuote {
  readonly anchor: Anchor;
  /** '8.2.1.1': the number without its final dot. */
  readonly paragraph: string;
  readonly quote: string;
}

// Numbers as people type them: '8.2.1.1' or '8.2.1.1.'.
const PARAGRAPH_NUMBER = /^\d+(?:\.\d+)*\.?$/;

/**
 * Finds `quote` in the numbered paragraph `paragraph` ('8.2.1.1' or '8.2.1.1.') and anchors it.
 * An empty quote anchors the insertion point at the end of the paragraph. The quote must occur
 * exactly once, inside one line of the paragraph (a Y.XmlText); otherwise an AnchorError
 * `paragraph_not_found`, `quote_not_found` or `quote_ambiguous` says what to change.
 *
 * @example locateQuote(doc, '8.2.1.1.', 'expired') // { anchor, paragraph: '8.2.1.1', quote: 'expired' }
 */
export function locateQuote(doc: Y.Doc, paragraph: string, quote: string): LocatedQuote {
  const found = findParagraph(paragraphsOf(doc), paragraph.trim());
  const number = found.number ?? '';
  if (quote === '') return { anchor: endOf(found), paragraph: number, quote };

  const matches = found.texts.flatMap(({ ytext, text }) =>
    occurrences(text, quote).map((at) => ({ ytext, at })),
  );
  const [match, ...others] = matches;
  if (match === undefined) throw quoteNotFound(found, quote);
  if (others.length > 0) {
    throw new AnchorError(
      ANCHOR_REFUSALS.quoteAmbiguous,
      `"${shortened(quote)}" appears ${matches.length} times in paragraph ${number}; quote more of the text around it so that it appears once.`,
    );
  }
  return {
    anchor: anchorOf(match.ytext, match.at, match.at + quote.length),
    paragraph: number,
    quote,
  };
}

function findParagraph(paragraphs: readonly DraftParagraph[], asked: string): DraftParagraph {
  const numbered = paragraphs.filter((candidate) => candidate.number !== null);
  const wanted = asked.endsWith('.') ? asked.slice(0, -1) : asked;
  const found = PARAGRAPH_NUMBER.test(asked)
    ? numbered.find((candidate) => candidate.number === wanted)
    : undefined;
  if (found !== undefined) return found;

  const first = numbered[0]?.number;
  const last = numbered[numbered.length - 1]?.number;
  const range =
    first === undefined || last === undefined
      ? 'the draft has no numbered paragraphs yet.'
      : `paragraphs run from ${first} to ${last}.`;
  const what = PARAGRAPH_NUMBER.test(asked)
    ? `There is no paragraph ${wanted} in the draft`
    : `"${shortened(asked)}" is not a paragraph number (write it as the editor shows it, e.g. 8.2.1.1)`;
  throw new AnchorError(ANCHOR_REFUSALS.paragraphNotFound, `${what}; ${range}`);
}

/** The insertion point at the very end of a paragraph: the end of its last text. */
function endOf(paragraph: DraftParagraph): Anchor {
  const last = paragraph.texts[paragraph.texts.length - 1];
  if (last === undefined) {
    throw new AnchorError(
      ANCHOR_REFUSALS.quoteNotFound,
      `Paragraph ${paragraph.number ?? ''} is empty: there is no text to anchor to; type into it in the editor instead.`,
    );
  }
  return anchorOf(last.ytext, last.text.length, last.text.length);
}

/** Where `quote` starts in `text`, overlapping occurrences included ('aa' is twice in 'aaa'). */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function quoteNotFound(paragraph: DraftParagraph, quote: string): AnchorError {
  const number = paragraph.number ?? '';
  const sentence = paragraph.text.includes(quote)
    ? `"${shortened(quote)}" runs across a line break in paragraph ${number}; quote a part within one line.`
    : `Paragraph ${number} does not contain "${shortened(quote)}"; copy the quote exactly (same spaces and punctuation) from the draft as it is now.`;
  return new AnchorError(ANCHOR_REFUSALS.quoteNotFound, sentence);
}

// Long quotes are cut in sentences: the sentence must stay readable, the person knows the rest.
function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
