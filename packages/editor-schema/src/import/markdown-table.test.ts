import { describe, expect, it } from 'vitest';

import { renderHtml } from '../render/render-html.js';
import { validateDocument } from '../schema/validate-document.js';
import { importDocument } from './import-document.js';
import { splitRow } from './markdown-table.js';

const markdown = (source: string) => importDocument(source, { format: 'markdown' });

describe('Markdown tables', () => {
  const source = [
    '# Documents',
    '',
    '| Symbol | Source |',
    '| :--- | ---: |',
    '| C-0001 Rev.4 | **Chair** |',
    '| C-0002 | Saudi \\| Arabia |',
    '',
    'After the table.',
  ].join('\n');

  it('become tables with a header row and body rows, marks kept', () => {
    const { doc, warnings } = markdown(source);
    expect(warnings).toEqual([]);
    expect(validateDocument(doc)).toEqual({ ok: true });
    const table = doc.content?.[1];
    expect(table?.type).toBe('table');
    expect(table?.content?.map((row) => row.content?.map((cell) => cell.type))).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
      ['tableCell', 'tableCell'],
    ]);
    const html = renderHtml(doc);
    expect(html).toContain('<th colspan="1" rowspan="1"><p>Symbol</p></th>');
    expect(html).toContain('<strong>Chair</strong>');
    expect(html).toContain('<p>Saudi | Arabia</p>');
    expect(doc.content?.[2]?.content?.[0]?.text).toBe('After the table.');
  });

  it('fill short rows with empty cells, so the table stays rectangular', () => {
    const { doc } = markdown('| a | b |\n|---|---|\n| only |\n');
    expect(validateDocument(doc)).toEqual({ ok: true });
    expect(doc.content?.[0]?.content?.[1]?.content).toHaveLength(2);
  });

  it('leave a line with a pipe but no delimiter row as a paragraph', () => {
    const { doc } = markdown('Either | or\n');
    expect(doc.content?.[0]?.type).toBe('paragraph');
  });

  it('split rows at unescaped pipes only', () => {
    expect(splitRow('| a \\| b | c |')).toEqual(['a | b', 'c']);
  });
});

describe('Markdown footnotes', () => {
  it('become footnote nodes holding the definition text, wherever it stands', () => {
    const { doc, warnings } = markdown(
      '# T\n\nThe agenda was adopted.[^1] See also[^note].\n\n[^1]: As *revised*\n    on the day.\n[^note]: Document C-0002.\n',
    );
    expect(warnings).toEqual([]);
    expect(doc.content?.[1]?.content).toEqual([
      { type: 'text', text: 'The agenda was adopted.' },
      { type: 'footnote', attrs: { text: 'As revised on the day.' } },
      { type: 'text', text: ' See also' },
      { type: 'footnote', attrs: { text: 'Document C-0002.' } },
      { type: 'text', text: '.' },
    ]);
    expect(doc.content).toHaveLength(2);
    expect(validateDocument(doc)).toEqual({ ok: true });
    expect(renderHtml(doc)).toContain(
      '<section class="footnotes"><ol><li id="footnote-1">As revised on the day. <a',
    );
  });

  it('keeps a reference without a definition as text, and warns about both loose ends', () => {
    const { doc, warnings } = markdown('# T\n\nSee[^x].\n\n[^y]: Never used.\n');
    expect(doc.content?.[1]?.content).toEqual([{ type: 'text', text: 'See[^x].' }]);
    expect(warnings).toEqual([
      'line 3: footnote [^x] has no definition; kept as text',
      'line 5: footnote [^y] is never referred to; dropped',
    ]);
  });
});

describe('a footnote in a stored document', () => {
  it('is refused by validateDocument without its text', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'footnote', attrs: { text: ' ' } }] }],
    };
    expect(validateDocument(doc)).toEqual({
      ok: false,
      problems: ['doc.content[0].content[0]: a footnote needs its text'],
    });
  });
});
