import { paragraphNumbers } from '@rapporteur/editor-schema';

import { readBlockText, type TextSpan } from './block-text.js';
import type { TiptapNode } from './tiptap-node.js';

/** The node type of a numbered paragraph, whose number is its section. */
export const NUMBERED_PARAGRAPH = 'numberedParagraph';

const LEVELLED: ReadonlySet<string> = new Set([NUMBERED_PARAGRAPH, 'heading']);

/** A top-level block of a document, as the diff compares it. */
export interface Block {
  /** Its position among the document's top-level nodes. */
  readonly index: number;
  readonly type: string;
  /** numberedParagraph and heading only, clamped into 1..6. */
  readonly level: number | undefined;
  /** Readable text: nested textblocks and hard breaks as '\n'. */
  readonly text: string;
  /** Type, level and text: two blocks with the same key are the same block. */
  readonly key: string;
  readonly spans: readonly TextSpan[];
  /** Its own number if numbered, else that of the nearest numbered paragraph above it. */
  readonly section: string | null;
  /** The top-level index of the numbered paragraph `section` is the number of, if top-level. */
  readonly sectionBlock: number | null;
}

/**
 * Reads a level the way editor-schema's readers do (it does not export its clamp): whatever a
 * peer stored, into 1..6, so that `level` agrees with the number paragraphNumbers gives.
 */
function readLevel(value: unknown): number {
  const level =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number.parseInt(value, 10)
        : Number.NaN;
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 1;
}

function countNumbered(node: TiptapNode): number {
  if (node.type === NUMBERED_PARAGRAPH) return 1;
  return (node.content ?? []).reduce((sum, child) => sum + countNumbered(child), 0);
}

function nestedLevels(node: TiptapNode, into: number[]): void {
  if (node.type === NUMBERED_PARAGRAPH) {
    into.push(readLevel(node.attrs?.['level']));
    return;
  }
  node.content?.forEach((child) => {
    nestedLevels(child, into);
  });
}

/**
 * The top-level blocks of a document with their text and sections. Numbered paragraphs are
 * counted in document order, nested ones included, as the editor and renderHtml count them.
 */
export function readBlocks(doc: TiptapNode): Block[] {
  const nodes = doc.content ?? [];
  const levels: number[] = [];
  nodes.forEach((node) => {
    nestedLevels(node, levels);
  });
  const numbers = paragraphNumbers(levels);

  let docAt = 0;
  let ordinal = -1; // of the last numbered paragraph seen
  let owner: number | null = null;
  return nodes.map((node, index) => {
    const { text, spans, docEnd } = readBlockText(node, docAt);
    docAt = docEnd;
    const level = LEVELLED.has(node.type) ? readLevel(node.attrs?.['level']) : undefined;
    if (node.type === NUMBERED_PARAGRAPH) {
      ordinal += 1;
      owner = index;
    }
    const section = numbers[ordinal] ?? null;
    const sectionBlock = owner;
    const nested = node.type === NUMBERED_PARAGRAPH ? 0 : countNumbered(node);
    if (nested > 0) {
      // A numbered paragraph inside a container (a quote) opens a section for the blocks after
      // it, but has no top-level block of its own.
      ordinal += nested;
      owner = null;
    }
    const key = `${node.type}\u0000${level ?? ''}\u0000${text}`;
    return { index, type: node.type, level, text, key, spans, section, sectionBlock };
  });
}
