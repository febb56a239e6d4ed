// fast-check arbitraries for this package's property tests: documents of numbered paragraphs
// and paragraphs made of a small vocabulary (so that blocks share words and repeat), and edits.
import fc from 'fast-check';

import type { TiptapNode } from '../src/index.js';

/** A block, described so that tests can compute what it should read as without the package. */
export interface BlockSpec {
  readonly type: 'numberedParagraph' | 'paragraph';
  readonly level: number;
  readonly words: readonly string[];
  /** A hard break before this word, and the words after it in bold: two text nodes. */
  readonly breakAt: number | null;
}

export const VOCABULARY = [
  'the',
  'group',
  'noted',
  'report',
  'meeting',
  'council',
  'forum',
  'secretariat',
  'invited',
  'members',
  'resolution',
  'agenda',
  'action',
  'lines',
  '2030',
  'WSIS',
] as const;

const words = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 10 });

export const blockSpec: fc.Arbitrary<BlockSpec> = fc
  .record({
    type: fc.constantFrom('numberedParagraph' as const, 'paragraph' as const),
    level: fc.integer({ min: 1, max: 4 }),
    words,
    breakAt: fc.option(fc.nat({ max: 9 }), { freq: 4 }),
  })
  .map((spec) => ({
    ...spec,
    breakAt:
      spec.breakAt !== null && spec.breakAt > 0 && spec.breakAt < spec.words.length
        ? spec.breakAt
        : null,
  }));

export const documentSpec = fc.array(blockSpec, { maxLength: 16 });

/** What a reader sees of the block: its words, a line break for the hard break. */
export function specText(spec: BlockSpec): string {
  if (spec.breakAt === null) return spec.words.join(' ');
  return `${spec.words.slice(0, spec.breakAt).join(' ')}\n${spec.words.slice(spec.breakAt).join(' ')}`;
}

export function specNode(spec: BlockSpec): TiptapNode {
  const content: TiptapNode[] =
    spec.breakAt === null
      ? [{ type: 'text', text: spec.words.join(' ') }]
      : [
          { type: 'text', text: spec.words.slice(0, spec.breakAt).join(' ') },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: spec.words.slice(spec.breakAt).join(' '),
            marks: [{ type: 'bold' }],
          },
        ];
  return spec.type === 'numberedParagraph'
    ? { type: spec.type, attrs: { level: spec.level }, content }
    : { type: spec.type, content };
}

export function specDocument(specs: readonly BlockSpec[]): TiptapNode {
  return { type: 'doc', content: specs.map(specNode) };
}

/** An edit to a list of blocks; positions are taken modulo the list's length. */
export type Edit =
  | { readonly op: 'insert'; readonly at: number; readonly block: BlockSpec }
  | { readonly op: 'remove'; readonly at: number }
  | { readonly op: 'word'; readonly at: number; readonly word: number; readonly to: string }
  | { readonly op: 'level'; readonly at: number; readonly level: number }
  | { readonly op: 'move'; readonly at: number; readonly to: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block: blockSpec }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('word' as const),
    at: fc.nat(),
    word: fc.nat(),
    to: fc.constantFrom(...VOCABULARY, 'amended', 'deferred'),
  }),
  fc.record({
    op: fc.constant('level' as const),
    at: fc.nat(),
    level: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

export function applyEdit(specs: readonly BlockSpec[], change: Edit): BlockSpec[] {
  const blocks = [...specs];
  if (change.op === 'insert') {
    blocks.splice(change.at % (blocks.length + 1), 0, change.block);
    return blocks;
  }
  if (blocks.length === 0) return blocks;
  const at = change.at % blocks.length;
  const block = blocks[at];
  if (block === undefined) return blocks;
  switch (change.op) {
    case 'remove':
      blocks.splice(at, 1);
      break;
    case 'word': {
      const words = [...block.words];
      words[change.word % words.length] = change.to;
      blocks[at] = { ...block, words };
      break;
    }
    case 'level':
      blocks[at] = { ...block, level: change.level };
      break;
    case 'move':
      blocks.splice(at, 1);
      blocks.splice(change.to % (blocks.length + 1), 0, block);
      break;
  }
  return blocks;
}

export function applyEdits(specs: readonly BlockSpec[], edits: readonly Edit[]): BlockSpec[] {
  return edits.reduce<BlockSpec[]>((blocks, change) => applyEdit(blocks, change), [...specs]);
}
