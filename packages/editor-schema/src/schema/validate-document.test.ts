import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { validateDocument } from './validate-document.js';

function doc(...content: unknown[]): unknown {
  return { type: 'doc', content };
}

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const numbered = (level: unknown): unknown => ({
  type: 'numberedParagraph',
  attrs: { level },
  content: [text('Point')],
});

function problemsOf(value: unknown): string[] {
  const result = validateDocument(value);
  return result.ok ? [] : result.problems;
}

describe('validateDocument', () => {
  it('accepts a document of headings, numbered paragraphs, lists, links and tables', () => {
    const cell = { type: 'tableCell', content: [{ type: 'paragraph', content: [text('Chair')] }] };
    const valid = doc(
      { type: 'heading', attrs: { level: 1 }, content: [text('SUMMARY')] },
      numbered(1),
      numbered(4),
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'see ', marks: [{ type: 'bold' }] },
          {
            type: 'text',
            text: 'the site',
            marks: [{ type: 'link', attrs: { href: 'https://www.itu.int' } }],
          },
        ],
      },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }],
      },
      { type: 'table', content: [{ type: 'tableRow', content: [cell] }] },
    );
    expect(validateDocument(valid)).toEqual({ ok: true });
  });

  it('refuses what is not a document at all, without throwing', () => {
    expect(problemsOf(null)).toEqual(['doc: expected a node object']);
    expect(problemsOf('doc')).toEqual(['doc: expected a node object']);
    expect(problemsOf({ type: 'paragraph' })).toEqual([
      'doc: the top node must be "doc", not "paragraph"',
    ]);
  });

  it('names the path of an unknown node type, mark or attribute', () => {
    const problems = problemsOf(
      doc(
        { type: 'section', content: [] },
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'comment' }] }] },
        { type: 'paragraph', attrs: { number: '4.2.1.' } },
      ),
    );
    expect(problems).toEqual([
      'doc.content[0]: unknown node type "section"',
      'doc.content[1].content[0].marks[0]: unknown mark "comment"',
      'doc.content[2] (paragraph): unknown attribute "number"',
    ]);
  });

  it('refuses a level outside the integers 1 to 6', () => {
    expect(problemsOf(doc(numbered(0), numbered(7), numbered('2'), numbered(2.5)))).toEqual([
      'doc.content[0] (numberedParagraph): level must be an integer from 1 to 6, not 0',
      'doc.content[1] (numberedParagraph): level must be an integer from 1 to 6, not 7',
      'doc.content[2] (numberedParagraph): level must be an integer from 1 to 6, not "2"',
      'doc.content[3] (numberedParagraph): level must be an integer from 1 to 6, not 2.5',
    ]);
  });

  it('refuses empty text and content that does not fit its parent', () => {
    expect(problemsOf(doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] }))).toEqual([
      'doc.content[0].content[0]: a text node needs non-empty text',
    ]);
    expect(problemsOf(doc({ type: 'bulletList', content: [{ type: 'paragraph' }] }))).toEqual([
      'doc.content[0] (bulletList): its content does not fit "listItem+"',
    ]);
    expect(problemsOf(doc())).toEqual(['doc (doc): its content does not fit "block+"']);
  });

  it('stops at a bounded depth and a bounded number of problems', () => {
    let deep: unknown = { type: 'paragraph' };
    for (let i = 0; i < 10_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    expect(problemsOf(doc(deep))[0]).toMatch(/nested deeper than 100$/);

    const many = problemsOf(doc(...Array.from({ length: 500 }, () => ({ type: 'nope' }))));
    expect(many).toHaveLength(20);
  });

  it('survives a cyclic object', () => {
    const cyclic: { type: string; content: unknown[] } = { type: 'doc', content: [] };
    cyclic.content.push(cyclic);
    expect(validateDocument(cyclic).ok).toBe(false);
  });
});
