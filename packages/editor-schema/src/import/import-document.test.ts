import { describe, expect, it } from 'vitest';

import { importDocument } from './import-document.js';
import { ImportError } from './import-error.js';
import { MAX_IMPORT_BYTES } from './source-lines.js';

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importDocument refuses what it cannot read', () => {
  it('refuses empty and blank input as empty_document', () => {
    expect(refusal(() => importDocument('')).code).toBe('empty_document');
    expect(refusal(() => importDocument(' \n\t\r\n  \n')).code).toBe('empty_document');
    expect(refusal(() => importDocument('\ufeff\n', { format: 'markdown' })).code).toBe(
      'empty_document',
    );
  });

  it('refuses input with a NUL byte as not_text, naming the line', () => {
    const error = refusal(() => importDocument('Title\nText\nPK\u0003\u0004\u0000\u0000'));
    expect(error).toMatchObject({
      code: 'not_text',
      kind: 'unprocessable',
      line: 3,
      name: 'ImportError',
    });
    expect(error.message).toMatch(/^line 3: .*binary/);
  });

  it('refuses text full of control or undecodable characters as not_text', () => {
    const garbled = 'Title\n' + '\ufffd\u0002abc'.repeat(50);
    expect(refusal(() => importDocument(garbled)).code).toBe('not_text');
  });

  it('refuses what is not a string at all as not_text', () => {
    expect(refusal(() => importDocument(42 as unknown as string)).code).toBe('not_text');
  });

  it('refuses input over 2 MiB as too_large, counting UTF-8 bytes', () => {
    expect(refusal(() => importDocument('a'.repeat(MAX_IMPORT_BYTES + 1))).code).toBe('too_large');
    // 700,000 three-byte characters: under the limit in characters, over it in bytes.
    expect(refusal(() => importDocument('€'.repeat(700_000))).code).toBe('too_large');
    expect(importDocument(`Title\n${'a'.repeat(MAX_IMPORT_BYTES - 10)}`).title).toBe('Title');
  });

  it('refuses numbering deeper than 6 levels as too_deep, naming the line', () => {
    const error = refusal(() => importDocument('Title\n1. A\n1.1.1.1.1.1.1. Too deep'));
    expect(error).toMatchObject({ code: 'too_deep', line: 3 });
    expect(error.message).toContain('"1.1.1.1.1.1.1." is 7 levels deep');
  });

  it('refuses an unknown format as unknown_format', () => {
    const options = { format: 'docx' } as unknown as { format: 'text' };
    expect(refusal(() => importDocument('Title', options)).code).toBe('unknown_format');
  });
});

describe('importDocument reads untidy text', () => {
  it('accepts Windows and old Mac line endings and a byte-order mark', () => {
    const result = importDocument('\ufeffTitle\r\n1. First\r2. Second\n');
    expect(result.title).toBe('Title');
    expect(result.doc.content?.map((block) => block.type)).toEqual([
      'heading',
      'numberedParagraph',
      'numberedParagraph',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('drops a stray control character with a warning naming its line', () => {
    const result = importDocument('Title\nA bell\u0007 rang');
    expect(result.doc.content?.[1]?.content?.[0]?.text).toBe('A bell rang');
    expect(result.warnings).toEqual(['line 2: 1 control or undecodable character(s) dropped']);
  });

  it('reads form feeds and vertical tabs from word processors as spaces', () => {
    const result = importDocument('Title\nEnd of page\fnext page\vsame paragraph');
    expect(result.doc.content?.[1]?.content?.[0]?.text).toBe(
      'End of page next page same paragraph',
    );
  });
});
