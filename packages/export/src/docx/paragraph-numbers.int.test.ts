// Word numbering that lives: every numbered paragraph is in Word's multi-level numbering, so
// LibreOffice prints the numbers itself and renumbers the rest when someone adds a paragraph.
import { describe, expect, it } from 'vitest';

import {
  convertToPdf,
  docxPart,
  firstOutOfOrder,
  flowing,
  numbered,
  pdfText,
  rewriteDocx,
  skipWithoutOffice,
  summaryDocument,
  text,
  withTempDir,
  exampleCover,
} from '../../testing/index.js';
import { exportDocx } from './export-docx.js';

const skip = skipWithoutOffice();
const OFFICE_TIMEOUT = 120_000;
const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const ADDED = 'A section added in the DOCX.';
const NUMBERED_STYLE = /<w:pStyle w:val="Numbered(?:Section|Paragraph)"\/>/;

function levelsOf(doc: ReturnType<typeof summaryDocument>): number[] {
  return (doc.content ?? [])
    .filter((block) => block.type === 'numberedParagraph')
    .map((block) => Number(block.attrs?.['level']));
}

describe('paragraph numbers in Word, opened in LibreOffice', () => {
  it.skipIf(skip)(
    'puts every numbered paragraph in one multi-level numbering, at its level, with no typed number',
    async () => {
      const doc = summaryDocument();
      await withTempDir(async (dir) => {
        const file = await rewriteDocx(
          await exportDocx(doc, exampleCover()),
          { dir, name: 'n.docx' },
          (xml) => xml,
        );
        const xml = await docxPart(file, 'word/document.xml');
        const numbering = await docxPart(file, 'word/numbering.xml');
        const numberedXml = (xml.match(PARAGRAPH) ?? []).filter((p) => NUMBERED_STYLE.test(p));
        const levels = numberedXml.map(
          (p) => Number(/<w:ilvl w:val="(\d)"\/>/.exec(p)?.[1] ?? -1) + 1,
        );
        const numIds = new Set(numberedXml.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]));

        expect(numberedXml).toHaveLength(77);
        expect(levels).toEqual(levelsOf(doc));
        expect(numIds.size).toBe(1);
        // The text starts with the paragraph's words, not with a number someone could type over.
        expect(numberedXml.some((p) => /<w:t[^>]*>\d+\.(\d+\.)*<\/w:t>/.test(p))).toBe(false);
        for (const format of ['%1.', '%1.%2.', '%1.%2.%3.', '%1.%2.%3.%4.']) {
          expect(numbering).toContain(`<w:lvlText w:val="${format}"/>`);
        }
        // Each level hangs from an indent of its own.
        const indents = [...numbering.matchAll(/<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/g)].map(
          (match) => match[1],
        );
        expect(new Set(indents.slice(-6)).size).toBe(6);
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'renumbers every later paragraph when a section is added before section 8 in the file',
    async () => {
      const doc = summaryDocument();
      await withTempDir(async (dir) => {
        const bytes = await exportDocx(doc, exampleCover());
        // What a person does in Word or LibreOffice: a new paragraph in the section style, before
        // section 8. Copying section 8's paragraph keeps its numbering; only the words differ.
        const file = await rewriteDocx(bytes, { dir, name: 'added.docx' }, (xml) => {
          const section8 = (xml.match(PARAGRAPH) ?? []).find((p) =>
            p.includes('The group considered and discussed with appreciation'),
          );
          const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(section8 ?? '')?.[0];
          if (section8 === undefined || properties === undefined) throw new Error('no section 8');
          const added = `<w:p>${properties}<w:r><w:t>${ADDED}</w:t></w:r></w:p>`;
          return xml.replace(section8, `${added}${section8}`);
        });
        const flow = flowing(await pdfText(await convertToPdf(file, dir)));

        const blocks = doc.content ?? [];
        const at = blocks.findIndex((block) =>
          JSON.stringify(block).includes('The group considered and'),
        );
        const edited = {
          ...doc,
          content: [...blocks.slice(0, at), numbered(1, text(ADDED)), ...blocks.slice(at)],
        };
        expect(flow).toContain('8. A section added in the DOCX.');
        expect(flow).toContain('9. The group considered and discussed with appreciation');
        expect(flow).toContain('9.2.1.1. to provide information on the implementation');
        expect(firstOutOfOrder(flow, edited)).toBeUndefined();
      });
    },
    OFFICE_TIMEOUT,
  );
});
