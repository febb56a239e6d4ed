/** An element of an XML document: its qualified name ('w:p'), attributes, and children. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

// The parts of a .docx are machine-written XML: elements, attributes in quotes, text, the five
// entities and character references, CDATA, comments and processing instructions. A reader
// of that much is smaller than a dependency and never fetches a DTD or expands an entity of
// the file's own (no "billion laughs"): there is no DOCTYPE handling at all.
const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_DEPTH = 200;

/** Thrown for XML that is not well formed; the Word reader refuses the file as damaged. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
}

/** Parses a part of a .docx into its root element. Throws XmlError when it is not well formed. */
export function parseXml(text: string): XmlElement {
  const root: { name: string; attrs: Record<string, string>; children: XmlNode[] } = {
    name: '#root',
    attrs: {},
    children: [],
  };
  const stack = [root];
  let consumed = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new XmlError(`unexpected "<" at ${consumed}`);
    consumed = match.index + match[0].length;
    const [, cdata, closing, name, attributes, selfClosing, chars] = match;
    const parent = stack.at(-1) ?? root;
    if (cdata !== undefined) parent.children.push(cdata);
    else if (chars !== undefined) parent.children.push(decode(chars));
    else if (name === undefined) continue;
    else if (closing === '/') {
      if (parent.name !== name || stack.length === 1) throw new XmlError(`unexpected </${name}>`);
      stack.pop();
    } else {
      const element = { name, attrs: readAttributes(attributes ?? ''), children: [] as XmlNode[] };
      parent.children.push(element);
      if (selfClosing !== '/') stack.push(element);
      if (stack.length > MAX_DEPTH) throw new XmlError('nested too deep');
    }
  }
  if (consumed !== text.length || stack.length !== 1) throw new XmlError('the XML is cut short');
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (top === undefined) throw new XmlError('no root element');
  return top;
}

/** The child elements of `element` called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.name === name,
  );
}

/** The first child element of `element` called `name`. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element === undefined ? undefined : childrenNamed(element, name)[0];
}

/** The `w:val` of the child `name` ('w:pStyle' gives 'Heading1'), or undefined. */
export function valueOf(element: XmlElement | undefined, name: string): string | undefined {
  return childNamed(element, name)?.attrs['w:val'];
}

function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, key = '', double, single] of text.matchAll(ATTRIBUTE)) {
    attrs[key] = decode(double ?? single ?? '');
  }
  return attrs;
}

function decode(text: string): string {
  return text.replace(ENTITY, (whole, ...groups: (string | undefined)[]) => {
    const [named, decimal, hex] = groups;
    if (named !== undefined) return NAMED[named.toLowerCase()] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
