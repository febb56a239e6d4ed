import { describe, expect, it } from 'vitest';

import { renderHtml } from './render-html.js';

const note = (text: string) => ({ type: 'footnote', attrs: { text } });
const doc = {
  type: 'doc',
  content: [
    {
      type: 'numberedParagraph',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Opening' }, note('First <note> & more')],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Body' }, note('Second')] },
  ],
};

describe('renderHtml of footnotes', () => {
  it('writes superscript numbered links and the notes list at the end', () => {
    const html = renderHtml(doc);
    expect(html).toContain(
      'Opening<sup class="footnote-ref"><a href="#footnote-1" id="footnote-ref-1">1</a></sup>',
    );
    expect(html).toContain(
      'Body<sup class="footnote-ref"><a href="#footnote-2" id="footnote-ref-2">2</a></sup></p>',
    );
    expect(html.endsWith('</section>')).toBe(true);
    expect(html).toContain(
      '<section class="footnotes"><ol><li id="footnote-1">First &lt;note&gt; &amp; more <a class="footnote-back" href="#footnote-ref-1"',
    );
    expect(html).toContain('<li id="footnote-2">Second <a');
  });

  it('adds the notes to a list the caller passes and leaves the list to the caller', () => {
    const footnotes = ['an earlier note'];
    const html = renderHtml(doc, { footnotes });
    expect(html).toContain('<a href="#footnote-2" id="footnote-ref-2">2</a>');
    expect(html).not.toContain('<section class="footnotes">');
    expect(footnotes).toEqual(['an earlier note', 'First <note> & more', 'Second']);
  });
});
