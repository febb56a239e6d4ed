import type { ContentMatch, NodeType, Schema } from '@tiptap/pm/model';

import { isLevel } from '../numbering/paragraph-numbers.js';
import { isParagraphId } from '../references/paragraph-ids.js';
import { rapporteurSchema } from './extensions.js';
import { nodeNames } from './node-names.js';

// The schema's facts as plain questions, for those who check a document that is not ProseMirror
// JSON (the server checks Yjs updates against them before storing one). One source: the schema.

/** Whether `name` is a node type of the editor (text excluded: it is not an element). */
export function isKnownNode(name: string): boolean {
  return name !== nodeNames.text && Object.hasOwn(rapporteurSchema().nodes, name);
}

/** Whether a `parent` node (or 'doc') may hold a `child` node anywhere among its children. */
export function mayHold(parent: string, child: string): boolean {
  return childTypes(parent).has(child);
}

/** Whether a node holds text (a paragraph, a heading, a numbered paragraph...). */
export function holdsText(name: string): boolean {
  return childTypes(name).has(nodeNames.text);
}

/** Whether text inside a `parent` node may carry the mark `mark`. */
export function allowsMark(parent: string, mark: string): boolean {
  const schema = rapporteurSchema();
  const markType = Object.hasOwn(schema.marks, mark) ? schema.marks[mark] : undefined;
  const parentType = Object.hasOwn(schema.nodes, parent) ? schema.nodes[parent] : undefined;
  return markType !== undefined && parentType !== undefined && parentType.allowsMarkType(markType);
}

/**
 * Why `value` cannot be the attribute `key` of the node or mark `owner` (unknown attribute,
 * wrong type, level out of range), or undefined when it can.
 */
export function attributeProblem(owner: string, key: string, value: unknown): string | undefined {
  const attrs = attributesOf(owner);
  if (attrs === undefined) return `"${owner}" is neither a node nor a mark of the editor`;
  if (!Object.hasOwn(attrs, key)) return `"${owner}" has no attribute "${key}"`;
  if (isIdentity(owner, key))
    return value === null || isParagraphId(value)
      ? undefined
      : `${key} of "${owner}" cannot be ${describeValue(value)}`;
  if (acceptsValue(key, value, attrs[key]?.default)) return undefined;
  return `${key} of "${owner}" cannot be ${describeValue(value)}`;
}

function acceptsValue(key: string, value: unknown, fallback: unknown): boolean {
  if (key === 'level') return isLevel(value);
  if (key === 'colwidth')
    return value === null || (Array.isArray(value) && value.every((width) => isCount(width, 0)));
  if (typeof fallback === 'number') return isCount(value, key === 'start' ? 0 : 1);
  if (typeof fallback === 'boolean') return typeof value === 'boolean';
  return value === null || typeof value === 'string';
}

// A link mark has a `target` too ("_blank"): only these two carry a paragraph's identity.
function isIdentity(owner: string, key: string): boolean {
  return (
    (owner === nodeNames.numberedParagraph && key === 'id') ||
    (owner === nodeNames.crossReference && key === 'target')
  );
}

function isCount(value: unknown, least: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= least;
}

function attributesOf(owner: string): Record<string, { default?: unknown }> | undefined {
  const schema = rapporteurSchema();
  const type = Object.hasOwn(schema.nodes, owner)
    ? schema.nodes[owner]
    : Object.hasOwn(schema.marks, owner)
      ? schema.marks[owner]
      : undefined;
  return type === undefined ? undefined : (type.spec.attrs ?? {});
}

function describeValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

const children = new WeakMap<Schema, Map<string, ReadonlySet<string>>>();

/** Every node type that may appear among the children of `parent`, walking its content expression. */
function childTypes(parent: string): ReadonlySet<string> {
  const schema = rapporteurSchema();
  let bySchema = children.get(schema);
  if (bySchema === undefined) {
    bySchema = new Map();
    for (const [name, type] of Object.entries(schema.nodes)) bySchema.set(name, reachable(type));
    children.set(schema, bySchema);
  }
  return bySchema.get(parent) ?? new Set();
}

function reachable(type: NodeType): ReadonlySet<string> {
  const names = new Set<string>();
  const seen = new Set<ContentMatch>();
  const visit = (match: ContentMatch): void => {
    if (seen.has(match)) return;
    seen.add(match);
    for (let i = 0; i < match.edgeCount; i += 1) {
      const edge = match.edge(i);
      names.add(edge.type.name);
      visit(edge.next);
    }
  };
  visit(type.contentMatch);
  return names;
}
