import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { generateJSON } from '@tiptap/html';
import { readSummaryFixture } from '../../testing/index.js';
import { importDocument } from '../import/import-document.js';
import { rapporteurExtensions, rapporteurSchema } from '../schema/extensions.js';
import { renderHtml } from './render-html.js';

function doc(...content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}

/** A document of one paragraph whose one text, `text`, links to `href`. */
function linkedParagraph(text: string, href: string): JSONContent {
  return doc({
    type: 'paragraph',
    content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
  });
}

function numbered(level: number, text?: string): JSONContent {
  const node: JSONContent = { type: 'numberedParagraph', attrs: { level } };
  return text === undefined ? node : { ...node, content: [{ type: 'text', text }] };
}

describe('renderHtml', () => {
  it('writes each computed number as text in front of its paragraph', () => {
    const html = renderHtml(
      doc(numbered(1, 'Update'), numbered(2, 'UN resolutions'), numbered(3, 'Dr Peter Major')),
    );
    expect(html).toBe(
      '<h2 data-level="1" class="numbered-paragraph"><span class="paragraph-number">1.</span> Update</h2>' +
        '<p data-level="2" class="numbered-paragraph"><span class="paragraph-number">1.1.</span> UN resolutions</p>' +
        '<p data-level="3" class="numbered-paragraph"><span class="paragraph-number">1.1.1.</span> Dr Peter Major</p>',
    );
  });

  it('numbers across unnumbered blocks, lists and tables in document order', () => {
    const html = renderHtml(
      doc(
        numbered(1, 'A'),
        { type: 'paragraph', content: [{ type: 'text', text: 'Between' }] },
        {
          type: 'blockquote',
          content: [numbered(2, 'Quoted')],
        },
        numbered(2, 'B'),
      ),
    );
    expect([...html.matchAll(/paragraph-number">([^<]*)</g)].map((match) => match[1])).toEqual([
      '1.',
      '1.1.',
      '1.2.',
    ]);
  });

  it('numbers an empty numbered paragraph too', () => {
    expect(renderHtml(doc(numbered(1)))).toBe(
      '<h2 data-level="1" class="numbered-paragraph"><span class="paragraph-number">1.</span> </h2>',
    );
  });

  it('escapes text and keeps marks inside the numbered paragraph', () => {
    const html = renderHtml(
      doc({
        type: 'numberedParagraph',
        attrs: { level: 2 },
        content: [
          { type: 'text', text: 'WSIS&SDG <b>' },
          { type: 'text', text: 'noted', marks: [{ type: 'bold' }] },
        ],
      }),
    );
    expect(html).toContain(
      '<span class="paragraph-number">0.1.</span> WSIS&amp;SDG &lt;b&gt;<strong>noted</strong>',
    );
  });

  it('drops a javascript: link target rather than render it', () => {
    const html = renderHtml(linkedParagraph('click', 'javascript:alert(1)'));
    expect(html).not.toContain('javascript:');
  });

  it('refuses a document that does not fit the schema, saying why', () => {
    expect(() => renderHtml(doc({ type: 'section' }))).toThrow(/unknown node type "section"/);
  });
});

describe('renderHtml without a DOM', () => {
  it('writes what a browser DOM would parse back into the same document (the fixture)', () => {
    const source = importDocument(readSummaryFixture()).doc;
    const html = renderHtml(source);
    // happy-dom parses, as a browser would; the printed numbers are ignored on the way back.
    // Through the schema, which writes every attribute (a paragraph's id is null until referred to).
    const expected = rapporteurSchema().nodeFromJSON(source).toJSON() as unknown;
    expect(generateJSON(html, rapporteurExtensions())).toEqual(expected);
    expect(html).toMatch(
      /section <a data-target="p-[a-z0-9]+" href="#p-[a-z0-9]+" class="cross-reference">8<\/a> above/u,
    );
  });

  it('escapes text and attributes', () => {
    const html = renderHtml(
      linkedParagraph('<script>alert("x")</script> & more', 'https://itu.int/?a=1&b="2"'),
    );
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(html).toContain('href="https://itu.int/?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain('<script>');
  });
});
