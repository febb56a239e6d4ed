import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';

import { MAX_FOOTNOTE_LENGTH } from '../footnote/footnote.js';
import { isLevel } from '../numbering/paragraph-numbers.js';
import { rapporteurSchema } from './extensions.js';
import { nodeNames } from './node-names.js';
import { attributeProblem } from './schema-rules.js';

export type ValidationResult = { ok: true } | { ok: false; problems: string[] };

// Bounds that keep a hostile document from costing more than a useful answer: deep enough for
// tables in lists in tables, and enough problems to act on.
const MAX_DEPTH = 100;
const MAX_PROBLEMS = 20;

interface Walk {
  readonly schema: Schema;
  readonly problems: string[];
}

/**
 * Checks that a JSON document fits the schema, and says where it does not
 * (`doc.content[3]: unknown node type "section"`). Never throws.
 */
export function validateDocument(doc: unknown): ValidationResult {
  const walk: Walk = { schema: rapporteurSchema(), problems: [] };
  try {
    inspectNode(doc, { path: 'doc', depth: 0 }, walk);
    if (isClean(walk)) {
      // The JSON walk found nothing, so ProseMirror can build the node; content rules come next.
      const node = walk.schema.nodeFromJSON(doc);
      checkContent(node, 'doc', walk.problems);
      if (isClean(walk)) node.check();
    }
  } catch (error) {
    walk.problems.push(`the document could not be read: ${describe(error)}`);
  }
  const problems = walk.problems.slice(0, MAX_PROBLEMS);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function inspectNode(value: unknown, at: { path: string; depth: number }, walk: Walk): void {
  const { path, depth } = at;
  if (walk.problems.length >= MAX_PROBLEMS) return;
  if (!isRecord(value)) {
    walk.problems.push(`${path}: expected a node object`);
    return;
  }
  const type = value['type'];
  if (typeof type !== 'string') {
    walk.problems.push(`${path}: a node needs a type`);
    return;
  }
  if (depth === 0 && type !== nodeNames.doc) {
    walk.problems.push(`${path}: the top node must be "doc", not "${type}"`);
    return;
  }
  const nodeType = walk.schema.nodes[type];
  if (!nodeType) {
    walk.problems.push(`${path}: unknown node type "${type}"`);
    return;
  }
  if (type === nodeNames.text && (typeof value['text'] !== 'string' || value['text'] === '')) {
    walk.problems.push(`${path}: a text node needs non-empty text`);
  }
  if (type === nodeNames.footnote) inspectFootnote(value['attrs'], path, walk);
  inspectAttrs(
    value['attrs'],
    { path: `${path} (${type})`, owner: type, known: nodeType.spec.attrs ?? {} },
    walk,
  );
  inspectMarks(value['marks'], path, walk);

  const content = value['content'];
  if (content === undefined) return;
  if (!Array.isArray(content)) {
    walk.problems.push(`${path}: content must be an array`);
    return;
  }
  if (depth >= MAX_DEPTH) {
    walk.problems.push(`${path}: nested deeper than ${MAX_DEPTH}`);
    return;
  }
  content.forEach((child: unknown, i) => {
    inspectNode(child, { path: `${path}.content[${i}]`, depth: depth + 1 }, walk);
  });
}

// A footnote is its text (decision 43): one without text is a mark pointing at nothing.
function inspectFootnote(attrs: unknown, path: string, walk: Walk): void {
  const text = isRecord(attrs) ? attrs['text'] : undefined;
  if (typeof text !== 'string' || text.trim() === '') {
    walk.problems.push(`${path}: a footnote needs its text`);
  } else if (text.length > MAX_FOOTNOTE_LENGTH) {
    walk.problems.push(`${path}: a footnote holds at most ${MAX_FOOTNOTE_LENGTH} characters`);
  }
}

function inspectAttrs(
  attrs: unknown,
  at: { path: string; owner: string; known: object },
  walk: Walk,
): void {
  if (attrs === undefined || attrs === null) return;
  if (!isRecord(attrs)) {
    walk.problems.push(`${at.path}: attrs must be an object`);
    return;
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (!Object.hasOwn(at.known, name)) {
      walk.problems.push(`${at.path}: unknown attribute "${name}"`);
    } else if (name === 'level' && !isLevel(value)) {
      walk.problems.push(
        `${at.path}: level must be an integer from 1 to 6, not ${JSON.stringify(value)}`,
      );
    } else {
      // A value of the wrong type (a colwidth that is not a list) fails later, in a renderer.
      const problem = attributeProblem(at.owner, name, value);
      if (problem !== undefined) walk.problems.push(`${at.path}: ${problem}`);
    }
  }
}

function inspectMarks(marks: unknown, path: string, walk: Walk): void {
  if (marks === undefined) return;
  if (!Array.isArray(marks)) {
    walk.problems.push(`${path}: marks must be an array`);
    return;
  }
  marks.forEach((mark: unknown, i) => {
    const at = `${path}.marks[${i}]`;
    const type = isRecord(mark) ? mark['type'] : undefined;
    const markType = typeof type === 'string' ? walk.schema.marks[type] : undefined;
    if (!isRecord(mark) || !markType) {
      walk.problems.push(`${at}: unknown mark ${JSON.stringify(type ?? null)}`);
      return;
    }
    inspectAttrs(
      mark['attrs'],
      { path: `${at} (${markType.name})`, owner: markType.name, known: markType.spec.attrs ?? {} },
      walk,
    );
  });
}

function checkContent(node: ProseMirrorNode, path: string, problems: string[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (!node.type.validContent(node.content)) {
    const expected = node.type.spec.content ?? 'no content';
    problems.push(`${path} (${node.type.name}): its content does not fit "${expected}"`);
  }
  node.forEach((child, _offset, i) => {
    checkContent(child, `${path}.content[${i}]`, problems);
  });
}

function isClean(walk: Walk): boolean {
  return walk.problems.length === 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}...` : message;
}
