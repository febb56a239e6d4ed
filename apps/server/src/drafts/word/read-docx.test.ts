import { renderHtml, validateDocument } from '@rapporteur/editor-schema';
import type { JSONContent } from '@tiptap/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { wordNumberedSummary, zipBomb } from '../../testing/word-files.js';
import { readDocx } from './read-docx.js';

const textOf = (node: JSONContent): string =>
  (node.content ?? []).map((child) => child.text ?? '').join('');

function refusalOf(bytes: Uint8Array): { code: string; message: string } {
  try {
    readDocx(bytes);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('readDocx on a file with Word list numbering', () => {
  it('reads list levels as numbered paragraphs at those levels, with no typed numbers', async () => {
    const { doc, title, warnings } = readDocx(await wordNumberedSummary());
    expect(warnings).toEqual([]);
    expect(title).toBe('Summary of the 35th meeting');
    expect(validateDocument(doc)).toEqual({ ok: true });
    const blocks = doc.content ?? [];
    const numbered = blocks.filter((block) => block.type === 'numberedParagraph');
    expect(
      numbered.map((block) => [block.attrs?.['level'] as number, textOf(block).slice(0, 12)]),
    ).toEqual([
      [1, 'Opening'],
      [2, 'The chair op'],
      [2, 'The agenda w'],
      [3, 'Requests to '],
      [4, 'to provide i'],
      [1, 'Documents'],
      [1, 'Closing'],
    ]);
    const html = renderHtml(doc);
    expect(html).toContain('<span class="paragraph-number">1.2.1.1.</span> to provide information');
    expect(html).toContain('<span class="paragraph-number">3.</span> Closing');
  });

  it('keeps the title, headings, bullets, the table, the footnote, the link and the marks', async () => {
    const { doc } = readDocx(await wordNumberedSummary());
    const blocks = doc.content ?? [];
    expect(
      blocks.slice(0, 2).map((block) => [block.type, block.attrs?.['level'] as number]),
    ).toEqual([
      ['heading', 1],
      ['heading', 2],
    ]);
    expect(blocks.find((block) => block.type === 'bulletList')?.content).toHaveLength(2);
    const table = blocks.find((block) => block.type === 'table');
    expect(table?.content?.[0]?.content?.[0]?.type).toBe('tableHeader');
    expect(table?.content?.[1]?.content?.map((cell) => textOf(cell.content![0]!))).toEqual([
      'C-0002',
      'Saudi Arabia',
    ]);
    const agenda = blocks.find((block) => textOf(block).startsWith('The agenda'));
    expect(agenda?.content).toEqual([
      { type: 'text', text: 'The agenda', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' was adopted' },
      { type: 'footnote', attrs: { text: 'As revised on the day.' } },
      { type: 'text', text: ' as drafted', marks: [{ type: 'italic' }] },
      { type: 'text', text: '; see ' },
      {
        type: 'text',
        text: 'C-0001',
        marks: [
          { type: 'link', attrs: { href: 'https://www.itu.int/md/S19-CWGWSIS34-C-0001/en' } },
        ],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('does not read the footer part: its running footer is not body text', async () => {
    const { doc } = readDocx(await wordNumberedSummary());
    expect(JSON.stringify(doc)).not.toContain('itu.int/council');
  });
});

describe('readDocx refuses', () => {
  it('a file that is not a zip as damaged', () => {
    expect(refusalOf(new TextEncoder().encode('not a word file'))).toMatchObject({
      code: 'damaged_document',
      message: expect.stringContaining('not a zip archive') as unknown,
    });
  });

  it('a zip without a Word document inside', () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('hi') });
    expect(refusalOf(zip).message).toContain('no word/document.xml');
  });

  it('a document.xml that is not XML', () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body>') });
    expect(refusalOf(zip)).toMatchObject({ code: 'damaged_document' });
  });

  it('a zip bomb, before it inflates past the limit', () => {
    expect(refusalOf(zipBomb(1, 0xffffffff))).toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('word/document.xml unpacks to more than 16 MiB') as unknown,
    });
    expect(refusalOf(zipBomb(24, 1000))).toMatchObject({ code: 'too_large' });
  });
});
