import type { JSONContent } from '@tiptap/core';
import {
  Fragment,
  Mark,
  type ContentMatch,
  type Node as ProseMirrorNode,
  type NodeType,
  type Schema,
} from '@tiptap/pm/model';

import { clampLevel } from '../numbering/paragraph-numbers.js';
import { withoutNullIds } from '../references/paragraph-ids.js';
import { rapporteurSchema } from './extensions.js';
import { nodeNames } from './node-names.js';
import { attributeProblem } from './schema-rules.js';
import { validateDocument } from './validate-document.js';

// Deeper than any document the editor makes, and under validateDocument's bound of 100 with room
// for the paragraph that text needs: past it, a subtree is read as its text alone.
const MAX_DEPTH = 90;

/**
 * A document that fits the schema, made from whatever a draft's log holds (decision 23): the
 * same document when it fits already; otherwise unknown attributes are dropped, a level is
 * brought into 1..6, unknown nodes are unwrapped, nodes where they cannot stand are wrapped or
 * unwrapped, unknown marks are dropped, and an empty document gets an empty paragraph. Every
 * character of text is kept, in order, so that authorship still lines up with the text. Never throws.
 *
 * @example readableDocument({ type: 'doc', content: [] }) // { type: 'doc', content: [{ type: 'paragraph' }] }
 */
export function readableDocument(doc: unknown): JSONContent {
  if (validateDocument(doc).ok) return doc as JSONContent;
  const schema = rapporteurSchema();
  const top = isRecord(doc) && doc['type'] === nodeNames.doc ? doc['content'] : [doc];
  const rebuilt = schema.topNodeType.create(null, fitted(schema.topNodeType, pieces(top, 0)));
  try {
    rebuilt.check();
    return withoutNullIds(rebuilt.toJSON() as JSONContent);
  } catch {
    // Not expected; still, a reader must get a document, with the text.
    const text = rebuilt.textContent;
    const paragraph = {
      type: nodeNames.paragraph,
      ...(text === '' ? {} : { content: [{ type: nodeNames.text, text }] }),
    };
    return { type: nodeNames.doc, content: [paragraph] };
  }
}

/** The nodes a list of JSON children stands for, each built as well as it can be on its own. */
function pieces(children: unknown, depth: number): ProseMirrorNode[] {
  if (!Array.isArray(children)) return [];
  // y-prosemirror's JSON of text at the fragment's root is a nested list of text nodes.
  return children.flatMap((child: unknown) =>
    Array.isArray(child) ? pieces(child, depth) : piece(child, depth + 1),
  );
}

function piece(value: unknown, depth: number): ProseMirrorNode[] {
  const schema = rapporteurSchema();
  if (!isRecord(value)) return [];
  const type = typeof value['type'] === 'string' ? value['type'] : '';
  if (type === nodeNames.text) return textNode(schema, value);
  const nodeType = Object.hasOwn(schema.nodes, type) ? schema.nodes[type] : undefined;
  if (depth > MAX_DEPTH) return textOf(value).map((text) => schema.text(text));
  if (nodeType === undefined || nodeType === schema.topNodeType)
    return pieces(value['content'], depth); // unknown: unwrapped, its content kept
  return [
    nodeType.create(
      attributes(type, value['attrs']),
      fitted(nodeType, pieces(value['content'], depth)),
    ),
  ];
}

function textNode(schema: Schema, value: Record<string, unknown>): ProseMirrorNode[] {
  const text = value['text'];
  if (typeof text !== 'string' || text === '') return [];
  let marks: readonly Mark[] = Mark.none;
  for (const mark of Array.isArray(value['marks']) ? (value['marks'] as unknown[]) : []) {
    if (!isRecord(mark) || typeof mark['type'] !== 'string') continue;
    const markType = Object.hasOwn(schema.marks, mark['type'])
      ? schema.marks[mark['type']]
      : undefined;
    if (markType !== undefined)
      marks = markType.create(attributes(markType.name, mark['attrs'])).addToSet(marks);
  }
  return [schema.text(text, marks)];
}

/** The attributes that fit the node or mark `owner`: unknown ones dropped, a level clamped. */
function attributes(owner: string, attrs: unknown): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (!isRecord(attrs)) return kept;
  for (const [key, value] of Object.entries(attrs)) {
    if (attributeProblem(owner, key, value) === undefined) kept[key] = value;
    else if (key === 'level') kept[key] = clampLevel(value);
  }
  return kept;
}

/** `nodes` made into content `type` accepts: wrapped, unwrapped or filled in where needed. */
function fitted(type: NodeType, nodes: readonly ProseMirrorNode[]): Fragment {
  if (type.inlineContent) return Fragment.from(inlineOf(type, nodes));
  const kept: ProseMirrorNode[] = [];
  let match: ContentMatch = type.contentMatch;
  const place = (node: ProseMirrorNode): void => {
    const direct = match.matchType(node.type);
    if (direct) {
      kept.push(node);
      match = direct;
      return;
    }
    const wrapped = wrap(match, node);
    if (wrapped) {
      kept.push(wrapped);
      match = match.matchType(wrapped.type) ?? match;
      return;
    }
    const filler = match.fillBefore(Fragment.from(node));
    if (filler) {
      filler.forEach((fill) => {
        kept.push(fill);
      });
      kept.push(node);
      match = match.matchFragment(filler.append(Fragment.from(node))) ?? match;
      return;
    }
    node.forEach(place); // cannot stand here: its content can
  };
  let inline: ProseMirrorNode[] = [];
  const flushInline = (): void => {
    if (inline.length === 0) return;
    const paragraph = rapporteurSchema().nodes[nodeNames.paragraph];
    if (paragraph) place(paragraph.create(null, inlineOf(paragraph, inline)));
    inline = [];
  };
  for (const node of nodes) {
    if (node.isInline) inline.push(node);
    else {
      flushInline();
      place(node);
    }
  }
  flushInline();
  const end = match.fillBefore(Fragment.empty, true);
  return Fragment.from(end ? kept.concat(childrenOf(end)) : kept);
}

/** `node` inside the wrappers `match` needs before it can hold it (a row in a table), or null. */
function wrap(match: ContentMatch, node: ProseMirrorNode): ProseMirrorNode | null {
  const wrappers = match.findWrapping(node.type);
  if (!wrappers || wrappers.length === 0) return null;
  let wrapped: ProseMirrorNode | null = node;
  for (const wrapper of [...wrappers].reverse()) {
    wrapped = wrapped === null ? null : wrapper.createAndFill(null, wrapped);
  }
  return wrapped;
}

/** The inline content of `nodes` for a node of `type`: blocks give their inline nodes, marks that do not fit are dropped. */
function inlineOf(type: NodeType, nodes: readonly ProseMirrorNode[]): ProseMirrorNode[] {
  const inline: ProseMirrorNode[] = [];
  const take = (node: ProseMirrorNode): void => {
    if (!node.isInline) {
      node.forEach(take);
      return;
    }
    if (!type.contentMatch.matchType(node.type) && !node.isText) return; // no characters lost
    inline.push(node.mark(node.marks.filter((mark) => type.allowsMarkType(mark.type))));
  };
  nodes.forEach(take);
  return inline;
}

function childrenOf(fragment: Fragment): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => nodes.push(node));
  return nodes;
}

/** The text of a JSON subtree, without recursion (it may be very deep). */
function textOf(value: unknown): string[] {
  const texts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) stack.push(...[...(next as unknown[])].reverse());
    if (!isRecord(next)) continue;
    if (typeof next['text'] === 'string' && next['text'] !== '') texts.push(next['text']);
    if (Array.isArray(next['content']))
      stack.push(...[...(next['content'] as unknown[])].reverse());
  }
  return texts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
