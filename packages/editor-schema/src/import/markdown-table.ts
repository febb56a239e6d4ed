import type { Inline, TableRowBlock } from './blocks.js';

// GitHub's table: a header row, a delimiter row of dashes (with optional alignment colons),
// then body rows, every row a line holding a pipe.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Whether `line` and the line after it start a Markdown table. */
export function startsTable(line: string, next: string | undefined): boolean {
  return (
    line.includes('|') &&
    next !== undefined &&
    next.includes('-') &&
    DELIMITER_ROW.test(next) &&
    splitRow(line).length === splitRow(next).length
  );
}

/** Whether a line continues a table: any non-blank line holding a pipe. */
export function continuesTable(line: string): boolean {
  return line.trim() !== '' && line.includes('|');
}

/**
 * The rows of a table's lines (header, delimiter, body), each cell read by `inline`; the
 * delimiter row is skipped. Alignment is not kept: the schema's cells have none.
 */
export function tableRows(
  lines: readonly string[],
  inline: (text: string) => Inline,
): TableRowBlock[] {
  return lines.flatMap((line, i) =>
    i === 1 ? [] : [{ header: i === 0, cells: splitRow(line).map((cell) => inline(cell)) }],
  );
}

/** The cells of a row, split at pipes that are not escaped, outer pipes dropped. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i += 1) {
    const char = line.charAt(i);
    if (char === '\\' && line.charAt(i + 1) === '|') {
      cell += '|';
      i += 1;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map((text) => text.trim());
}
