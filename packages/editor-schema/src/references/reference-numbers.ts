import { clampLevel, paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { CROSS_REFERENCE, NUMBERED_PARAGRAPH, nodeNames } from '../schema/node-names.js';
import { paragraphIdOr } from './paragraph-ids.js';

/** A document node as any reader holds it (Tiptap's JSONContent, the diff's TiptapNode). */
export interface ReadonlyNode {
  readonly type?: string | undefined;
  readonly attrs?: Readonly<Record<string, unknown>> | undefined;
  readonly content?: readonly ReadonlyNode[] | undefined;
  readonly text?: string | undefined;
}

/** "8.2." -> "8.2": in running text ("paragraph 8.2 above") a number has no final dot. */
export function referenceNumber(paragraphNumber: string): string {
  return paragraphNumber.endsWith('.') ? paragraphNumber.slice(0, -1) : paragraphNumber;
}

/**
 * The current number, as running text writes it, of every numbered paragraph that has an id,
 * by id, for a JSON document. Numbered by the same paragraphNumbers as the editor.
 *
 * @example referenceNumbersOf(doc).get('p-3k9x0q2m7a1z') // '9'
 */
export function referenceNumbersOf(doc: ReadonlyNode): Map<string, string> {
  const paragraphs: { id: string | null; level: number }[] = [];
  const visit = (node: ReadonlyNode): void => {
    if (node.type === NUMBERED_PARAGRAPH) {
      paragraphs.push({
        id: paragraphIdOr(node.attrs?.['id']),
        level: clampLevel(node.attrs?.['level']),
      });
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  const numbers = paragraphNumbers(paragraphs.map((paragraph) => paragraph.level));
  const byId = new Map<string, string>();
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.id !== null && !byId.has(paragraph.id))
      byId.set(paragraph.id, referenceNumber(numbers[i] ?? ''));
  });
  return byId;
}

/** A reference whose paragraph is gone, and where it is: for the check before approval. */
export interface BrokenReference {
  /** The number it showed when last seen ("8"), or '' when it never had one. */
  readonly label: string;
  /** The number of the numbered paragraph it sits in or follows ("10.1."), or '' before any. */
  readonly inParagraph: string;
  /** The text of the block it sits in, shortened, so a person can find it. */
  readonly context: string;
}

/** The cross-references of a JSON document whose target paragraph no longer exists. */
export function brokenReferencesOf(doc: ReadonlyNode): BrokenReference[] {
  const byId = referenceNumbersOf(doc);
  const levels: number[] = [];
  const found: { label: string; numberIndex: number; context: string }[] = [];
  const visit = (node: ReadonlyNode, block: ReadonlyNode | undefined): void => {
    if (node.type === NUMBERED_PARAGRAPH) levels.push(clampLevel(node.attrs?.['level']));
    const home = node.content?.some((child) => child.type === nodeNames.text) ? node : block;
    if (node.type === CROSS_REFERENCE) {
      const target = paragraphIdOr(node.attrs?.['target']);
      if (target === null || !byId.has(target)) {
        const label: unknown = node.attrs?.['label'];
        found.push({
          label: typeof label === 'string' ? label : '',
          numberIndex: levels.length - 1,
          context: shortText(home),
        });
      }
      return;
    }
    node.content?.forEach((child) => {
      visit(child, home);
    });
  };
  // Read with current numbers, so that the context reads as the draft shows it now.
  visit(withCurrentReferenceNumbers(doc), undefined);
  const numbers = paragraphNumbers(levels);
  return found.map(({ label, numberIndex, context }) => ({
    label,
    inParagraph: numberIndex >= 0 ? (numbers[numberIndex] ?? '') : '',
    context,
  }));
}

/**
 * A copy of the document where every cross-reference's `label` is the number it shows now (a
 * broken one keeps its last label): what exports and diffs print, in one place.
 */
export function withCurrentReferenceNumbers<T extends ReadonlyNode>(doc: T): T {
  const byId = referenceNumbersOf(doc);
  const visit = <N extends ReadonlyNode>(node: N): N => {
    if (node.type === CROSS_REFERENCE) {
      const target = paragraphIdOr(node.attrs?.['target']);
      const number = target === null ? undefined : byId.get(target);
      return number === undefined ? node : { ...node, attrs: { ...node.attrs, label: number } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc);
}

function shortText(node: ReadonlyNode | undefined): string {
  let text = '';
  const visit = (child: ReadonlyNode): void => {
    if (child.type === nodeNames.text) text += child.text ?? '';
    else if (child.type === CROSS_REFERENCE) {
      const label = child.attrs?.['label'];
      text += typeof label === 'string' ? label : '';
    }
    child.content?.forEach(visit);
  };
  if (node !== undefined) visit(node);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
