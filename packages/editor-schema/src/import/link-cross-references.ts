import type { JSONContent } from '@tiptap/core';

import { clampLevel, paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { newParagraphId } from '../references/paragraph-ids.js';
import { referenceNumber } from '../references/reference-numbers.js';
import { CROSS_REFERENCE, NUMBERED_PARAGRAPH, markNames, nodeNames } from '../schema/node-names.js';

// "section 8", "Paragraph 8.2.1", "paragraphs 4.2": the word, then a number that is not the
// start of a longer one ("section 8." ends a sentence, "8.25" is not 8.2).
const REFERENCE = /\b(?:sections?|paragraphs?)\s+(\d+(?:\.\d+)*)(?![\d.]*\d)/giu;

type Ids = Map<string, string>;

/**
 * The importer's last pass: each "section N" / "paragraph N.M" in the text whose number exists
 * in the imported document becomes a cross-reference to that paragraph, which gets an id. The
 * word stays text; only the number becomes the node (decision 48). Text in a link is left alone.
 *
 * @example "reflected in section 8 above" -> text "reflected in section ", a reference to 8., text " above"
 */
export function linkCrossReferences(doc: JSONContent): JSONContent {
  const byNumber = numberedParagraphsByNumber(doc);
  if (byNumber.size === 0) return doc;
  const ids: Ids = new Map();
  const linked = mapText(doc, (text) => splitReferences(text, byNumber, ids));
  if (ids.size === 0) return doc;
  return withIds(linked, ids);
}

/** Running-text number ("8.2") -> index of the numbered paragraph, in document order. */
function numberedParagraphsByNumber(doc: JSONContent): Map<string, number> {
  const levels: number[] = [];
  const visit = (node: JSONContent): void => {
    if (node.type === NUMBERED_PARAGRAPH) levels.push(clampLevel(node.attrs?.['level']));
    else node.content?.forEach(visit);
  };
  visit(doc);
  const byNumber = new Map<string, number>();
  paragraphNumbers(levels).forEach((number, i) => {
    byNumber.set(referenceNumber(number), i);
  });
  return byNumber;
}

function splitReferences(
  text: JSONContent,
  byNumber: Map<string, number>,
  ids: Ids,
): JSONContent[] {
  const value = text.text ?? '';
  if (text.marks?.some((mark) => mark.type === markNames.link) === true) return [text];
  const pieces: JSONContent[] = [];
  let done = 0;
  for (const match of value.matchAll(REFERENCE)) {
    const number = match[1] ?? '';
    if (!byNumber.has(number)) continue;
    const at = match.index + match[0].length - number.length;
    if (at > done) pieces.push({ ...text, text: value.slice(done, at) });
    let id = ids.get(number);
    if (id === undefined) {
      id = newParagraphId();
      ids.set(number, id);
    }
    const marks = text.marks === undefined ? {} : { marks: text.marks };
    pieces.push({ type: CROSS_REFERENCE, attrs: { target: id, label: number }, ...marks });
    done = at + number.length;
  }
  if (done === 0) return [text];
  if (done < value.length) pieces.push({ ...text, text: value.slice(done) });
  return pieces;
}

function mapText(node: JSONContent, split: (text: JSONContent) => JSONContent[]): JSONContent {
  if (node.content === undefined) return node;
  const content = node.content.flatMap((child) =>
    child.type === nodeNames.text ? split(child) : [mapText(child, split)],
  );
  return { ...node, content };
}

/** The document with each referenced numbered paragraph given its id. */
function withIds(doc: JSONContent, ids: Ids): JSONContent {
  const byNumber = numberedParagraphsByNumber(doc);
  const idAt = new Map<number, string>();
  for (const [number, id] of ids) {
    const index = byNumber.get(number);
    if (index !== undefined) idAt.set(index, id);
  }
  let index = -1;
  const visit = (node: JSONContent): JSONContent => {
    if (node.type === NUMBERED_PARAGRAPH) {
      index += 1;
      const id = idAt.get(index);
      return id === undefined ? node : { ...node, attrs: { ...node.attrs, id } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc);
}
