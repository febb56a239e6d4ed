import type { Block, Inline, ReadBlocks } from './blocks.js';
import { takeFootnotes } from './markdown-footnotes.js';
import { markdownInline } from './markdown-inline.js';
import { continuesTable, startsTable, tableRows } from './markdown-table.js';
import type { NumberedLine } from './numbered-line.js';
import { parseNumberedLine } from './numbered-line.js';
import { furnitureWarning, lineRepeats, pageFurniture } from './page-furniture.js';
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
 * Tables (GitHub's pipes) become tables, footnotes (`[^1]` and `[^1]: text`) footnotes, and
 * page furniture (page numbers, running footers) is dropped with a warning.
 */
export function markdownBlocks(source: readonly SourceLine[], warnings: string[]): ReadBlocks {
  const blocks: Block[] = [];
  let title: string | undefined;
  let paragraph: (Open & { numbered?: NumberedLine }) | undefined;
  let list: { items: Open[]; line: number } | undefined;
  const { notes, lines } = takeFootnotes(source, warnings);
  const used = new Set<string>();
  const repeats = lineRepeats(lines.map((line) => cleanText(line.text)));

  const footnote = (label: string): string | undefined => {
    const note = notes.get(label);
    if (note === undefined) return undefined;
    used.add(label);
    // A note holds plain text (decision 43): its Markdown is read, and its marks let go.
    const read = markdownInline(note.text, (message) =>
      warnings.push(`line ${note.line}: ${message}`),
    );
    return plainText(read);
  };
  const inline = (text: string, line: number): Inline =>
    markdownInline(text, (message) => warnings.push(`line ${line}: ${message}`), footnote);
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

  for (let index = 0; index < lines.length; index += 1) {
    const { text: raw, line } = lines[index] ?? { text: '', line: 0 };
    const text = cleanText(raw);
    const heading = HEADING.exec(raw);
    const bullet = BULLET.exec(raw);
    const furniture = text === '' ? undefined : pageFurniture(text, repeats.get(text));
    if (text === '') {
      closeParagraph();
      closeList();
    } else if (startsTable(raw, lines[index + 1]?.text)) {
      closeParagraph();
      closeList();
      let end = index + 2;
      while (end < lines.length && continuesTable(lines[end]?.text ?? '')) end += 1;
      const rows = lines.slice(index, end);
      blocks.push({
        kind: 'table',
        rows: tableRows(
          rows.map((row) => row.text),
          (cell) => inline(cell, line),
        ),
        line,
      });
      index = end - 1;
    } else if (furniture !== undefined && !heading) {
      closeParagraph();
      closeList();
      warnings.push(furnitureWarning(`line ${line}`, text, furniture));
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
  for (const [label, note] of notes) {
    if (!used.has(label))
      warnings.push(`line ${note.line}: footnote [^${label}] is never referred to; dropped`);
  }
  if (title === undefined)
    warnings.push('the Markdown has no "# " heading, so the document has no title');
  return { blocks, title: title ?? '' };
}

function plainText(inline: Inline): string {
  return inline
    .map((node) => node.text ?? '')
    .join('')
    .trim();
}
