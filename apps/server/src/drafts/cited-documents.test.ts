import { readFileSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { documentHref, DEFAULT_LINK_TEMPLATE } from '@rapporteur/domain';
import { importDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import { citedDocuments, SOURCE_NOT_STATED } from './cited-documents.js';
import { withSymbolLinks } from './link-symbols.js';

const FIXTURE = new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);
const { doc } = importDocument(readFileSync(FIXTURE, 'utf8'));

function linksIn(node: JSONContent): { text: string; href: unknown }[] {
  if (node.type === 'text') {
    const link = node.marks?.find((mark) => mark.type === 'link');
    return link === undefined ? [] : [{ text: node.text ?? '', href: link.attrs?.['href'] }];
  }
  return (node.content ?? []).flatMap(linksIn);
}

describe('the contributions the fixture cites', () => {
  const cited = citedDocuments(doc);

  it('are all 19, once each, with their revisions', () => {
    expect(cited).toHaveLength(19);
    expect(cited.find((d) => d.symbol === 'S19-CWGWSIS34-C-0001')?.revision).toBe(4);
    expect(cited.filter((d) => d.symbol === 'S19-CWGWSIS34-INF-0001')).toHaveLength(1);
  });

  it('take their title from the text before "(symbol)"', () => {
    expect(cited.find((d) => d.symbol === 'S19-CWGWSIS34-C-0003')).toEqual({
      symbol: 'S19-CWGWSIS34-C-0003',
      revision: 0,
      title: 'ITU Roadmaps for WSIS Action Lines C2, C5, C6 – Update for 2019',
      source: SOURCE_NOT_STATED,
    });
  });

  it('take the source from "X introduced their document" and the title from the line before', () => {
    expect(cited.find((d) => d.symbol === 'S19-CWGWSIS34-C-0019')).toMatchObject({
      source: 'Kingdom of Saudi Arabia',
      title: 'United Nations High-level Panel on Digital Cooperation',
    });
    expect(cited.find((d) => d.symbol === 'S19-CWGWSIS34-C-0018')).toMatchObject({
      source: 'Russian Federation',
      title: 'Proposals for the work of CWG-WSIS&SDG',
    });
  });

  it('become links, every citation of them, with the rest of the text untouched', () => {
    const links = linksIn(
      withSymbolLinks(doc, (s) =>
        documentHref(DEFAULT_LINK_TEMPLATE, { symbol: s.base, revision: s.revision }),
      ),
    );
    expect(links).toHaveLength(20);
    expect(links[0]).toEqual({
      text: 'S19-CWGWSIS34-C-0001 Rev.4',
      href: 'https://www.itu.int/md/S19-CWGWSIS34-C-0001/en',
    });
    expect(JSON.stringify(withSymbolLinks(doc, () => undefined))).toBe(JSON.stringify(doc));
  });
});
