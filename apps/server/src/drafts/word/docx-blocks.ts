import {
  furnitureWarning,
  type ImportBlock,
  type ImportBlocks,
  type ImportInline,
  MAX_LEVEL,
  pageFurniture,
  parseNumberedLine,
} from '@rapporteur/editor-schema';

import type { DocxBlock, DocxParagraph } from './docx-body.js';
import { plain } from './docx-body.js';
import type { DocxPackage, DocxStyle } from './docx-package.js';

// As the text importer reads a plain line: a few words, no digits or sentence punctuation.
const HEADING_LIKE = /^\p{Lu}[\p{L}\p{M}'’&\- ]*$/u;
const HEADING_MAX_WORDS = 5;
const HEADING_STYLE = /^heading (\d)$/;
// A typed number at the start of a paragraph's raw text, with the space after it.
const TYPED_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})*\.?[ \t\u00a0]+/;

/**
 * The import's blocks for a Word body: Title and the first plain paragraph give the title,
 * Heading n a heading (or a numbered paragraph when it starts with a typed number), Word list
 * numbering a numbered paragraph at its level (ilvl 0 is level 1) or a bullet, a typed number
 * ("8.2.1.1 ...") a numbered paragraph as in text, tables tables; page furniture is dropped.
 */
export function docxBlocks(
  pkg: DocxPackage,
  body: readonly DocxBlock[],
  warnings: string[],
): ImportBlocks {
  const blocks: ImportBlock[] = [];
  const counters = new Map<string, number[]>();
  let title: string | undefined;
  let bullets: ImportInline[] | undefined;
  const closeBullets = (line: number): void => {
    if (bullets) blocks.push({ kind: 'bullets', items: bullets, line });
    bullets = undefined;
  };

  body.forEach((block, index) => {
    const line = index + 1;
    if (block.kind === 'table') {
      closeBullets(line);
      const rows = block.rows.map((row) => ({
        header: row.header,
        cells: row.cells.map((cell) => joinParagraphs(cell)),
      }));
      if (rows.length > 0) blocks.push({ kind: 'table', rows, line });
      return;
    }
    const text = clean(plain(block.inline));
    if (text === '' && !block.inline.some((node) => node.type === 'footnote')) return;
    const style = styleOf(pkg, block.styleId);
    const list = listOf(pkg, block, style);
    if (list?.format === 'bullet') {
      (bullets ??= []).push(block.inline);
      return;
    }
    closeBullets(line);
    const where = `paragraph ${line}`;
    if (list !== undefined) {
      const typed = count(counters, list);
      const level = Math.min(list.ilvl + 1, MAX_LEVEL);
      if (list.ilvl + 1 > MAX_LEVEL)
        warnings.push(
          `${where}: a list level deeper than ${MAX_LEVEL} is read as level ${MAX_LEVEL}`,
        );
      blocks.push({
        kind: 'numbered',
        typed: typed.slice(0, level),
        inline: withoutTypedNumber(block.inline),
        line,
      });
      return;
    }
    const numbered = parseNumberedLine(text, line);
    if (numbered) {
      title ??= '';
      blocks.push({
        kind: 'numbered',
        typed: numbered.components,
        inline: withoutTypedNumber(block.inline),
        line,
      });
      return;
    }
    const furniture = pageFurniture(text);
    if (furniture !== undefined) {
      warnings.push(furnitureWarning(where, text, furniture));
      return;
    }
    const headingLevel = headingOf(style, block);
    if (style?.name === 'title' || title === undefined) {
      // The first line is the title, as in a text import, whatever its style.
      title ??= text;
      blocks.push({ kind: 'heading', level: 1, inline: block.inline, line });
    } else if (headingLevel !== undefined) {
      blocks.push({
        kind: 'heading',
        level: Math.min(headingLevel + 1, 6),
        inline: block.inline,
        line,
      });
    } else if (HEADING_LIKE.test(text) && text.split(' ').length <= HEADING_MAX_WORDS) {
      blocks.push({ kind: 'heading', level: 2, inline: block.inline, line });
    } else {
      blocks.push({ kind: 'paragraph', inline: block.inline, line });
    }
  });
  closeBullets(body.length);
  return { blocks, title: title ?? '' };
}

function styleOf(pkg: DocxPackage, id: string | undefined): DocxStyle | undefined {
  return id === undefined ? undefined : pkg.styles.get(id);
}

/** The paragraph's Word list, from its own numPr or its style's (followed up to 5 basedOn steps). */
function listOf(pkg: DocxPackage, block: DocxParagraph, style: DocxStyle | undefined) {
  let numId = block.numbering?.numId;
  let ilvl = block.numbering?.ilvl;
  for (let s = style, steps = 0; numId === undefined && s !== undefined && steps < 5; steps += 1) {
    numId = s.numId;
    ilvl ??= s.ilvl;
    s = styleOf(pkg, s.basedOn);
  }
  if (numId === undefined || numId === '0') return undefined;
  const numbering = pkg.numbering.get(numId);
  if (numbering === undefined) return undefined;
  const level = Math.max(0, Math.min(ilvl ?? 0, 8));
  const format = numbering.levels[level]?.format ?? 'decimal';
  if (format === 'none') return undefined;
  return { list: numbering.list, ilvl: level, format, levels: numbering.levels };
}

/** The number Word shows at this level: one more at its level, deeper levels start again. */
function count(
  counters: Map<string, number[]>,
  list: NonNullable<ReturnType<typeof listOf>>,
): number[] {
  const current = counters.get(list.list) ?? [];
  const next = current.slice(0, list.ilvl + 1);
  for (let i = 0; i <= list.ilvl; i += 1) {
    const start = list.levels[i]?.start ?? 1;
    if (i === list.ilvl) next[i] = (current[i] ?? start - 1) + 1;
    else next[i] ??= start;
  }
  counters.set(list.list, next);
  return next;
}

function headingOf(style: DocxStyle | undefined, block: DocxParagraph): number | undefined {
  const byName = HEADING_STYLE.exec(style?.name ?? '')?.[1];
  if (byName !== undefined) return Number(byName);
  const outline = block.outlineLevel ?? style?.outlineLevel;
  return outline !== undefined && outline < 9 ? outline + 1 : undefined;
}

/** The inline content without a typed number at its start, which the document computes. */
function withoutTypedNumber(inline: ImportInline): ImportInline {
  const prefix = TYPED_NUMBER.exec(plain(inline))?.[0].length ?? 0;
  let drop = prefix;
  const out = inline.flatMap((node) => {
    if (drop === 0 || node.text === undefined) return [node];
    const text = node.text.slice(drop);
    drop = Math.max(0, drop - node.text.length);
    return text === '' ? [] : [{ ...node, text }];
  });
  const first = out[0];
  if (first?.text !== undefined && first.text.trimStart() !== first.text) {
    const trimmed = first.text.trimStart();
    return trimmed === '' ? out.slice(1) : [{ ...first, text: trimmed }, ...out.slice(1)];
  }
  return out;
}

function joinParagraphs(cell: readonly DocxParagraph[]): ImportInline {
  return cell.flatMap((paragraph, i) =>
    i === 0 ? paragraph.inline : [{ type: 'text', text: ' ' }, ...paragraph.inline],
  );
}

function clean(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}
