import { describe, expect, it } from 'vitest';

import { codeFence, codeSpan, escapeLineStart, escapeMarkdown } from './escape-markdown.js';

describe('escapeMarkdown', () => {
  it('escapes what is special anywhere in a line', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) `f` \\ ~~g~~')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\\\ \\~\\~g\\~\\~',
    );
  });

  it('leaves an ampersand or a comparison as they are, escaping only entities and tags', () => {
    expect(escapeMarkdown('WSIS&SDG, 3 < 4 & 5 > 2')).toBe('WSIS&SDG, 3 < 4 & 5 > 2');
    expect(escapeMarkdown('&amp; &#169; <script> </b> <!-- x -->')).toBe(
      '\\&amp; \\&#169; \\<script> \\</b> \\<!-- x -->',
    );
  });
});

describe('escapeLineStart', () => {
  it('keeps a line from becoming a heading, a quote, a list, a rule or code', () => {
    expect(escapeLineStart('# x')).toBe('\\# x');
    expect(escapeLineStart('> x')).toBe('\\> x');
    expect(escapeLineStart('- x')).toBe('\\- x');
    expect(escapeLineStart('+ x')).toBe('\\+ x');
    expect(escapeLineStart('===')).toBe('\\===');
    expect(escapeLineStart('12. x')).toBe('12\\. x');
    expect(escapeLineStart('3) x')).toBe('3\\) x');
    expect(escapeLineStart('    code')).toBe('&#32;   code');
    expect(escapeLineStart('The group')).toBe('The group');
  });

  it('escapes a typed paragraph number, which Rapporteur would read back as numbering', () => {
    expect(escapeLineStart('4.2.1. Text')).toBe('4\\.2.1. Text');
  });
});

describe('code', () => {
  it('fences code with more backticks than it holds', () => {
    expect(codeSpan('abc')).toBe('`abc`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeFence('no ticks')).toBe('```');
    expect(codeFence('a ```` b')).toBe('`````');
  });
});
