import type { AuthorRun, TiptapNode } from '@rapporteur/diff';
import { NUMBERED_PARAGRAPH, paragraphNumbers } from '@rapporteur/editor-schema';

/** A run of text and the person who wrote it (null: unknown, written before ids were kept). */
export interface AuthoredText {
  readonly text: string;
  readonly author: string | null;
}

/** One block of the draft with its text cut into runs by author. */
export interface AuthoredBlock {
  readonly type: string;
  /** The numbered paragraph the block is in ('8.4.3.'), or null above the first. */
  readonly section: string | null;
  readonly level?: number;
  readonly runs: readonly AuthoredText[];
}

/**
 * The blocks of a Tiptap document with their text cut into runs by author, from author runs
 * over the document's text (`documentText`'s index space): the same blocks `authoredBlocks`
 * reads from a Yjs document, nested elements starting a new line in the same way.
 */
export function authoredJsonBlocks(doc: TiptapNode, runs: readonly AuthorRun[]): AuthoredBlock[] {
  const authorAt = authorLookup(runs);
  const blocks = doc.content ?? [];
  const numbers = paragraphNumbers(
    blocks
      .filter((block) => block.type === NUMBERED_PARAGRAPH)
      .map((block) => Number(block.attrs?.['level'] ?? 1)),
  );
  let nextNumber = 0;
  let section: string | null = null;
  return blocks.map((block) => {
    if (block.type === NUMBERED_PARAGRAPH) section = numbers[nextNumber++] ?? null;
    const collected: { text: string; author: string | null }[] = [];
    collect(block, { runs: collected, authorAt });
    const level = block.attrs?.['level'];
    return {
      type: block.type,
      section,
      ...(level === undefined ? {} : { level: Number(level) }),
      runs: collected,
    };
  });
}

interface Collecting {
  readonly runs: { text: string; author: string | null }[];
  /** Hands out the authors of the next `length` characters of the document's text. */
  readonly authorAt: (length: number) => AuthorRun[];
}

function collect(node: TiptapNode, into: Collecting): void {
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const text = child.text ?? '';
      let offset = 0;
      for (const piece of into.authorAt(text.length)) {
        append(into.runs, {
          text: text.slice(offset, offset + piece.length),
          author: piece.author,
        });
        offset += piece.length;
      }
    } else {
      if (into.runs.length > 0) append(into.runs, { text: '\n', author: null });
      collect(child, into);
    }
  }
}

function append(
  runs: { text: string; author: string | null }[],
  piece: { text: string; author: string | null },
): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.author === piece.author) last.text += piece.text;
  else runs.push({ ...piece });
}

/** Walks the runs in order, `length` characters at a time; past their end, authors are unknown. */
function authorLookup(runs: readonly AuthorRun[]): (length: number) => AuthorRun[] {
  let index = 0;
  let used = 0;
  return (length) => {
    const pieces: AuthorRun[] = [];
    let left = length;
    while (left > 0) {
      const run = runs[index];
      if (run === undefined) {
        pieces.push({ length: left, author: null });
        break;
      }
      const take = Math.min(left, run.length - used);
      pieces.push({ length: take, author: run.author });
      left -= take;
      used += take;
      if (used === run.length) {
        index += 1;
        used = 0;
      }
    }
    return pieces;
  };
}
