import * as Y from 'yjs';

import { draftBlocks } from './draft-blocks.js';
import { plainText } from './plain-text.js';

// What a line break (a hardBreak, the one inline node the schema has) reads as in a
// paragraph's text; any other inline element reads as one object replacement character.
const LINE_BREAK = '\n';
const INLINE_OBJECT = '\uFFFC';

/** One Y.XmlText of a paragraph: its characters start at `offset` in the paragraph's text. */
export interface ParagraphText {
  readonly ytext: Y.XmlText;
  readonly offset: number;
  readonly text: string;
}

/** A text block of the draft as review sees it. */
export interface DraftParagraph {
  readonly element: Y.XmlElement;
  /** The node type: 'numberedParagraph', 'paragraph', 'heading'... */
  readonly type: string;
  /** '8.2.1.1' for a numbered paragraph (as the editor shows it, without the final dot), else null. */
  readonly number: string | null;
  /** The paragraph's plain text; a line break reads as '\n'. */
  readonly text: string;
  /** Its texts in order. A line break separates two of them; an anchor lies inside one. */
  readonly texts: readonly ParagraphText[];
}

/**
 * The draft's text blocks in document order, with the numbers the editor shows, their plain
 * text and their Y.XmlText children.
 *
 * @example paragraphsOf(doc).find((p) => p.number === '8.2.1.1')?.text
 */
export function paragraphsOf(doc: Y.Doc): DraftParagraph[] {
  return draftBlocks(doc).map(({ element, number }) => {
    let text = '';
    const texts: ParagraphText[] = [];
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) {
        const own = plainText(child);
        texts.push({ ytext: child, offset: text.length, text: own });
        text += own;
      } else {
        text +=
          child instanceof Y.XmlElement && child.nodeName === 'hardBreak'
            ? LINE_BREAK
            : INLINE_OBJECT;
      }
    }
    return { element, type: element.nodeName, number, text, texts };
  });
}
