import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { importDocument } from './import-document.js';

/** Each block as "type[level]: text", which reads better in a failing test than JSON. */
function outline(doc: JSONContent): string[] {
  return (doc.content ?? []).map((block) => {
    const level = block.attrs?.['level'] as number | undefined;
    const text = (block.content ?? []).map((child) => child.text ?? '').join('');
    return `${block.type ?? '?'}${level === undefined ? '' : `[${level}]`}: ${text}`;
  });
}

describe('importing plain text', () => {
  it('reads one paragraph per line, with the first line as title and blank lines as spacing only', () => {
    const result = importDocument(
      '  Minutes of the meeting \n\nFirst line.\nSecond line.\n\n\nThird line.',
    );
    expect(result.title).toBe('Minutes of the meeting');
    expect(outline(result.doc)).toEqual([
      'heading[1]: Minutes of the meeting',
      'paragraph: First line.',
      'paragraph: Second line.',
      'paragraph: Third line.',
    ]);
  });

  // The blocks after the title line, as the import reads them.
  it.each([
    [
      'turns typed numbers into levels and removes them from the text',
      'Title\n1. Introduction\n1.1. Scope\n1.1.1 Without final dot\n2.\tTabbed',
      [
        'numberedParagraph[1]: Introduction',
        'numberedParagraph[2]: Scope',
        'numberedParagraph[3]: Without final dot',
        'numberedParagraph[1]: Tabbed',
      ],
    ],
    [
      'does not read a year or a sentence starting with a number as a paragraph number',
      'Title\n2020 WSIS Forum will be held in Geneva.\n2019. A year of progress.',
      [
        'paragraph: 2020 WSIS Forum will be held in Geneva.',
        'paragraph: 2019. A year of progress.',
      ],
    ],
    [
      'reads a short line of words as an unnumbered heading, and a sentence as a paragraph',
      'Title\nAction required\nTo consider documents.\nRussian Federation introduced their document: S19-CWGWSIS34-C-0018\nAnnex',
      [
        'heading[2]: Action required',
        'paragraph: To consider documents.',
        'paragraph: Russian Federation introduced their document: S19-CWGWSIS34-C-0018',
        'heading[2]: Annex',
      ],
    ],
  ])('%s', (_, source, blocks) => {
    expect(outline(importDocument(source).doc).slice(1)).toEqual(blocks);
  });

  it('warns, naming the line, when the source skips a number', () => {
    const result = importDocument('Title\n1. One\n3. Three\n3.1. Under three');
    expect(result.warnings).toEqual([
      'line 3: typed "3." but its computed number is "2."',
      'line 4: typed "3.1." but its computed number is "2.1."',
    ]);
  });

  it('warns when the source jumps a level, and numbers the gap with 0', () => {
    const result = importDocument('Title\n1. One\n1.1.1. Too deep a step');
    expect(result.warnings).toEqual(['line 3: typed "1.1.1." but its computed number is "1.0.1."']);
  });

  it('summarises the warnings after fifty renumbered paragraphs', () => {
    const lines = [
      'Title',
      '2. Starts at two',
      ...Array.from({ length: 60 }, (_, i) => `2.${i + 1}. Point`),
    ];
    const { warnings } = importDocument(lines.join('\n'));
    expect(warnings).toHaveLength(51);
    expect(warnings.at(-1)).toBe('11 more numbered paragraphs are renumbered');
  });

  it('has no title, and says so, when it starts with a numbered paragraph', () => {
    const result = importDocument('1. Introduction\nSome text.');
    expect(result.title).toBe('');
    expect(result.warnings).toEqual([
      'line 1: the document starts with a numbered paragraph, so it has no title',
    ]);
    expect(outline(result.doc)).toEqual([
      'numberedParagraph[1]: Introduction',
      'paragraph: Some text.',
    ]);
  });

  it('keeps a numbered line without text as an empty numbered paragraph', () => {
    expect(importDocument('Title\n1.\n').doc.content?.[1]).toEqual({
      type: 'numberedParagraph',
      attrs: { level: 1 },
    });
  });
});
