// The few DOM calls ProseMirror's DOMSerializer makes, answered with plain objects that print
// themselves as HTML. Server-side rendering used @tiptap/html, which opens a happy-dom window
// per call: about 0.25 MiB that was never given back (measured: +60 MiB after 250 renders),
// and time travel renders on every request. This has no window, nothing to close, no leak.

const VOID_ELEMENTS = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'source',
  'wbr',
]);

function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\u00a0', '&nbsp;');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('\u00a0', '&nbsp;');
}

type StringNode = StringElement | StringText | StringFragment;

class StringText {
  readonly nodeType = 3;
  constructor(readonly text: string) {}
  get outerHTML(): string {
    return escapeText(this.text);
  }
}

class StringParent {
  readonly children: StringNode[] = [];
  appendChild<T extends StringNode>(child: T): T {
    if (child instanceof StringFragment) this.children.push(...child.children);
    else this.children.push(child);
    return child;
  }
  get innerHTML(): string {
    return this.children.map((child) => child.outerHTML).join('');
  }
}

class StringFragment extends StringParent {
  readonly nodeType = 11;
  get outerHTML(): string {
    return this.innerHTML;
  }
}

class StringElement extends StringParent {
  readonly nodeType = 1;
  readonly #attributes = new Map<string, string>();
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: unknown): void {
    this.#attributes.set(name, String(value));
  }
  setAttributeNS(_namespace: string, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  get outerHTML(): string {
    const attributes = [...this.#attributes]
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    const open = `<${this.tagName}${attributes}>`;
    return VOID_ELEMENTS.has(this.tagName) ? open : `${open}${this.innerHTML}</${this.tagName}>`;
  }
}

/** A stand-in for `document` with what DOMSerializer calls; its nodes print as HTML. */
export const stringDocument = {
  createDocumentFragment: () => new StringFragment(),
  createElement: (tagName: string) => new StringElement(tagName.toLowerCase()),
  createElementNS: (_namespace: string, tagName: string) => new StringElement(tagName),
  createTextNode: (text: string) => new StringText(text),
};

export { StringFragment };
