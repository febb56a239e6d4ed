import type { ImportInline } from '@rapporteur/editor-schema';
import { MAX_FOOTNOTE_LENGTH } from '@rapporteur/editor-schema';
import type { JSONContent } from '@tiptap/core';

import type { DocxPackage } from './docx-package.js';
import { childNamed, childrenNamed, valueOf, type XmlElement, type XmlNode } from './xml-tree.js';

/** A paragraph of the body as Word keeps it: its style, its list numbering, its runs. */
export interface DocxParagraph {
  readonly kind: 'paragraph';
  readonly styleId: string | undefined;
  readonly numbering: { readonly numId: string; readonly ilvl: number } | undefined;
  readonly outlineLevel: number | undefined;
  readonly inline: ImportInline;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: readonly {
    readonly header: boolean;
    readonly cells: readonly DocxParagraph[][];
  }[];
}

export type DocxBlock = DocxParagraph | DocxTable;

type Mark = NonNullable<JSONContent['marks']>[number];

/** Where runs are read from and written to. */
interface Sink {
  readonly pkg: DocxPackage;
  readonly out: JSONContent[];
}

// Only web and mail addresses become links: a file's javascript: or file: target must not.
const SAFE_URL = /^(?:https?:|mailto:)/i;
// Containers whose content is the document's own (content controls, smart tags, insertions).
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:smartTag',
  'w:ins',
  'w:customXml',
  'w:fldSimple',
]);

/** The body's paragraphs and tables in order; section properties and deletions are skipped. */
export function readBody(pkg: DocxPackage, body: XmlElement = pkg.body): DocxBlock[] {
  return elements(body).flatMap((child): DocxBlock[] => {
    if (child.name === 'w:p') return [paragraph(pkg, child)];
    if (child.name === 'w:tbl') return [table(pkg, child)];
    if (TRANSPARENT.has(child.name)) return readBody(pkg, child);
    return [];
  });
}

function paragraph(pkg: DocxPackage, p: XmlElement): DocxParagraph {
  const pPr = childNamed(p, 'w:pPr');
  const numPr = childNamed(pPr, 'w:numPr');
  const numId = valueOf(numPr, 'w:numId');
  const outline = valueOf(pPr, 'w:outlineLvl');
  const inline: JSONContent[] = [];
  runs({ pkg, out: inline }, p, []);
  tidy(inline);
  return {
    kind: 'paragraph',
    styleId: valueOf(pPr, 'w:pStyle'),
    // numId 0 is Word's way of saying "no numbering here", overriding the style's.
    numbering:
      numId === undefined ? undefined : { numId, ilvl: Number(valueOf(numPr, 'w:ilvl') ?? 0) },
    outlineLevel: outline === undefined ? undefined : Number(outline),
    inline,
  };
}

function table(pkg: DocxPackage, tbl: XmlElement): DocxTable {
  return {
    kind: 'table',
    rows: childrenNamed(tbl, 'w:tr').map((tr) => ({
      header: childNamed(childNamed(tr, 'w:trPr'), 'w:tblHeader') !== undefined,
      cells: childrenNamed(tr, 'w:tc').map((tc) =>
        readBody(pkg, tc).flatMap((block) => (block.kind === 'paragraph' ? [block] : [])),
      ),
    })),
  };
}

function runs(sink: Sink, parent: XmlElement, marks: readonly Mark[]): void {
  const { pkg } = sink;
  for (const child of elements(parent)) {
    if (child.name === 'w:r') run(sink, child, marks);
    else if (child.name === 'w:hyperlink') {
      const href = pkg.links.get(child.attrs['r:id'] ?? '');
      const link =
        href !== undefined && SAFE_URL.test(href) ? [{ type: 'link', attrs: { href } }] : [];
      runs(sink, child, [...marks, ...link]);
    } else if (TRANSPARENT.has(child.name)) runs(sink, child, marks);
  }
}

function run(sink: Sink, r: XmlElement, outer: readonly Mark[]): void {
  const { pkg, out } = sink;
  const rPr = childNamed(r, 'w:rPr');
  const marks = [...outer];
  if (isOn(childNamed(rPr, 'w:b'))) marks.push({ type: 'bold' });
  if (isOn(childNamed(rPr, 'w:i'))) marks.push({ type: 'italic' });
  for (const child of elements(r)) {
    if (child.name === 'w:t') pushText(out, textOf(child), marks);
    else if (child.name === 'w:tab' || child.name === 'w:br' || child.name === 'w:cr')
      pushText(out, ' ', marks);
    else if (child.name === 'w:noBreakHyphen') pushText(out, '-', marks);
    else if (child.name === 'w:footnoteReference') {
      const note = footnoteText(pkg, child.attrs['w:id'] ?? '');
      if (note !== '') out.push({ type: 'footnote', attrs: { text: note } });
    }
  }
}

function footnoteText(pkg: DocxPackage, id: string): string {
  const note = pkg.footnotes.get(id);
  if (note === undefined) return '';
  // Without footnotes of its own: a note that refers to itself must not recurse.
  const text = readBody({ ...pkg, footnotes: new Map() }, note)
    .flatMap((block) => (block.kind === 'paragraph' ? [plain(block.inline)] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.slice(0, MAX_FOOTNOTE_LENGTH);
}

/** The plain text of inline content (footnotes hold none of the paragraph's text). */
export function plain(inline: ImportInline): string {
  return inline.map((node) => node.text ?? '').join('');
}

/** Spaces as a reader sees them: runs of spaces and tabs are one, none at either end. */
function tidy(inline: JSONContent[]): void {
  for (const node of inline)
    if (node.text !== undefined) node.text = node.text.replace(/[ \t\u00a0]+/g, ' ');
  const first = inline[0];
  if (first?.text !== undefined) first.text = first.text.trimStart();
  const last = inline.at(-1);
  if (last?.text !== undefined) last.text = last.text.trimEnd();
  for (let i = inline.length - 1; i >= 0; i -= 1) if (inline[i]?.text === '') inline.splice(i, 1);
}

function isOn(toggle: XmlElement | undefined): boolean {
  const value = toggle?.attrs['w:val'];
  return toggle !== undefined && value !== '0' && value !== 'false' && value !== 'none';
}

function textOf(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}

function pushText(out: JSONContent[], text: string, marks: readonly Mark[]): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.text !== undefined && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
    last.text += text;
    return;
  }
  out.push(marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: [...marks] });
}

function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child: XmlNode): child is XmlElement => typeof child !== 'string');
}
