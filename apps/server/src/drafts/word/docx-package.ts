import { childNamed, childrenNamed, parseXml, valueOf, type XmlElement } from './xml-tree.js';
import type { ZipArchive } from './zip-archive.js';
import { ZipError } from './zip-archive.js';

/** A numbering level of Word's list definitions: its format ('decimal', 'bullet') and start. */
export interface NumberingLevel {
  readonly format: string;
  readonly start: number;
}

/** What the body needs from the other parts of a .docx. Headers and footers are not read. */
export interface DocxPackage {
  readonly body: XmlElement;
  /** Hyperlink targets by relationship id. */
  readonly links: ReadonlyMap<string, string>;
  /** numId -> level index -> level; numIds of one abstract list share its counters' key. */
  readonly numbering: ReadonlyMap<
    string,
    { readonly list: string; readonly levels: readonly NumberingLevel[] }
  >;
  /** styleId -> the style's name in lower case ('heading 1', 'title') and its numbering. */
  readonly styles: ReadonlyMap<string, DocxStyle>;
  /** The text of each footnote by its id. */
  readonly footnotes: ReadonlyMap<string, XmlElement>;
}

export interface DocxStyle {
  readonly name: string;
  readonly outlineLevel: number | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
  readonly basedOn: string | undefined;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Reads the main document part and the parts it refers to (numbering, styles, footnotes, links). */
export function readDocxPackage(zip: ZipArchive): DocxPackage {
  const main = mainPartName(zip);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const document = xmlPart(zip, main);
  if (document === undefined) throw new ZipError('corrupt', `it has no ${main}`);
  const body = childNamed(document, 'w:body');
  if (body === undefined) throw new ZipError('corrupt', `${main} has no body`);
  const relationships = xmlPart(zip, `${folder}_rels/${main.slice(folder.length)}.rels`);
  const links = new Map<string, string>();
  for (const rel of relationships === undefined
    ? []
    : childrenNamed(relationships, 'Relationship')) {
    if (rel.attrs['Type']?.endsWith('/hyperlink') && rel.attrs['Id'] && rel.attrs['Target']) {
      links.set(rel.attrs['Id'], rel.attrs['Target']);
    }
  }
  return {
    body,
    links,
    numbering: readNumbering(xmlPart(zip, `${folder}numbering.xml`)),
    styles: readStyles(xmlPart(zip, `${folder}styles.xml`)),
    footnotes: readFootnotes(xmlPart(zip, `${folder}footnotes.xml`)),
  };
}

function mainPartName(zip: ZipArchive): string {
  const rels = xmlPart(zip, '_rels/.rels');
  const main =
    rels &&
    childrenNamed(rels, 'Relationship').find((rel) =>
      OFFICE_DOCUMENT.test(rel.attrs['Type'] ?? ''),
    );
  const target = main?.attrs['Target']?.replace(/^\//, '');
  if (target !== undefined && zip.has(target)) return target;
  if (zip.has('word/document.xml')) return 'word/document.xml';
  throw new ZipError('corrupt', 'it has no Word document inside (no word/document.xml)');
}

function xmlPart(zip: ZipArchive, name: string): XmlElement | undefined {
  const bytes = zip.read(name);
  return bytes === undefined ? undefined : parseXml(new TextDecoder().decode(bytes));
}

function readNumbering(numbering: XmlElement | undefined): DocxPackage['numbering'] {
  const out = new Map<string, { list: string; levels: NumberingLevel[] }>();
  if (numbering === undefined) return out;
  const abstract = new Map<string, NumberingLevel[]>();
  for (const list of childrenNamed(numbering, 'w:abstractNum')) {
    const levels: NumberingLevel[] = [];
    for (const level of childrenNamed(list, 'w:lvl')) {
      const index = Number(level.attrs['w:ilvl'] ?? 0);
      if (index >= 0 && index < 9) {
        levels[index] = {
          format: valueOf(level, 'w:numFmt') ?? 'decimal',
          start: Number(valueOf(level, 'w:start') ?? 1),
        };
      }
    }
    abstract.set(list.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const num of childrenNamed(numbering, 'w:num')) {
    const list = valueOf(num, 'w:abstractNumId') ?? '';
    out.set(num.attrs['w:numId'] ?? '', { list, levels: abstract.get(list) ?? [] });
  }
  return out;
}

function readStyles(styles: XmlElement | undefined): DocxPackage['styles'] {
  const out = new Map<string, DocxStyle>();
  for (const style of styles === undefined ? [] : childrenNamed(styles, 'w:style')) {
    const pPr = childNamed(style, 'w:pPr');
    const numPr = childNamed(pPr, 'w:numPr');
    const outline = valueOf(pPr, 'w:outlineLvl');
    const ilvl = valueOf(numPr, 'w:ilvl');
    out.set(style.attrs['w:styleId'] ?? '', {
      name: (valueOf(style, 'w:name') ?? '').toLowerCase(),
      outlineLevel: outline === undefined ? undefined : Number(outline),
      numId: valueOf(numPr, 'w:numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: valueOf(style, 'w:basedOn'),
    });
  }
  return out;
}

function readFootnotes(footnotes: XmlElement | undefined): DocxPackage['footnotes'] {
  const out = new Map<string, XmlElement>();
  for (const note of footnotes === undefined ? [] : childrenNamed(footnotes, 'w:footnote')) {
    // The separator and continuation "notes" are Word's lines above the notes, not notes.
    const type = note.attrs['w:type'];
    if (type === undefined || type === 'normal') out.set(note.attrs['w:id'] ?? '', note);
  }
  return out;
}
