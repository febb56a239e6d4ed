import type { TiptapNode } from '@rapporteur/diff';
import { MAX_LEVEL, MIN_LEVEL, paragraphNumbers } from '@rapporteur/editor-schema';

/** A numbered paragraph's computed number ('8.2.1.1.') and its level (1 to 6). */
export interface ParagraphNumber {
  readonly number: string;
  readonly level: number;
}

const NUMBERED_PARAGRAPH = 'numberedParagraph';

/**
 * A node's `level` brought into 1..6, as every reader of a level does: exports never fail on a
 * level, even one a peer wrote out of range.
 */
export function levelOf(node: TiptapNode): number {
  const raw = node.attrs?.['level'];
  const value = typeof raw === 'number' ? raw : Number.parseInt(String(raw), 10);
  if (!Number.isFinite(value)) return MIN_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.trunc(value)));
}

/**
 * The number of every numbered paragraph of the document, by node, computed by editor-schema's
 * paragraphNumbers over the paragraphs in document order (nested ones included, as renderHtml
 * and the editor count them). Numbers are never stored, so each export computes them here.
 *
 * @example numberParagraphs(doc).get(block)?.number // '8.2.1.1.'
 */
export function numberParagraphs(doc: TiptapNode): ReadonlyMap<TiptapNode, ParagraphNumber> {
  const numbered: TiptapNode[] = [];
  const visit = (node: TiptapNode): void => {
    if (node.type === NUMBERED_PARAGRAPH) {
      numbered.push(node);
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  const levels = numbered.map(levelOf);
  const numbers = paragraphNumbers(levels);
  return new Map(
    numbered.map((node, index) => [
      node,
      { number: numbers[index] ?? '', level: levels[index] ?? MIN_LEVEL },
    ]),
  );
}
