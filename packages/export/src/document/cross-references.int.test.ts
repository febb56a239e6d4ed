import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';

import type { TiptapNode } from '@rapporteur/diff';
import { describe, expect, it } from 'vitest';

import {
  docxPart,
  exampleCover,
  numbered,
  skipWithoutOffice,
  summaryDocument,
  text,
  withTempDir,
} from '../../testing/index.js';
import { exportDocx } from '../docx/export-docx.js';
import { exportHtml } from '../html/export-html.js';
import { exportMarkdown } from '../markdown/export-markdown.js';

/** The fixture with a new section inserted just before section 8 (which 10.1 refers to). */
function withSectionBeforeEight(): TiptapNode {
  const doc = summaryDocument();
  const blocks = doc.content ?? [];
  const at = blocks.findIndex((block) => typeof block.attrs?.['id'] === 'string');
  return {
    ...doc,
    content: [...blocks.slice(0, at), numbered(1, text('Inserted')), ...blocks.slice(at)],
  };
}

const flat = (markup: string): string => markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('exports print the current number of a cross-reference (decision 48)', () => {
  it('Markdown and HTML say "section 8" as imported, and "section 9" once a section is inserted above', () => {
    expect(exportMarkdown(summaryDocument(), exampleCover())).toContain(
      'reflected in section 8 above',
    );
    const edited = withSectionBeforeEight();
    expect(exportMarkdown(edited, exampleCover())).toContain('reflected in section 9 above');
    expect(flat(exportHtml(edited, exampleCover()))).toContain('reflected in section 9 above');
  });

  it.skipIf(skipWithoutOffice())(
    'DOCX says "section 9" once a section is inserted above',
    async () => {
      await withTempDir(async (dir) => {
        const file = join(dir, 'edited.docx');
        await writeFile(file, await exportDocx(withSectionBeforeEight(), exampleCover()));
        expect(flat(await docxPart(file, 'word/document.xml'))).toContain(
          'reflected in section 9 above',
        );
      });
    },
  );
});
