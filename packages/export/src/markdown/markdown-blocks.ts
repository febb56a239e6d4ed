import type { TiptapNode } from '@rapporteur/diff';

import { flatPieces, inlinePieces, plainText } from '../document/inline-pieces.js';
import type { NoteList } from '../document/note-list.js';
import { levelOf, type ParagraphNumber } from '../document/paragraph-numbering.js';
import {
  codeFence,
  escapeClosingHashes,
  escapeLineStart,
  escapeMarkdown,
} from './escape-markdown.js';
import { markdownInline } from './markdown-inline.js';
import { markdownTable } from './markdown-table.js';

/** What every block needs: the computed paragraph numbers, and the notes met so far. */
export interface MarkdownContext {
  readonly numbers: ReadonlyMap<TiptapNode, ParagraphNumber>;
  readonly notes: NoteList;
}

/**
 * Block nodes as Markdown blocks (each may span lines), to be joined by blank lines. Level-1
 * numbered paragraphs are section headings, written `## 4. Title` as renderHtml writes them
 * as h2; deeper ones are paragraphs that start with their number, `8.2.1.1. The group ...`,
 * which no Markdown reader takes for a list (a list marker is one number).
 */
export function markdownBlocks(nodes: readonly TiptapNode[], context: MarkdownContext): string[] {
  return nodes.map((node) => markdownBlock(node, context));
}

function markdownBlock(node: TiptapNode, context: MarkdownContext): string {
  const { numbers, notes } = context;
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(levelOf(node))} ${escapeLineStart(headingText(inline(node, notes)))}`;
    case 'numberedParagraph': {
      const { number = '', level = 1 } = numbers.get(node) ?? {};
      const text = inline(node, notes);
      return level === 1 ? `## ${number} ${headingText(text)}` : `${number} ${text}`.trimEnd();
    }
    case 'paragraph':
      return escapeLines(inline(node, notes));
    case 'bulletList':
      return listItems(node, context, () => '- ');
    case 'orderedList': {
      const start = typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : 1;
      return listItems(node, context, (index) => `${start + index}. `);
    }
    case 'blockquote':
      return markdownBlocks(node.content ?? [], context)
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'codeBlock': {
      const text = plainText(node);
      const fence = codeFence(text);
      return `${fence}\n${text}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'table':
      return markdownTable(node, (cell) =>
        markdownInline(
          flatPieces(cell, (block) => numbers.get(block)?.number),
          notes,
          '<br>',
        ),
      );
    default:
      // The schema has no other block; should a new one come, its text is not lost.
      return escapeLines(escapeMarkdown(plainText(node)));
  }
}

function inline(node: TiptapNode, notes: NoteList): string {
  return markdownInline(inlinePieces(node), notes);
}

/** Every line of a paragraph (hard breaks start new ones) made safe at its start. */
function escapeLines(text: string): string {
  return text.split('\n').map(escapeLineStart).join('\n');
}

/** A heading's text: one line, and no closing "#" sequence that readers would strip. */
function headingText(text: string): string {
  return escapeClosingHashes(text.replaceAll('\\\n', ' '));
}

/**
 * Items as a tight list: the first block follows the marker, the others are indented under it,
 * a nested list right below its paragraph.
 */
function listItems(
  list: TiptapNode,
  context: MarkdownContext,
  marker: (index: number) => string,
): string {
  return (list.content ?? [])
    .map((item, index) => {
      const prefix = marker(index);
      const indent = ' '.repeat(prefix.length);
      const children = item.content ?? [];
      const body = children
        .map((child, at) => {
          const block = markdownBlock(child, context);
          const isList = child.type === 'bulletList' || child.type === 'orderedList';
          return at === 0 ? block : `${isList ? '\n' : '\n\n'}${block}`;
        })
        .join('');
      return body
        .split('\n')
        .map((line, at) => (at === 0 ? `${prefix}${line}` : line === '' ? '' : `${indent}${line}`))
        .join('\n');
    })
    .join('\n');
}
