import { diffWordsWithSpace } from 'diff';

import { sortedAuthors, type AuthorIndex } from '../authors/author-runs.js';
import { docLength, docRanges, type TextSpan } from '../document/block-text.js';
import type { WordPart } from './types.js';

/** A block's text with what maps it to documentText and that document's attribution. */
export interface AttributedText {
  readonly text: string;
  readonly spans: readonly TextSpan[];
  readonly authors: AuthorIndex;
}

/** The word diff of one block pair, and how many documentText characters it inserts and deletes. */
export interface WordDiff {
  readonly parts: WordPart[];
  readonly inserted: number;
  readonly deleted: number;
}

// Past this many differing tokens in one block, Myers' O(nd) is no longer worth it: the block
// is shown as deleted and inserted whole.
const MAX_EDIT_LENGTH = 1000;

/** Adds the authors of the readable range [from, to) of `side` to `into`. */
export function addRangeAuthors(
  side: AttributedText,
  range: readonly [from: number, to: number],
  into: Set<string>,
): void {
  for (const [start, end] of docRanges(side.spans, range[0], range[1])) {
    side.authors.addAuthors(start, end, into);
  }
}

/**
 * Words, punctuation and runs of spacing compared with jsdiff; inserted parts are attributed
 * with the after side's writers, deleted parts with the before side's deleters.
 */
export function diffWords(before: AttributedText, after: AttributedText): WordDiff {
  const changes = wordChanges(before.text, after.text);
  const parts: WordPart[] = [];
  let inserted = 0;
  let deleted = 0;
  let b = 0;
  let a = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      parts.push(attributed('insert', after, [a, a + length]));
      inserted += docLength(after.spans, a, a + length);
      a += length;
    } else if (change.removed) {
      parts.push(attributed('delete', before, [b, b + length]));
      deleted += docLength(before.spans, b, b + length);
      b += length;
    } else {
      parts.push({ op: 'equal', text: change.value, authors: [] });
      b += length;
      a += length;
    }
  }
  return { parts, inserted, deleted };
}

interface TextChange {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

const SPACE = /\s/;

/**
 * jsdiff's word diff of what lies between the common start and end of the two texts, cut at
 * spaces so that no word is split. An edit to a long paragraph then tokenizes a few words, not
 * the whole paragraph twice.
 */
function wordChanges(before: string, after: string): TextChange[] {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start += 1;
  if (start === before.length && start === after.length) return [equal(before)];
  while (start > 0 && !cuts(before[start - 1], [before[start], after[start]])) start -= 1;
  let end = 0;
  while (end < shortest - start && before.at(-1 - end) === after.at(-1 - end)) end += 1;
  while (end > 0 && !cuts(before.at(-end), [before.at(-end - 1), after.at(-end - 1)])) end -= 1;

  const middle = diffWordsWithSpace(
    before.slice(start, before.length - end),
    after.slice(start, after.length - end),
    { maxEditLength: MAX_EDIT_LENGTH },
  ) ?? [
    { value: before.slice(start, before.length - end), added: false, removed: true },
    { value: after.slice(start, after.length - end), added: true, removed: false },
  ];
  return merged([
    equal(before.slice(0, start)),
    ...middle,
    equal(before.slice(before.length - end)),
  ]);
}

/** Without empty changes, and with neighbours of the same kind joined. */
function merged(changes: readonly TextChange[]): TextChange[] {
  const out: TextChange[] = [];
  for (const change of changes) {
    if (change.value.length === 0) continue;
    const last = out.at(-1);
    if (last?.added === change.added && last.removed === change.removed) {
      out[out.length - 1] = { ...last, value: last.value + change.value };
    } else {
      out.push(change);
    }
  }
  return out;
}

/**
 * Whether a cut between the common character `kept` and the two differing characters beside
 * it (undefined: the text ends) falls between words: after a space, or before a space (or the
 * end) on both sides.
 */
function cuts(
  kept: string | undefined,
  beside: readonly [string | undefined, string | undefined],
): boolean {
  const spaceOrEnd = (character: string | undefined) =>
    character === undefined || SPACE.test(character);
  return kept === undefined || SPACE.test(kept) || (spaceOrEnd(beside[0]) && spaceOrEnd(beside[1]));
}

function equal(value: string): TextChange {
  return { value, added: false, removed: false };
}

function attributed(
  op: 'insert' | 'delete',
  side: AttributedText,
  range: readonly [number, number],
): WordPart {
  const authors = new Set<string>();
  addRangeAuthors(side, range, authors);
  return { op, text: side.text.slice(range[0], range[1]), authors: sortedAuthors(authors) };
}
