import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  footnotedDocument,
  NOTE_ONE,
  NOTE_THREE,
  paragraph,
  text,
} from '../../testing/index.js';
import { exportHtml } from './export-html.js';

describe('footnotes in exportHtml', () => {
  const html = exportHtml(footnotedDocument(), exampleCover());

  it('writes each reference as a superscript number linking to its note, 1, 2, 3 in order', () => {
    const references = [
      ...html.matchAll(
        /<sup class="footnote-ref"><a href="#footnote-(\d)" id="footnote-ref-(\d)">(\d)<\/a><\/sup>/g,
      ),
    ];
    expect(references.map(([, to, id, shown]) => [to, id, shown])).toEqual([
      ['1', '1', '1'],
      ['2', '2', '2'],
      ['3', '3', '3'],
    ]);
    expect(html).not.toContain('data-footnote');
  });

  it('lists the notes, escaped, after the body and before the closing line', () => {
    const section = /<section class="footnotes"><ol>(.*?)<\/ol><\/section>/.exec(html);
    expect(section?.[1]).toContain(`<li id="footnote-1">${NOTE_ONE} <a class="footnote-back"`);
    expect(section?.[1]).toContain(
      '<li id="footnote-2">See Document C-0001 Rev.4 &amp; its annex &lt;A&gt;. <a',
    );
    expect(section?.[1]).toContain(`<li id="footnote-3">${NOTE_THREE} <a`);
    expect(html.indexOf('<section class="footnotes">')).toBeLessThan(html.indexOf('</main>'));
    // In print the list stays, and the internal links print no address after them.
    expect(html).toContain(".document a[href^='#']::after { content: none; }");
  });

  it('numbers on from the box to the body, one list for the page', () => {
    const note = (value: string) => ({ type: 'footnote', attrs: { text: value } });
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Summary')] },
        paragraph(text('In the box'), note('box note')),
        { type: 'heading', attrs: { level: 2 }, content: [text('Introduction')] },
        paragraph(text('In the body'), note('body note')),
      ],
    };
    const page = exportHtml(doc, exampleCover());
    expect(page).toContain('In the box<sup class="footnote-ref"><a href="#footnote-1"');
    expect(page).toContain('In the body<sup class="footnote-ref"><a href="#footnote-2"');
    expect(page.match(/<section class="footnotes">/g)).toHaveLength(1);
  });

  it('writes no notes list for a document without footnotes', () => {
    const page = exportHtml({ type: 'doc', content: [paragraph(text('x'))] }, exampleCover());
    expect(page).not.toContain('<section class="footnotes">');
  });
});
