import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { readSummaryFixture } from '../../testing/index.js';
import { renderHtml } from '../render/render-html.js';
import { referenceNumbersOf } from '../references/reference-numbers.js';
import { validateDocument } from '../schema/validate-document.js';
import { importDocument } from './import-document.js';

const blocksOf = (doc: JSONContent): JSONContent[] => doc.content ?? [];

function referencesIn(doc: JSONContent): JSONContent[] {
  const found: JSONContent[] = [];
  const visit = (node: JSONContent): void => {
    if (node.type === 'crossReference') found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

describe('the importer links "section N" and "paragraph N.M"', () => {
  const { doc } = importDocument(readSummaryFixture());

  it('turns the fixture\'s "section 8 above" into a reference to section 8', () => {
    const references = referencesIn(doc);
    expect(references).toHaveLength(1);
    const target = references[0]?.attrs?.['target'] as string;
    const section8 = blocksOf(doc).find((block) => block.attrs?.['id'] === target);
    expect(section8?.attrs?.['level']).toBe(1);
    expect(section8?.content?.[0]?.text).toMatch(
      /^The group considered and discussed with appreciation/u,
    );
    expect(referenceNumbersOf(doc).get(target)).toBe('8');
    expect(validateDocument(doc)).toEqual({ ok: true });
  });

  it('keeps the word as text around the number', () => {
    const home = blocksOf(doc).find((block) =>
      block.content?.some((child) => child.type === 'crossReference'),
    );
    const texts = (home?.content ?? []).map((child) => child.text ?? `[${child.attrs?.['label']}]`);
    expect(texts.join('')).toMatch(/reflected in section \[8\] above\.$/u);
  });

  it('reads "section 9" once a section is inserted before section 8', () => {
    const blocks = blocksOf(doc);
    const at = blocks.findIndex((block) => block.attrs?.['id'] !== undefined);
    const inserted = {
      type: 'numberedParagraph',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'New' }],
    };
    const edited = { ...doc, content: [...blocks.slice(0, at), inserted, ...blocks.slice(at)] };
    expect(renderHtml(edited)).toMatch(
      /reflected in section <a [^>]*class="cross-reference"[^>]*>9<\/a> above/u,
    );
  });

  it('leaves a number that no paragraph has, and text in a link, as text', () => {
    const source =
      '1. One\n1.1. See section 4 and paragraph 1.1.\n1.2. [section 1](https://x.org) and sections 1';
    const imported = importDocument(source, { format: 'markdown' });
    const labels = referencesIn(imported.doc).map((node): unknown => node.attrs?.['label']);
    expect(labels).toEqual(['1.1', '1']);
    const ids = blocksOf(imported.doc).map((block): unknown => block.attrs?.['id'] ?? null);
    expect(ids.filter((id) => id !== null)).toHaveLength(2);
  });
});
