import type { TiptapNode } from '@rapporteur/diff';

import { safeHref } from './safe-href.js';

/** The marks of a run of text, as every format needs them. */
export interface InlineStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  readonly code: boolean;
  /** A web or mail address (see safeHref); undefined for no link or an unsafe one. */
  readonly href: string | undefined;
}

/** The inline content of a textblock, flattened: text runs with their style, and line breaks. */
export type InlinePiece =
  | { readonly kind: 'text'; readonly text: string; readonly style: InlineStyle }
  | { readonly kind: 'break' }
  /** A footnote's reference: each format numbers it and writes its text as a note (decision 43). */
  | { readonly kind: 'note'; readonly text: string };

const PLAIN: InlineStyle = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: undefined,
};

function styleOf(node: TiptapNode): InlineStyle {
  const style = { ...PLAIN };
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'underline':
      case 'strike':
      case 'code':
        style[mark.type] = true;
        break;
      case 'link':
        style.href = safeHref(mark.attrs?.['href']);
        break;
      default:
        // A mark this export does not know keeps its text, unstyled.
        break;
    }
  }
  return style;
}

/** The text and hard breaks of a textblock (paragraph, heading, numbered paragraph), in order. */
export function inlinePieces(block: TiptapNode): readonly InlinePiece[] {
  return (block.content ?? []).flatMap((node): InlinePiece[] => {
    if (node.type === 'hardBreak') return [{ kind: 'break' }];
    // A footnote without text has nothing to say at the foot of the page: it is left out.
    if (node.type === 'footnote') {
      const note = node.attrs?.['text'];
      return typeof note === 'string' && note.trim() !== ''
        ? [{ kind: 'note', text: note.trim() }]
        : [];
    }
    if (node.type === 'text' && node.text) {
      return [{ kind: 'text', text: node.text, style: styleOf(node) }];
    }
    // A cross-reference prints its number as text (exportableDocument made it the current one).
    const label = referenceLabel(node);
    return label === '' ? [] : [{ kind: 'text', text: label, style: styleOf(node) }];
  });
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'numberedParagraph', 'codeBlock']);

/**
 * The inline pieces of any node, its textblocks separated by breaks, each numbered paragraph
 * starting with its number: for places that hold one run of text, such as a Markdown table
 * cell.
 */
export function flatPieces(
  node: TiptapNode,
  numberOf: (node: TiptapNode) => string | undefined,
): InlinePiece[] {
  if (TEXTBLOCKS.has(node.type)) {
    const number = numberOf(node);
    const pieces = node.type === 'codeBlock' ? codePieces(node) : inlinePieces(node);
    return number === undefined
      ? [...pieces]
      : [{ kind: 'text', text: `${number} `, style: PLAIN }, ...pieces];
  }
  return (node.content ?? []).flatMap((child, index) => [
    ...(index === 0 ? [] : [{ kind: 'break' } as const]),
    ...flatPieces(child, numberOf),
  ]);
}

function codePieces(block: TiptapNode): InlinePiece[] {
  const code = { ...PLAIN, code: true };
  return plainText(block)
    .split('\n')
    .flatMap((line, index): InlinePiece[] => [
      ...(index === 0 ? [] : [{ kind: 'break' } as const]),
      ...(line === '' ? [] : [{ kind: 'text', text: line, style: code } as const]),
    ]);
}

/**
 * The readable text of any node: its text, a hard break or a boundary between two textblocks
 * as '\n'. For places that hold text only (a Markdown table cell, a code block).
 */
export function plainText(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'crossReference') return referenceLabel(node);
  const children = node.content ?? [];
  const isTextblock = children.some(
    (child) =>
      child.type === 'text' || child.type === 'hardBreak' || child.type === 'crossReference',
  );
  return children.map(plainText).join(isTextblock ? '' : '\n');
}

/** The number a cross-reference shows ("9"), or '' for any other node. */
function referenceLabel(node: TiptapNode): string {
  const label = node.type === 'crossReference' ? node.attrs?.['label'] : undefined;
  return typeof label === 'string' ? label : '';
}
