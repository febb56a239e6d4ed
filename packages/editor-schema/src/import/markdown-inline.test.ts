import { describe, expect, it } from 'vitest';

import { markdownInline } from './markdown-inline.js';

function read(source: string): { inline: unknown; warnings: string[] } {
  const warnings: string[] = [];
  const inline = markdownInline(source, (message) => warnings.push(message));
  return { inline, warnings };
}

const bold = { type: 'bold' };
const italic = { type: 'italic' };

describe('markdownInline', () => {
  it('keeps plain text, contribution symbols included, as one text node', () => {
    expect(read('The agenda (S19-CWGWSIS34-C-0001 Rev.4) was adopted.').inline).toEqual([
      { type: 'text', text: 'The agenda (S19-CWGWSIS34-C-0001 Rev.4) was adopted.' },
    ]);
  });

  it('reads bold and italic, with stars or underscores', () => {
    expect(read('**noted** and *welcomed*, __agreed__ and _deferred_').inline).toEqual([
      { type: 'text', text: 'noted', marks: [bold] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'welcomed', marks: [italic] },
      { type: 'text', text: ', ' },
      { type: 'text', text: 'agreed', marks: [bold] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'deferred', marks: [italic] },
    ]);
  });

  it('nests italic in bold and bold in italic', () => {
    expect(read('**a *b* c**').inline).toEqual([
      { type: 'text', text: 'a ', marks: [bold] },
      { type: 'text', text: 'b', marks: [bold, italic] },
      { type: 'text', text: ' c', marks: [bold] },
    ]);
    expect(read('*a **b** c*').inline).toEqual([
      { type: 'text', text: 'a ', marks: [italic] },
      { type: 'text', text: 'b', marks: [italic, bold] },
      { type: 'text', text: ' c', marks: [italic] },
    ]);
  });

  it('leaves stars and underscores that open nothing as text', () => {
    expect(read('2 * 3 * 4, snake_case_name, *unclosed, a**b').inline).toEqual([
      { type: 'text', text: '2 * 3 * 4, snake_case_name, *unclosed, a**b' },
    ]);
  });

  it('reads links, with marks inside the label', () => {
    expect(read('see [the **WSIS** site](https://www.wsis.org/forum) now').inline).toEqual([
      { type: 'text', text: 'see ' },
      {
        type: 'text',
        text: 'the ',
        marks: [{ type: 'link', attrs: { href: 'https://www.wsis.org/forum' } }],
      },
      {
        type: 'text',
        text: 'WSIS',
        marks: [{ type: 'link', attrs: { href: 'https://www.wsis.org/forum' } }, bold],
      },
      {
        type: 'text',
        text: ' site',
        marks: [{ type: 'link', attrs: { href: 'https://www.wsis.org/forum' } }],
      },
      { type: 'text', text: ' now' },
    ]);
  });

  it('keeps only the text of a link that is not a web or mail address, and warns', () => {
    const { inline, warnings } = read('[click](javascript:alert) [me](data:text/html,x)');
    expect(inline).toEqual([{ type: 'text', text: 'click me' }]);
    expect(warnings).toEqual([
      'the link to "javascript:alert" is not a web or mail address; kept its text only',
      'the link to "data:text/html,x" is not a web or mail address; kept its text only',
    ]);
  });

  it('reads a target with parentheses as text, not as a link', () => {
    expect(read('[click](javascript:alert(1))').inline).toEqual([
      { type: 'text', text: '[click](javascript:alert(1))' },
    ]);
  });

  it('accepts mail and relative links', () => {
    expect(read('[mail](mailto:wsis@itu.int) [doc](/docs/C-0001)').inline).toEqual([
      {
        type: 'text',
        text: 'mail',
        marks: [{ type: 'link', attrs: { href: 'mailto:wsis@itu.int' } }],
      },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'doc', marks: [{ type: 'link', attrs: { href: '/docs/C-0001' } }] },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(read('\\*not italic\\* and \\[not a link\\](x)').inline).toEqual([
      { type: 'text', text: '*not italic* and [not a link](x)' },
    ]);
  });

  it('returns no content for an empty string', () => {
    expect(read('').inline).toEqual([]);
  });
});
