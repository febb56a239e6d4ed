import type { BlockChange, DocumentDiff, WordPart } from '../diff/types.js';
import { blockElement } from './block-element.js';
import { escapeHtml, escapeLines } from './escape-html.js';

/** How renderDiffHtml names people. */
export interface RenderDiffOptions {
  /** Author id -> display name, for title attributes; an id without a name is shown as is. */
  readonly names?: ReadonlyMap<string, string>;
}

type Names = ReadonlyMap<string, string>;

/**
 * The diff as an HTML fragment: every block with its number, insertions in <ins> and deletions
 * in <del> titled with who made them, added and removed blocks wrapped whole in <ins> / <del>,
 * moved blocks with class "moved" and a note "moved from §x". Every text is escaped.
 *
 * @example renderDiffHtml(diff, { names: new Map([['user_7f3a', 'Ana Silva']]) })
 */
export function renderDiffHtml(diff: DocumentDiff, options: RenderDiffOptions = {}): string {
  const names = options.names ?? new Map<string, string>();
  const blocks = diff.changes.map((change) => renderChange(change, names));
  return `<div class="document-diff">${blocks.map((block) => `\n${block}`).join('')}\n</div>`;
}

function renderChange(change: BlockChange, names: Names): string {
  const element = blockElement(change);
  const classes = ['diff-block', change.kind, ...element.classes].join(' ');
  const open = `<${element.tag} class="${classes}"${element.attributes}`;
  const block = element.empty
    ? `${open}>`
    : `${open}>${prefix(change)}${content(change, { names, lines: !element.preformatted })}</${element.tag}>`;
  if (change.kind === 'added') {
    return `<ins class="added-block"${byline('Added by', change.authors, names)}>${block}</ins>`;
  }
  if (change.kind === 'removed') {
    return `<del class="removed-block"${byline('Removed by', change.authors, names)}>${block}</del>`;
  }
  return block;
}

/** "§8.4.3" as a reader writes it, from "8.4.3.". */
function sectionName(section: string | null | undefined): string {
  return section ? `§${section.replace(/\.$/, '')}` : 'above the first section';
}

/** The block's number, and a note on a move or on a change that has no words to show. */
function prefix(change: BlockChange): string {
  let text = '';
  if (change.kind === 'moved') {
    const from = change.previousSection === undefined ? change.section : change.previousSection;
    text += `<span class="diff-note">moved from ${escapeHtml(sectionName(from))}</span> `;
  }
  if (change.kind === 'changed' && change.words === undefined) {
    text += '<span class="diff-note">level or type changed</span> ';
  }
  if (change.blockType === 'numberedParagraph' && change.section !== null) {
    const was =
      change.previousSection === undefined || change.kind === 'moved'
        ? ''
        : ` title="previously ${escapeHtml(change.previousSection ?? 'unnumbered')}"`;
    text += `<span class="paragraph-number"${was}>${escapeHtml(change.section)}</span> `;
  }
  return text;
}

function content(change: BlockChange, how: { names: Names; lines: boolean }): string {
  const escape = how.lines ? escapeLines : escapeHtml;
  if (change.words === undefined) return escape(change.after?.text ?? change.before?.text ?? '');
  return change.words.map((part) => renderPart(part, { ...how, escape })).join('');
}

function renderPart(
  part: WordPart,
  how: { names: Names; escape: (text: string) => string },
): string {
  const text = how.escape(part.text);
  switch (part.op) {
    case 'equal':
      return text;
    case 'insert':
      return `<ins${byline('Inserted by', part.authors, how.names)}>${text}</ins>`;
    case 'delete':
      return `<del${byline('Deleted by', part.authors, how.names)}>${text}</del>`;
  }
}

/** A title attribute naming who did it, or nothing when nobody is known. */
function byline(verb: string, authors: readonly string[], names: Names): string {
  if (authors.length === 0) return '';
  const people = authors.map((author) => names.get(author) ?? author).join(', ');
  return ` title="${escapeHtml(`${verb} ${people}`)}"`;
}
