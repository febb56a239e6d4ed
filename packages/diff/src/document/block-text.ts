import type { TiptapNode } from './tiptap-node.js';

/**
 * A stretch of a block's readable text that comes from one text node: `length` characters at
 * `at` in the readable text, which are the characters at `docAt` in documentText.
 */
export interface TextSpan {
  readonly at: number;
  readonly docAt: number;
  readonly length: number;
}

/** What a reader sees of a block, and where each of its characters is in documentText. */
export interface BlockText {
  readonly text: string;
  readonly spans: readonly TextSpan[];
  /** documentText offset just past the block's last character. */
  readonly docEnd: number;
}

// The textblocks of the schema, recognised even when empty; any other node holding text or a
// hard break directly (a custom one) is a textblock too.
const TEXTBLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'numberedParagraph',
  'codeBlock',
]);

function isTextblock(node: TiptapNode): boolean {
  return (
    TEXTBLOCKS.has(node.type) ||
    (node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak') ?? false)
  );
}

/**
 * The readable text of a top-level block whose first text character is at `docAt` in
 * documentText: nested textblocks (list items, table cells, quoted paragraphs) one per line,
 * hard breaks as '\n'. The separators are readable only; no span covers them, so no author
 * is ever attributed a character that documentText does not have.
 */
export function readBlockText(block: TiptapNode, docAt: number): BlockText {
  let text = '';
  let doc = docAt;
  let lines = 0;
  const spans: TextSpan[] = [];
  const visit = (node: TiptapNode): void => {
    if (node.type === 'text') {
      const value = node.text ?? '';
      if (value.length === 0) return;
      spans.push({ at: text.length, docAt: doc, length: value.length });
      text += value;
      doc += value.length;
      return;
    }
    if (node.type === 'hardBreak') {
      text += '\n';
      return;
    }
    if (node.type === 'crossReference') {
      // Its number is derived, not typed: readable, but no span, so nobody is its author.
      const label = node.attrs?.['label'];
      text += typeof label === 'string' ? label : '';
      return;
    }
    if (isTextblock(node)) {
      if (lines > 0) text += '\n';
      lines += 1;
    }
    node.content?.forEach(visit);
  };
  visit(block);
  return { text, spans, docEnd: doc };
}

/**
 * The documentText ranges [start, end) under the readable range [from, to) of a block: the
 * characters an author run can speak about.
 */
export function docRanges(
  spans: readonly TextSpan[],
  from: number,
  to: number,
): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  for (const span of spans) {
    const start = Math.max(from, span.at);
    const end = Math.min(to, span.at + span.length);
    if (start < end) ranges.push([span.docAt + start - span.at, span.docAt + end - span.at]);
    if (span.at >= to) break;
  }
  return ranges;
}

/** How many documentText characters lie under the readable range [from, to). */
export function docLength(spans: readonly TextSpan[], from: number, to: number): number {
  return docRanges(spans, from, to).reduce((sum, [start, end]) => sum + end - start, 0);
}
