import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { importDocument } from '../import/import-document.js';
import { readSummaryFixture } from '../../testing/index.js';
import { renderHtml } from '../render/render-html.js';
import { readableDocument } from './readable-document.js';
import { validateDocument } from './validate-document.js';

const text = (value: string, marks?: unknown[]): JSONContent =>
  ({ type: 'text', text: value, ...(marks === undefined ? {} : { marks }) }) as JSONContent;
const doc = (...content: unknown[]): unknown => ({ type: 'doc', content });

/** Every character of a JSON document, in order. */
function characters(value: unknown): string {
  if (Array.isArray(value)) return value.map(characters).join('');
  if (typeof value !== 'object' || value === null) return '';
  const node = value as { type?: unknown; text?: unknown; content?: unknown };
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return Array.isArray(node.content) ? node.content.map(characters).join('') : '';
}

function expectReadable(value: unknown): JSONContent {
  const readable = readableDocument(value);
  expect(validateDocument(readable)).toEqual({ ok: true });
  expect(() => renderHtml(readable)).not.toThrow();
  expect(characters(readable)).toBe(characters(value));
  return readable;
}

describe('readableDocument', () => {
  it('gives back a document that fits, the same object', () => {
    const { doc: imported } = importDocument(readSummaryFixture());
    expect(readableDocument(imported)).toBe(imported);
  });

  it('reads an empty draft as one empty paragraph', () => {
    expect(readableDocument(doc())).toEqual(doc({ type: 'paragraph' }));
    expect(readableDocument({ type: 'doc' })).toEqual(doc({ type: 'paragraph' }));
  });

  it('drops unknown and ill-typed attributes, and brings a level into 1 to 6', () => {
    const readable = expectReadable(
      doc(
        { type: 'paragraph', attrs: { 'data-x': 'y' }, content: [text('Opened')] },
        { type: 'numberedParagraph', attrs: { level: '2' }, content: [text('Two')] },
        { type: 'numberedParagraph', attrs: { level: 42 }, content: [text('Six')] },
        {
          type: 'orderedList',
          attrs: { start: 'x' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }],
        },
      ),
    );
    expect(readable.content?.map((block) => block.attrs?.['level'] as unknown)).toEqual([
      undefined,
      2,
      6,
      undefined,
    ]);
    expect(readable.content?.[0]?.attrs).toBeUndefined();
    expect(readable.content?.[3]?.attrs?.['start']).toBe(1);
  });

  it('unwraps unknown nodes and puts loose text in a paragraph, keeping every character', () => {
    const readable = expectReadable(
      doc(
        { type: 'section', content: [{ type: 'paragraph', content: [text('Inside')] }] },
        { type: 'script', content: [text('alert(1)')] },
        text('Loose'),
        [text('Listed at the root, '), text('as y-prosemirror writes root text')],
      ),
    );
    expect(readable.content?.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('wraps or unwraps nodes where they cannot stand, and fills what a node needs', () => {
    expectReadable(
      doc(
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [text('Cell')] }] },
          ],
        },
        {
          type: 'listItem',
          content: [{ type: 'heading', attrs: { level: 1 }, content: [text('Item')] }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'table', content: [] },
            { type: 'paragraph', content: [text('Nested')] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'paragraph', content: [text('Bare')] }] },
        { type: 'table' },
      ),
    );
  });

  it('drops unknown marks and marks a node does not allow, and survives junk', () => {
    const readable = expectReadable(
      doc(
        {
          type: 'paragraph',
          content: [text('Marked', [{ type: 'comment' }, { type: 'bold' }, 'junk'])],
        },
        { type: 'codeBlock', content: [text('code', [{ type: 'italic' }])] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: '' }, { type: 'text', text: { x: 1 } }, null, 7],
        },
      ),
    );
    expect(readable.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }]);
    expect(readableDocument(null)).toEqual(doc({ type: 'paragraph' }));
  });

  it('reads a very deep document as its text', () => {
    let deep: unknown = { type: 'paragraph', content: [text('Bottom')] };
    for (let i = 0; i < 1_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    expect(characters(expectReadable(doc(deep)))).toBe('Bottom');
  });
});
