import { describe, expect, it } from 'vitest';
import { withSymbolLinks } from './link-symbols.js';

const href = (symbol: { base: string }) =>
  symbol.base === 'S19-CWGWSIS34-C-0001' ? `https://docs.example.org/${symbol.base}` : undefined;
const paragraph = (...content: object[]) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});

describe('withSymbolLinks', () => {
  it('links each symbol it is given an address for, keeping the marks around it', () => {
    const doc = paragraph({
      type: 'text',
      text: 'See S19-CWGWSIS34-C-0001 and S19-CWGWSIS34-C-0002.',
      marks: [{ type: 'bold' }],
    });
    expect(withSymbolLinks(doc, href).content?.[0]?.content).toEqual([
      { type: 'text', text: 'See ', marks: [{ type: 'bold' }] },
      {
        type: 'text',
        text: 'S19-CWGWSIS34-C-0001',
        marks: [
          { type: 'bold' },
          { type: 'link', attrs: { href: 'https://docs.example.org/S19-CWGWSIS34-C-0001' } },
        ],
      },
      { type: 'text', text: ' and S19-CWGWSIS34-C-0002.', marks: [{ type: 'bold' }] },
    ]);
  });

  it('leaves a symbol alone inside a link of its own, inline code or a code block', () => {
    const symbol = 'S19-CWGWSIS34-C-0001';
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: symbol,
              marks: [{ type: 'link', attrs: { href: 'https://a.b' } }],
            },
            { type: 'text', text: ` ${symbol}`, marks: [{ type: 'code' }] },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: symbol }] },
      ],
    };
    expect(withSymbolLinks(doc, href)).toEqual(doc);
  });
});
