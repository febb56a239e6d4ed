// Page furniture: what a page layout prints on every page (running headers and footers, page
// numbers) and a copy as text keeps as lines of the body. It is not the document's text.

// "3", "- 3 -", "– 3 –", "Page 3", "Page 3 of 12", "3/12".
const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,3}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})$/i;
// A web address framed by bullets or bars, as ITU documents print theirs at the foot of a page:
// "• http://www.itu.int/council •". A bare address without a frame may be a reference: kept.
const FRAMED_ADDRESS = /^[•·|]\s*(?:https?:\/\/|www\.)\S+\s*[•·|]$/i;
// A line repeated this often, and this short, is a running header or footer.
const RUNNING_REPEATS = 3;
const RUNNING_MAX_LENGTH = 100;

/**
 * Why a line of text is page furniture ("a page number", "a running footer"), or undefined when
 * it is body text. `repeats` is how many times the same line occurs in the source.
 *
 * @example pageFurniture('• http://www.itu.int/council •') // 'a running footer'
 */
export function pageFurniture(text: string, repeats = 1): string | undefined {
  const line = text.trim();
  if (PAGE_NUMBER.test(line)) return 'a page number';
  if (FRAMED_ADDRESS.test(line)) return 'a running footer';
  if (repeats >= RUNNING_REPEATS && line.length <= RUNNING_MAX_LENGTH && /\p{L}/u.test(line)) {
    return `a running header or footer (${repeats} times)`;
  }
  return undefined;
}

/** How many times each trimmed, non-empty line occurs, for pageFurniture's `repeats`. */
export function lineRepeats(lines: readonly string[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

/** The warning for a dropped line of furniture, quoting it so a person can find it. */
export function furnitureWarning(where: string, text: string, reason: string): string {
  const quoted = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  return `${where}: dropped "${quoted}", ${reason}, not body text`;
}
