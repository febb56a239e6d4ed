import { describe, expect, it } from 'vitest';

import { safeHref } from './safe-href.js';

describe('safeHref', () => {
  it('keeps web and mail addresses', () => {
    expect(safeHref('https://www.itu.int/net4/wsis/forum/')).toBe(
      'https://www.itu.int/net4/wsis/forum/',
    );
    expect(safeHref('http://www.wsis.org/stocktaking')).toBe('http://www.wsis.org/stocktaking');
    expect(safeHref('mailto:wsis-info@itu.int')).toBe('mailto:wsis-info@itu.int');
  });

  it('drops script, data, file and relative targets, however they are spelt', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/meetings/34',
      '#section-8',
      '',
      42,
      undefined,
    ]) {
      expect(safeHref(href)).toBeUndefined();
    }
  });

  it('normalises what it keeps, so that no quote or space reaches an attribute', () => {
    expect(safeHref('https://itu.int/a b?q="x"')).toBe('https://itu.int/a%20b?q=%22x%22');
  });
});
