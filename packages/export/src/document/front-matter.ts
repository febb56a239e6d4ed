import type { TiptapNode } from '@rapporteur/diff';

import { plainText } from './inline-pieces.js';

/** One compartment of an ITU summary's box: 'Summary', 'Action required' or 'References'. */
export interface BoxSection {
  readonly label: string;
  readonly blocks: readonly TiptapNode[];
}

/** A document cut the way an ITU summary is laid out: title, the box, then the body. */
export interface FrontMatter {
  /** The first heading of level 1 when the document opens with it ('SUMMARY OF THE 34th MEETING'). */
  readonly title: TiptapNode | undefined;
  /** Empty when the document has no box: then nothing is boxed and nothing is lost. */
  readonly box: readonly BoxSection[];
  readonly body: readonly TiptapNode[];
}

// The box's compartments as ITU summaries name them. The importer makes each a heading (the
// fixture's short lines), so the box lives in the draft, is edited there and is versioned with
// the text: the layout only draws the frame (decision 46).
const BOX_LABELS = new Set(['summary', 'action required', 'references']);

const isBoxHeading = (node: TiptapNode): boolean =>
  node.type === 'heading' && BOX_LABELS.has(plainText(node).trim().toLowerCase());

/**
 * Splits the document's top-level blocks: a leading level-1 heading is the title; then, before
 * the first numbered paragraph, each heading named Summary / Action required / References with
 * the paragraphs under it forms the box. Blocks before the first box heading stay in the body.
 */
export function frontMatter(doc: TiptapNode): FrontMatter {
  const blocks = doc.content ?? [];
  const first = blocks[0];
  const hasTitle = first?.type === 'heading' && Number(first.attrs?.['level'] ?? 1) === 1;
  const rest = hasTitle ? blocks.slice(1) : blocks;
  if (rest[0] === undefined || !isBoxHeading(rest[0])) {
    return { title: hasTitle ? first : undefined, box: [], body: rest };
  }
  const box: { label: string; blocks: TiptapNode[] }[] = [];
  let index = 0;
  for (; index < rest.length; index += 1) {
    const node = rest[index] as TiptapNode;
    if (isBoxHeading(node)) {
      box.push({ label: plainText(node).trim(), blocks: [] });
    } else if (node.type === 'paragraph' || node.type === 'bulletList') {
      box[box.length - 1]?.blocks.push(node);
    } else {
      break;
    }
  }
  return { title: hasTitle ? first : undefined, box, body: rest.slice(index) };
}
