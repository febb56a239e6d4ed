import { describe, expect, it } from 'vitest';

import { importDocument } from './import-document.js';
import { pageFurniture } from './page-furniture.js';

describe('pageFurniture', () => {
  it('knows page numbers in the ways layouts print them', () => {
    for (const line of ['3', '- 3 -', '– 12 –', 'Page 3', 'page 3 of 12', '3/12']) {
      expect(pageFurniture(line), line).toBe('a page number');
    }
  });

  it('knows a framed web address as a running footer', () => {
    expect(pageFurniture('• http://www.itu.int/council •')).toBe('a running footer');
  });

  it('keeps body text, a bare address and numbered paragraphs', () => {
    for (const line of [
      'The document was noted with thanks.',
      'http://www.itu.int/council',
      '3. Adoption of the agenda',
      '2019',
    ]) {
      expect(pageFurniture(line), line).toBeUndefined();
    }
  });

  it('takes a short line repeated three times for a running header', () => {
    expect(pageFurniture('CWG-WSIS&SDG-34', 3)).toMatch(/running header/);
    expect(pageFurniture('CWG-WSIS&SDG-34', 2)).toBeUndefined();
  });
});

describe('importing a copy with page furniture', () => {
  const page = (n: number) => `CWG-WSIS&SDG-34/1\n- ${n} -\n`;
  const source = `Title\n\n${page(1)}1. Introduction\n${page(2)}Text.\n${page(3)}• http://www.itu.int/council •\n`;

  it('drops running headers, page numbers and footers from plain text, naming each', () => {
    const { doc, warnings } = importDocument(source);
    const texts = (doc.content ?? []).map((block) => block.content?.[0]?.text);
    expect(texts).toEqual(['Title', 'Introduction', 'Text.']);
    expect(warnings).toContain('line 4: dropped "- 1 -", a page number, not body text');
    expect(warnings).toContain(
      'line 11: dropped "• http://www.itu.int/council •", a running footer, not body text',
    );
    expect(warnings.filter((warning) => warning.includes('running header'))).toHaveLength(3);
  });

  it('drops them from Markdown too', () => {
    const { doc } = importDocument(`# Title\n\n- 1 -\n\nText.\n\n• http://x.org •\n`, {
      format: 'markdown',
    });
    expect((doc.content ?? []).map((block) => block.content?.[0]?.text)).toEqual([
      'Title',
      'Text.',
    ]);
  });
});
