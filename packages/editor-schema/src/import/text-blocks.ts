import type { Block, ReadBlocks } from './blocks.js';
import { plainInline } from './blocks.js';
import { parseNumberedLine } from './numbered-line.js';
import { furnitureWarning, lineRepeats, pageFurniture } from './page-furniture.js';
import type { SourceLine } from './source-lines.js';
import { cleanText } from './source-lines.js';

// A line of a few words and nothing else (no digits, no sentence punctuation) is a heading
// such as "Summary", "Action required" or "References" on an ITU report's cover. Five words
// keeps sentences like "Russian Federation introduced their document: ..." out.
const HEADING_LIKE = /^\p{Lu}[\p{L}\p{M}'’&\- ]*$/u;
const HEADING_MAX_WORDS = 5;

/**
 * Plain text, one paragraph per line as the reports are written (blank lines are only
 * spacing): the first line is the title (heading 1), a line starting with a paragraph number
 * is a numbered paragraph without its typed number, a short line of words is a heading 2, and
 * every other line is a paragraph. Page furniture (page numbers, running footers) is dropped.
 */
export function textBlocks(lines: readonly SourceLine[], warnings: string[]): ReadBlocks {
  const blocks: Block[] = [];
  let title: string | undefined;
  const repeats = lineRepeats(lines.map((line) => cleanText(line.text)));
  for (const { text: raw, line } of lines) {
    const text = cleanText(raw);
    if (text === '') continue;
    const furniture = pageFurniture(text, repeats.get(text));
    if (furniture !== undefined) {
      warnings.push(furnitureWarning(`line ${line}`, text, furniture));
      continue;
    }
    const numbered = parseNumberedLine(text, line);
    if (numbered) {
      if (title === undefined) {
        title = '';
        warnings.push(
          `line ${line}: the document starts with a numbered paragraph, so it has no title`,
        );
      }
      blocks.push({
        kind: 'numbered',
        typed: numbered.components,
        inline: plainInline(numbered.rest),
        line,
      });
    } else if (title === undefined) {
      title = text;
      blocks.push({ kind: 'heading', level: 1, inline: plainInline(text), line });
    } else if (isHeadingLike(text)) {
      blocks.push({ kind: 'heading', level: 2, inline: plainInline(text), line });
    } else {
      blocks.push({ kind: 'paragraph', inline: plainInline(text), line });
    }
  }
  return { blocks, title: title ?? '' };
}

function isHeadingLike(text: string): boolean {
  return HEADING_LIKE.test(text) && text.split(' ').length <= HEADING_MAX_WORDS;
}
