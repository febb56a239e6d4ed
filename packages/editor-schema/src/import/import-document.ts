import type { JSONContent } from '@tiptap/core';

import type { ReadBlocks } from './blocks.js';
import { buildDocument } from './blocks.js';
import { ImportError } from './import-error.js';
import { linkCrossReferences } from './link-cross-references.js';
import { markdownBlocks } from './markdown-blocks.js';
import { readSourceLines } from './source-lines.js';
import { textBlocks } from './text-blocks.js';

export interface ImportOptions {
  /** 'text' (the default): one paragraph per line. 'markdown': headings, emphasis, links, lists. */
  readonly format?: 'text' | 'markdown';
}

export interface ImportResult {
  readonly doc: JSONContent;
  /** The title line's text ('' when the source has none), e.g. "SUMMARY OF THE 34th MEETING". */
  readonly title: string;
  /** What was read but not as written, each naming its line: renumbered paragraphs, dropped links. */
  readonly warnings: readonly string[];
}

/**
 * The importer: plain text or Markdown in, a structured Tiptap JSON document out. Typed
 * paragraph numbers ("4.2.1.") become numbered paragraphs at that depth, without the typed
 * number, which the document computes. Throws ImportError for what it cannot read.
 *
 * @example importDocument(readFileSync('summary.txt', 'utf8')).doc
 */
export function importDocument(source: string, options: ImportOptions = {}): ImportResult {
  // Typed callers cannot pass anything else, but the server passes along what a client sent.
  const format: unknown = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') {
    throw new ImportError({
      code: 'unknown_format',
      message: `Unknown import format ${JSON.stringify(format)}: use "text" or "markdown".`,
    });
  }
  const warnings: string[] = [];
  const lines = readSourceLines(source, warnings);
  const { blocks, title } =
    format === 'markdown' ? markdownBlocks(lines, warnings) : textBlocks(lines, warnings);
  return documentFromBlocks({ blocks, title }, warnings);
}

/**
 * The import's result for blocks another reader found (the server's Word reader): the same
 * document building and renumbering warnings as text and Markdown get, after `warnings`.
 */
export function documentFromBlocks(read: ReadBlocks, warnings: readonly string[]): ImportResult {
  if (read.blocks.length === 0) {
    throw new ImportError({
      code: 'empty_document',
      message: 'The import is empty: there is no text to read.',
    });
  }
  const built = buildDocument(read.blocks);
  return {
    doc: linkCrossReferences(built.doc),
    title: read.title,
    warnings: [...warnings, ...built.warnings],
  };
}
