import type { Block, Inline, ReadBlocks } from './blocks.js';
import { markdownInline } from './markdown-inline.js';
import type { NumberedLine } from './numbered-line.js';
import { parseNumberedLine } from './numbered-line.js';
import type { SourceLine } from './source-lines.js';
import { cleanText } from './source-lines.js';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^[ \t]*[-*+][ \t]+(.*)$/;
const INDENTED = /^[ \t]+\S/;

interface Open {
  readonly parts: string[];
  readonly line: number;
}

/**
 * Markdown: `#` to `######` headings (the first `#` is the title), paragraphs separated by
 * blank lines, `- ` bullet lists, and the same numbered-paragraph detection as plain text: a
 * line or heading starting with "4.2.1." is numbered paragraph 4.2.1, never an ordered list,
 * because a summary's numbers are its structure. Nested lists are read as one flat list.
 */
export function markdownBlocks(lines: readonly SourceLine[], warnings: string[]): ReadBlocks {
  const blocks: Block[] = [];
  let title: string | undefined;
  let paragraph: (Open & { numbered?: NumberedLine }) | undefined;
  let list: { items: Open[]; line: number } | undefined;

  const inline = (text: string, line: number): Inline =>
    markdownInline(text, (message) => warnings.push(`line ${line}: ${message}`));
  const closeParagraph = (): void => {
    if (!paragraph) return;
    const { parts, line, numbered } = paragraph;
    const content = inline(parts.join(' '), line);
    blocks.push(
      numbered
        ? { kind: 'numbered', typed: numbered.components, inline: content, line }
        : { kind: 'paragraph', inline: content, line },
    );
    paragraph = undefined;
  };
  const closeList = (): void => {
    if (!list) return;
    blocks.push({
      kind: 'bullets',
      items: list.items.map((item) => inline(item.parts.join(' '), item.line)),
      line: list.line,
    });
    list = undefined;
  };

  for (const { text: raw, line } of lines) {
    const text = cleanText(raw);
    const heading = HEADING.exec(raw);
    const bullet = BULLET.exec(raw);
    if (text === '') {
      closeParagraph();
      closeList();
    } else if (heading) {
      closeParagraph();
      closeList();
      const [, hashes = '#', headingText = ''] = heading;
      const numbered = parseNumberedLine(cleanText(headingText), line);
      if (numbered) {
        blocks.push({
          kind: 'numbered',
          typed: numbered.components,
          inline: inline(numbered.rest, line),
          line,
        });
      } else {
        const content = inline(cleanText(headingText), line);
        if (hashes.length === 1) title ??= plainText(content);
        blocks.push({ kind: 'heading', level: hashes.length, inline: content, line });
      }
    } else if (bullet) {
      closeParagraph();
      list ??= { items: [], line };
      list.items.push({ parts: [cleanText(bullet[1] ?? '')], line });
    } else if (list && INDENTED.test(raw)) {
      list.items.at(-1)?.parts.push(text);
    } else {
      closeList();
      const numbered = parseNumberedLine(text, line);
      if (numbered) {
        closeParagraph();
        paragraph = { parts: numbered.rest === '' ? [] : [numbered.rest], line, numbered };
      } else if (paragraph) {
        paragraph.parts.push(text);
      } else {
        paragraph = { parts: [text], line };
      }
    }
  }
  closeParagraph();
  closeList();
  if (title === undefined)
    warnings.push('the Markdown has no "# " heading, so the document has no title');
  return { blocks, title: title ?? '' };
}

function plainText(inline: Inline): string {
  return inline.map((node) => node.text ?? '').join('');
}
