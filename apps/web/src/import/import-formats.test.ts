import { describe, expect, it } from 'vitest';

import { DOCX_TYPE, importTypeOf, unsupportedFileSentence } from './import-formats.js';

describe('importTypeOf', () => {
  it('sends text, Markdown and Word files as the types the import endpoint reads', () => {
    expect(importTypeOf('summary.txt')).toBe('text/plain');
    expect(importTypeOf('Summary.MD')).toBe('text/markdown');
    expect(importTypeOf('cwg.34.summary.docx')).toBe(DOCX_TYPE);
  });

  it('offers nothing for a file it does not read, or one without an extension', () => {
    expect(importTypeOf('summary.pdf')).toBeUndefined();
    expect(importTypeOf('summary')).toBeUndefined();
    expect(importTypeOf('summary.doc')).toBeUndefined();
  });

  it('names the refused file and the files it reads', () => {
    expect(unsupportedFileSentence('minutes.pdf')).toMatch(/“minutes\.pdf”.*\.txt, \.md or \.docx/);
  });
});
