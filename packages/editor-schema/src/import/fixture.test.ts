import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { readSummaryFixture } from '../../testing/index.js';
import { paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { renderHtml } from '../render/render-html.js';
import { rapporteurSchema } from '../schema/extensions.js';
import { validateDocument } from '../schema/validate-document.js';
import { importDocument } from './import-document.js';

const source = readSummaryFixture();
const imported = importDocument(source);
const blocks = imported.doc.content ?? [];
const numbered = blocks.filter((block) => block.type === 'numberedParagraph');
const levels = numbered.map((block) => Number(block.attrs?.['level']));

function textOf(node: JSONContent): string {
  return (node.content ?? []).map((child) => child.text ?? '').join('');
}

/** The numbers the fixture types, in order, read straight from its lines. */
const typedNumbers = source
  .split('\n')
  .map((line) => /^\s*(\d+(?:\.\d+)*)\.?\s/.exec(line)?.[1])
  .filter((number): number is string => number !== undefined)
  .map((number) => `${number}.`);

describe('importing the CWG-WSIS&SDG 34 summary', () => {
  it('takes the first line as the title, a level-1 heading', () => {
    expect(imported.title).toBe('SUMMARY OF THE 34th MEETING');
    expect(blocks[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'SUMMARY OF THE 34th MEETING' }],
    });
  });

  it('reads Summary, Action required and References as unnumbered level-2 headings with their paragraphs', () => {
    const headings = blocks.filter(
      (block) => block.type === 'heading' && block.attrs?.['level'] === 2,
    );
    expect(headings.map(textOf)).toEqual(['Summary', 'Action required', 'References']);
    const afterActionRequired = blocks[blocks.indexOf(headings[1]!) + 1]!;
    expect(afterActionRequired.type).toBe('paragraph');
    expect(textOf(afterActionRequired)).toBe(
      'To consider documents and prepare inputs to the next CWG-WSIS&SDG meeting.',
    );
  });

  it('finds sections 1 to 11 and every numbered sub-paragraph, down to four levels', () => {
    const perLevel = levels.reduce<Record<number, number>>((counts, level) => {
      counts[level] = (counts[level] ?? 0) + 1;
      return counts;
    }, {});
    expect(perLevel).toEqual({ 1: 11, 2: 33, 3: 29, 4: 4 });
    expect(numbered).toHaveLength(typedNumbers.length);
  });

  it('computes exactly the numbers the report typed, so it produces no warning', () => {
    const computed = paragraphNumbers(levels);
    const mismatches = computed.flatMap((number, i) =>
      number === typedNumbers[i] ? [] : [`${typedNumbers[i] ?? '?'} -> ${number}`],
    );
    expect(mismatches).toEqual([]);
    expect(imported.warnings).toEqual([
      'line 124: dropped "• http://www.itu.int/council •", a running footer, not body text',
    ]);
  });

  it('removes the typed number from the text, since the document computes it', () => {
    const at8211 = numbered[typedNumbers.indexOf('8.2.1.1.')]!;
    expect(at8211.attrs).toEqual({ level: 4 });
    expect(textOf(at8211)).toMatch(/^to provide information/);
    expect(numbered.map(textOf).filter((text) => /^\d+\./.test(text))).toEqual([]);
  });

  it('keeps contribution symbols intact', () => {
    const text = blocks.map(textOf).join('\n');
    expect(text).toContain('The agenda (S19-CWGWSIS34-C-0001 Rev.4) reflecting');
    for (const symbol of source.match(/S19-CWGWSIS34-(?:C|INF)-\d{4}(?: Rev\.\d)?/g) ?? []) {
      expect(text).toContain(symbol);
    }
  });

  it('keeps unnumbered lines between numbered paragraphs as paragraphs, in place', () => {
    const i = blocks.findIndex((block) =>
      textOf(block).startsWith('The Kingdom of Saudi Arabia introduced'),
    );
    expect(blocks[i]?.type).toBe('paragraph');
    expect(textOf(blocks[i - 1]!)).toMatch(/^Contribution by the Kingdom of Saudi Arabia/);
    expect(textOf(blocks[i + 1]!)).toBe('The document was noted with thanks.');
  });

  it('handles the quirks of the published text sensibly', () => {
    // Section 9 repeats section 7's title word for word: two sections, two numbers, no merging.
    const sectionTitles = numbered.filter((block) => block.attrs?.['level'] === 1).map(textOf);
    expect(sectionTitles[6]).toBe(sectionTitles[8]);
    // Section 8 is a sentence, not a title; at level 1 it is still a section and renders as one.
    expect(sectionTitles[7]).toMatch(/^The group considered and discussed/);
    // "7.1.  Update" (two spaces), trailing spaces and the tab before "Summary" are cleaned.
    expect(numbered.map(textOf)).toContain(
      'Update on the global follow-up and review to the 2030 Agenda for Sustainable Development',
    );
    // The page footer of the original is page furniture, not the official text (issue 15).
    expect(textOf(blocks.at(-1)!)).toMatch(
      /^The Group expressed its thanks to Prof. Vladimir Minkin/,
    );
    expect(blocks.map(textOf).join('\n')).not.toContain('itu.int/council');
  });
});

describe('the imported summary as a document', () => {
  it('passes validateDocument', () => {
    expect(validateDocument(imported.doc)).toEqual({ ok: true });
  });

  it('is accepted by the ProseMirror schema', () => {
    const node = rapporteurSchema().nodeFromJSON(imported.doc);
    expect(() => {
      node.check();
    }).not.toThrow();
    expect(node.childCount).toBe(blocks.length);
  });

  it('renders to HTML with the title and the computed numbers as text', () => {
    const html = renderHtml(imported.doc);
    expect(html).toContain('<h1>SUMMARY OF THE 34th MEETING</h1>');
    expect(html).toContain('<span class="paragraph-number">8.2.1.1.</span> to provide information');
    expect(html).toContain('<span class="paragraph-number">11.</span> Concluding Remarks');
    for (const number of typedNumbers) expect(html).toContain(`>${number}</span>`);
  });
});

describe('a summary whose typed numbers are off', () => {
  it('warns, naming each line, when the source drops a sub-section heading', () => {
    const withoutLine31 = source
      .split('\n')
      .filter((line) => !line.startsWith('4.2. UN resolutions'))
      .join('\n');
    const { warnings } = importDocument(withoutLine31);
    expect(warnings.filter((warning) => !warning.includes('dropped'))).toEqual([
      'line 31: typed "4.2.1." but its computed number is "4.1.1."',
      'line 32: typed "4.2.2." but its computed number is "4.1.2."',
    ]);
  });
});
