import type { Extensions, JSONContent } from '@tiptap/core';
import { getSchema, Mark } from '@tiptap/core';
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model';

import { clampLevel, paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { withCurrentReferenceNumbers } from '../references/reference-numbers.js';
import { rapporteurExtensions } from '../schema/extensions.js';
import { NUMBERED_PARAGRAPH, nodeNames } from '../schema/node-names.js';
import { validateDocument } from '../schema/validate-document.js';
import { footnotesSection, FootnoteReferenceText, withFootnotesAsText } from './footnote-notes.js';
import { StringFragment, stringDocument } from './string-dom.js';

// Why numbers go in as marked text rather than through the node's renderHTML: serialising
// runs no plugins, so the editor's widgets never reach it, and a renderHTML cannot know a
// paragraph's number (it sees one node, and a content hole must be its element's only child,
// so it could not put a span beside the text anyway). Writing the numbers into a copy of the
// JSON, as text under an export-only mark, gives the same markup the editor shows
// (<h2 class="numbered-paragraph" data-level="1"><span class="paragraph-number">1.</span> ...),
// numbered by the same paragraphNumbers, and leaves the stored schema without a number field.
const PARAGRAPH_NUMBER_MARK = 'paragraphNumber';

const ParagraphNumberText = Mark.create({
  name: PARAGRAPH_NUMBER_MARK,
  renderHTML: () => ['span', { class: 'paragraph-number' }, 0],
});

let exportSchema: Schema | undefined;

/**
 * Server-side rendering of a Tiptap JSON document to HTML, with each numbered paragraph's
 * computed number as text (a reader of the export sees "4.2.1."), and each footnote as a
 * superscript number linking to a notes list at the end (`<section class="footnotes"><ol>`).
 * A caller rendering a document in parts passes one `footnotes` list to every part: the notes
 * are then numbered on across the parts and added to it, and the caller writes the list
 * (footnotesSection). Throws a RangeError listing the problems when the document does not fit
 * the schema (see validateDocument).
 */
export function renderHtml(doc: JSONContent, options: { footnotes?: string[] } = {}): string {
  const validation = validateDocument(doc);
  if (!validation.ok) {
    throw new RangeError(
      `renderHtml: the document does not fit the schema: ${validation.problems.join('; ')}`,
    );
  }
  exportSchema ??= getSchema([
    ...rapporteurExtensions(),
    ParagraphNumberText,
    FootnoteReferenceText,
  ] as Extensions);
  const notes = options.footnotes ?? [];
  const node = Node.fromJSON(
    exportSchema,
    withFootnotesAsText(withNumbersAsText(withCurrentReferenceNumbers(doc)), notes),
  );
  const html = new StringFragment();
  DOMSerializer.fromSchema(exportSchema).serializeFragment(
    node.content,
    { document: stringDocument as unknown as Document },
    html as unknown as DocumentFragment,
  );
  return options.footnotes === undefined
    ? html.innerHTML + footnotesSection(notes)
    : html.innerHTML;
}

/** A copy of the document where each numbered paragraph starts with its number, marked. */
function withNumbersAsText(doc: JSONContent): JSONContent {
  const levels: number[] = [];
  forEachNumbered(doc, (node) => levels.push(clampLevel(node.attrs?.['level'])));
  const numbers = paragraphNumbers(levels);
  let next = 0;

  const number = (node: JSONContent): JSONContent => {
    if (node.type === NUMBERED_PARAGRAPH) {
      const text = numbers[next] ?? '';
      next += 1;
      const numberText = { type: nodeNames.text, text, marks: [{ type: PARAGRAPH_NUMBER_MARK }] };
      return {
        ...node,
        content: [numberText, { type: nodeNames.text, text: ' ' }, ...(node.content ?? [])],
      };
    }
    return node.content ? { ...node, content: node.content.map(number) } : node;
  };
  return number(doc);
}

// Document order, not descending into a numbered paragraph: the order the editor's plugin uses.
function forEachNumbered(node: JSONContent, visit: (node: JSONContent) => void): void {
  if (node.type === NUMBERED_PARAGRAPH) {
    visit(node);
    return;
  }
  node.content?.forEach((child) => {
    forEachNumbered(child, visit);
  });
}
