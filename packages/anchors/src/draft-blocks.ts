import {
  DRAFT_FIELD,
  NUMBERED_PARAGRAPH,
  paragraphNumbers,
  rapporteurSchema,
} from '@rapporteur/editor-schema';
import * as Y from 'yjs';

/** A text block of the draft (a paragraph, a heading, a numbered paragraph...) and its number. */
export interface DraftBlock {
  readonly element: Y.XmlElement;
  /** '8.2.1.1' for a numbered paragraph (the editor's number without its final dot), else null. */
  readonly number: string | null;
}

/** The draft's shared fragment, where the editor keeps the document. */
export function draftFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DRAFT_FIELD);
}

/**
 * The text blocks of the draft in document order, each with its paragraph number. Walks the
 * way the editor's numbering plugin walks ProseMirror's document (every descendant, not only
 * top-level blocks, never into a text block), and numbers with `paragraphNumbers`, the only
 * numbering code, so that the numbers are the ones people see. Linear in the number of elements.
 */
export function draftBlocks(doc: Y.Doc): DraftBlock[] {
  const elements: Y.XmlElement[] = [];
  const levels: number[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (isTextBlock(child)) {
        elements.push(child);
        // paragraphNumbers clamps whatever a peer stored (NaN becomes level 1), as the editor does.
        if (child.nodeName === NUMBERED_PARAGRAPH) levels.push(Number(child.getAttribute('level')));
      } else {
        visit(child);
      }
    }
  };
  visit(draftFragment(doc));
  const numbers = paragraphNumbers(levels);
  let next = 0;
  return elements.map((element) => ({
    element,
    number: element.nodeName === NUMBERED_PARAGRAPH ? withoutFinalDot(numbers[next++] ?? '') : null,
  }));
}

function isTextBlock(element: Y.XmlElement): boolean {
  const type = rapporteurSchema().nodes[element.nodeName];
  if (type !== undefined) return type.isTextblock;
  // A node the schema does not know (a peer may store anything): a text block if it holds text.
  return element.toArray().some((child) => child instanceof Y.XmlText);
}

function withoutFinalDot(number: string): string {
  return number.endsWith('.') ? number.slice(0, -1) : number;
}
