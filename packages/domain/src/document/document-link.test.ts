import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { DEFAULT_LINK_TEMPLATE, documentHref, requireLinkTemplate } from './document-link.js';

describe('a document link', () => {
  it("points by default at the ITU document store's page for the symbol", () => {
    expect(
      documentHref(DEFAULT_LINK_TEMPLATE, { symbol: 'S19-CWGWSIS34-C-0001', revision: 4 }),
    ).toBe('https://www.itu.int/md/S19-CWGWSIS34-C-0001/en');
  });

  it('fills {revision} and {label}, escaped for a URL', () => {
    const template = 'https://docs.example.org/{symbol}?rev={revision}#{label}';
    expect(documentHref(template, { symbol: 'C19/12', revision: 1 })).toBe(
      'https://docs.example.org/C19%2F12?rev=1#C19%2F12%20Rev.1',
    );
  });

  it('refuses a template that is not a web address with {symbol}', () => {
    for (const template of ['javascript:alert({symbol})', 'https://x.org/', 'ftp://x/{symbol}'])
      expect(() => requireLinkTemplate('linkTemplate', template)).toThrow(ValidationError);
    expect(requireLinkTemplate('t', 'http://x.org/{symbol}')).toBe('http://x.org/{symbol}');
  });
});
