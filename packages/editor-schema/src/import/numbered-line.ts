import { MAX_LEVEL } from '../numbering/paragraph-numbers.js';
import { ImportError } from './import-error.js';

/** A line that starts with a typed paragraph number: the number's parts and the text after it. */
export interface NumberedLine {
  readonly components: readonly number[];
  readonly rest: string;
}

// "4.2.1. Text", "11. Text", "8.2.1.1." alone, and "4.2.1 Text" (no final dot) for sources
// that drop it. A single number needs its dot: "2020 WSIS Forum" is a sentence, not section 2020.
// Parts have at most three digits so a year ("2019. The year...") is not read as a number.
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?:[ \t\u00a0]+(.*))?$/s;

/**
 * Reads a typed paragraph number at the start of a cleaned line, or returns undefined.
 * Throws ImportError 'too_deep' for a number deeper than the six levels a document can hold.
 */
export function parseNumberedLine(text: string, line: number): NumberedLine | undefined {
  const match = NUMBERED.exec(text);
  if (!match) return undefined;
  const [, number = '', dot = '', rest = ''] = match;
  const components = number.split('.').map((part) => Number.parseInt(part, 10));
  if (components.length === 1 && dot === '') return undefined;
  if (components.length > MAX_LEVEL) {
    throw new ImportError({
      code: 'too_deep',
      line,
      message: `line ${line}: "${number}${dot}" is ${components.length} levels deep; numbered paragraphs go down to ${MAX_LEVEL} levels (1.2.3.4.5.6.).`,
    });
  }
  return { components, rest: rest.trim() };
}
