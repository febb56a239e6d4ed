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

// Each line start that Markdown would read as structure, and how it comes out.
const LINE_STARTS: readonly (readonly [string, string])[] = [
  ['# x', '\\# x'],
  ['> x', '\\> x'],
  ['- x', '\\- x'],
  ['+ x', '\\+ x'],
  ['===', '\\==='],
  ['12. x', '12\\. x'],
  ['3) x', '3\\) x'],
  ['    code', '&#32;   code'],
  ['The group', 'The group'],
];

describe('escapeLineStart', () => {
  it('keeps a line from becoming a heading, a quote, a list, a rule or code', () => {
    for (const [line, escaped] of LINE_STARTS) expect(escapeLineStart(line), line).toBe(escaped);
  });

  it('escapes a typed paragraph number, which Rapporteur would read back as numbering', () => {
    expect(escapeLineStart('4.2.1. Text')).toBe('4\\.2.1. Text');
  });
});

// Code and the fences around it: one more backtick than the longest run inside.
const SPANS: readonly (readonly [string, string])[] = [
  ['abc', '`abc`'],
  ['a `b` c', '``a `b` c``'],
  ['`x', '`` `x ``'],
];
const FENCES: readonly (readonly [string, string])[] = [
  ['no ticks', '```'],
  ['a ```` b', '`````'],
];

describe('code', () => {
  it('fences code with more backticks than it holds', () => {
    for (const [code, span] of SPANS) expect(codeSpan(code), code).toBe(span);
    for (const [code, fence] of FENCES) expect(codeFence(code), code).toBe(fence);
  });
});
